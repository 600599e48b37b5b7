// The task review queue in a real browser (Debian's chromium through playwright-core): an editor
// accepts a task read from an ingested resolution on the review page, confirms the completion a
// later decree proposes, and the tasks page shows the task with the sentence that assigned it.
// Skips, saying why, when chromium or the built app is absent.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startDemoServer, type DemoServer } from '../../src/serve/http/demo-server.ts';
import { WEB_DIST } from '../../src/serve/http/server.ts';
import { ingestPaths } from '../../src/pipeline/ingest.ts';
import { syncTasks } from '../../src/pipeline/task-proposals.ts';
import { BUILTIN_PACK_DIR, loadPack } from '../../src/programme/load.ts';
import { REPO } from '../helpers.ts';
import { chromiumMissing, launchBrowser } from './browser.ts';

const PASSWORD = 'e2e-demo-password';
const FIXTURES = join(REPO, 'test', 'fixtures', 'tasks');
const skip = chromiumMissing() || (existsSync(`${WEB_DIST}index.html`) ? false : 'web/dist is not built (npm test builds it first: npm run build)');

let server: DemoServer;
let browser: Browser;

before(async () => {
  if (skip) return;
  server = await startDemoServer({ password: PASSWORD, today: '2026-11-22' });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('an editor accepts a proposed task and confirms its completion; the tasks page shows the assigning sentence', { skip }, async () => {
  const pack = loadPack(BUILTIN_PACK_DIR);
  await ingestPaths([join(FIXTURES, 'assigning-nq-12.txt')], server.store);
  await syncTasks(server.store, pack, 'nhap-lieu');
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' })).newPage();
  await page.goto(`${server.url}/login`);
  await page.getByTestId('login-username').fill('bientap');
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-user').waitFor();

  await page.goto(`${server.url}/review`);
  const card = page.getByTestId('task-proposal').filter({ hasText: 'quỹ đầu tư mạo hiểm' });
  await card.waitFor();
  await card.getByTestId('proposal-accept').click();
  await card.waitFor({ state: 'detached' });
  const task = (await server.store.tasks.list()).find((t) => t.title.includes('quỹ đầu tư mạo hiểm'));
  assert.ok(task);
  assert.equal((await server.store.audit.list({ actor: 'bientap' })).find((e) => e.action === 'task.proposal.accept')?.target.startsWith('task-proposal:'), true);

  await ingestPaths([join(FIXTURES, 'fulfilling-nd-88.txt')], server.store);
  await syncTasks(server.store, pack, 'nhap-lieu');
  await page.reload();
  const completion = page.getByTestId('task-completion').filter({ hasText: '88/2026/NĐ-CP' });
  await completion.getByTestId('completion-confirm').click();
  await completion.waitFor({ state: 'detached' });
  assert.equal((await server.store.tasks.get(task.key))?.history.at(-1)?.status, 'hoan_thanh');

  await page.goto(`${server.url}/tasks`);
  const row = page.locator(`[data-testid="task-row"][data-task-key="${task.key}"]`);
  await row.getByTestId('task-provenance').waitFor();
  assert.match((await row.getByTestId('task-provenance').textContent()) ?? '', /Giao Bộ Khoa học và Công nghệ chủ trì/u);
  await page.context().close();
});
