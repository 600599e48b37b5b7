// The task review queue in a real browser (Debian's chromium through playwright-core): an editor
// accepts a task read from an ingested resolution on the review page, confirms the completion a
// later decree proposes, and the tasks page shows the task with the sentence that assigned it.
// Skips, saying why, when chromium or the built app is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ingestPaths } from '../../src/pipeline/ingest.ts';
import { syncTasks } from '../../src/pipeline/task-proposals.ts';
import { BUILTIN_PACK_DIR, loadPack } from '../../src/programme/load.ts';
import { REPO } from '../helpers.ts';
import { demoSession, E2E_SKIP, logIn } from './browser.ts';

const PASSWORD = 'e2e-demo-password';
const FIXTURES = join(REPO, 'test', 'fixtures', 'tasks');
const skip = E2E_SKIP;


const session = demoSession(PASSWORD);

test('an editor accepts a proposed task and confirms its completion; the tasks page shows the assigning sentence', { skip }, async () => {
  const pack = loadPack(BUILTIN_PACK_DIR);
  await ingestPaths([join(FIXTURES, 'assigning-nq-12.txt')], session.server.store);
  await syncTasks(session.server.store, pack, 'nhap-lieu');
  const page = await (await session.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' })).newPage();
  await logIn(page, session, 'bientap', PASSWORD);
  await page.getByTestId('current-user').waitFor();

  await page.goto(`${session.server.url}/review`);
  const card = page.getByTestId('task-proposal').filter({ hasText: 'quỹ đầu tư mạo hiểm' });
  await card.waitFor();
  await card.getByTestId('proposal-accept').click();
  await card.waitFor({ state: 'detached' });
  const task = (await session.server.store.tasks.list()).find((t) => t.title.includes('quỹ đầu tư mạo hiểm'));
  assert.ok(task);
  assert.equal((await session.server.store.audit.list({ actor: 'bientap' })).find((e) => e.action === 'task.proposal.accept')?.target.startsWith('task-proposal:'), true);

  await ingestPaths([join(FIXTURES, 'fulfilling-nd-88.txt')], session.server.store);
  await syncTasks(session.server.store, pack, 'nhap-lieu');
  await page.reload();
  const completion = page.getByTestId('task-completion').filter({ hasText: '88/2026/NĐ-CP' });
  await completion.getByTestId('completion-confirm').click();
  await completion.waitFor({ state: 'detached' });
  assert.equal((await session.server.store.tasks.get(task.key))?.history.at(-1)?.status, 'hoan_thanh');

  await page.goto(`${session.server.url}/tasks`);
  const row = page.locator(`[data-testid="task-row"][data-task-key="${task.key}"]`);
  await row.getByTestId('task-provenance').waitFor();
  assert.match((await row.getByTestId('task-provenance').textContent()) ?? '', /Giao Bộ Khoa học và Công nghệ chủ trì/u);
  await page.context().close();
});
