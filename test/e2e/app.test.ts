// The web app in a real browser (Debian's chromium through playwright-core) over the demo data:
// what a reader, an editor and a provincial reporter do. Skips, saying why, when chromium is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { demoSession, E2E_SKIP, logIn } from './browser.ts';

const PASSWORD = 'e2e-demo-password';
const skip = E2E_SKIP;


const session = demoSession(PASSWORD, async (session) => {
  // Two tasks: one for the Điện Biên reporter, one for Hà Nội.
  await session.server.store.tasks.add({ key: 'DB-01', title: 'Triển khai Bình dân học vụ số tại Điện Biên', setBy: '03-TB/BCĐTW', agency: 'dien-bien', deadline: '2026-12-31' }, 'test');
  await session.server.store.tasks.add({ key: 'HN-01', title: 'Số hóa hồ sơ hành chính Hà Nội', setBy: '03-TB/BCĐTW', agency: 'ha-noi', deadline: '2026-06-30' }, 'test');
});

async function newPage(): Promise<Page> {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
  return context.newPage();
}

async function login(page: Page, username: string): Promise<void> {
  await logIn(page, session, username, PASSWORD);
  await page.getByTestId('current-user').waitFor();
}

async function searchFor(page: Page, query: string): Promise<string[]> {
  await page.getByTestId('search-input').fill(query);
  await page.getByTestId('search-submit').click();
  await page.waitForURL(/[?&]q=/);
  await page.getByTestId('search-result').first().waitFor();
  // Wait for the result list of this query (the URL changes before the list does).
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="search-result"]').length <= n, 50);
  return page.getByTestId('search-result').evaluateAll((els) => els.map((e) => e.getAttribute('data-document-id') ?? ''));
}

test('the demo data is visible on the search page, in Vietnamese', { skip }, async () => {
  const page = await newPage();
  await page.goto(`${session.server.url}/search`);
  assert.equal(await page.getAttribute('html', 'lang'), 'vi');
  await page.getByTestId('search-result').first().waitFor();
  assert.ok((await page.getByTestId('search-result').count()) >= 10);
  await page.context().close();
});

test('search finds Điện Biên with and without diacritics, matches highlighted', { skip }, async () => {
  const page = await newPage();
  await page.goto(`${session.server.url}/search`);
  const folded = await searchFor(page, 'dien bien');
  assert.equal(folded.length, 3, folded.join());
  assert.ok((await page.locator('[data-testid="search-result"] mark').count()) >= 3);
  const exact = await searchFor(page, 'Điện Biên');
  assert.deepEqual([...exact].sort(), [...folded].sort());
  await page.context().close();
});

test('a document opens with its facts highlighted by kind', { skip }, async () => {
  const page = await newPage();
  await page.goto(`${session.server.url}/search?q=${encodeURIComponent('"12.106 trạm 5G"')}`);
  await page.getByTestId('search-result').first().locator('a').first().click();
  await page.getByTestId('document-body').waitFor();
  const kinds = await page.getByTestId('fact').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-kind')))]);
  for (const kind of ['person', 'quantity', 'legalRef']) assert.ok(kinds.includes(kind), `${kind} not highlighted: ${kinds.join()}`);
  const quantity = page.locator('[data-testid="fact"][data-kind="quantity"]', { hasText: '12.106' });
  assert.equal(await quantity.count(), 1);
  await page.context().close();
});

test('the dashboard shows the 5G coverage target with its chart', { skip }, async () => {
  const page = await newPage();
  await page.goto(`${session.server.url}/programme`);
  const card = page.locator('[data-testid="target-card"][data-target-id="5g_population_coverage_2025"]');
  await card.waitFor();
  assert.equal(await card.getAttribute('data-status'), 'achieved');
  await page.goto(`${session.server.url}/programme/targets/5g_population_coverage_2025`);
  const chart = page.getByTestId('target-chart').first();
  await chart.waitFor();
  const box = await chart.boundingBox();
  assert.ok(box && box.width > 200 && box.height > 100, JSON.stringify(box));
  // The evidence links to the exact sentence of the seed article.
  assert.ok((await page.getByTestId('evidence').filter({ hasText: '26% dân số' }).count()) >= 1);
  await page.context().close();
});

test('a reporter updates their task and the audit log shows it', { skip }, async () => {
  const page = await newPage();
  await login(page, 'dienbien');
  await page.goto(`${session.server.url}/tasks`);
  const row = page.locator('[data-testid="task-row"][data-task-key="DB-01"]');
  await row.waitFor();
  await row.getByTestId('task-status-toggle').click();
  const form = row.getByTestId('task-status-form');
  await form.getByTestId('task-status-select').selectOption('dang_thuc_hien');
  await form.getByTestId('task-status-evidence').fill('https://dienbien.gov.vn/bao-cao');
  await form.getByTestId('task-status-submit').click();
  // The history is folded away under the row; the new event is in it.
  await row.getByTestId('task-event').filter({ hasText: 'dienbien' }).first().waitFor({ state: 'attached' });
  // Not their agency: no form offered for the Hà Nội task.
  assert.equal(await page.locator('[data-testid="task-row"][data-task-key="HN-01"] [data-testid="task-status-toggle"]').count(), 0);
  assert.equal((await session.server.store.tasks.get('DB-01'))?.history.at(-1)?.actor, 'dienbien');

  const editor = await newPage();
  await login(editor, 'bientap');
  await editor.goto(`${session.server.url}/audit`);
  const entry = editor.getByTestId('audit-row').filter({ hasText: 'nhiệm vụ DB-01' }).filter({ hasText: 'dienbien' });
  await entry.first().waitFor();
  await page.context().close();
  await editor.context().close();
});

test('a viewer sees no write controls, and the server refuses a write anyway', { skip }, async () => {
  const page = await newPage();
  await login(page, 'xem');
  await page.goto(`${session.server.url}/tasks`);
  await page.locator('[data-testid="task-row"][data-task-key="DB-01"]').waitFor();
  assert.equal(await page.getByTestId('task-status-toggle').count(), 0);
  assert.equal(await page.getByTestId('task-add-toggle').count(), 0);
  const status = await page.evaluate(async () => {
    const me = await (await fetch('/api/v1/auth/me')).json();
    const res = await fetch('/api/v1/tasks/DB-01/status', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
      body: JSON.stringify({ status: 'hoan_thanh' }),
    });
    return res.status;
  });
  assert.equal(status, 403);
  assert.notEqual((await session.server.store.tasks.get('DB-01'))?.history.at(-1)?.status, 'hoan_thanh');
  await page.context().close();
});

test('an editor rejects a fact in the document; it stays, struck through, and the audit log has it', { skip }, async () => {
  const page = await newPage();
  await login(page, 'bientap');
  const id = (await session.server.store.search('"12.106 trạm 5G"', { limit: 1 }))[0]!.id;
  await page.goto(`${session.server.url}/documents/${id}`);
  const fact = page.locator('[data-testid="fact"][data-kind="quantity"]', { hasText: '34 tỉnh' }).first();
  await fact.click();
  await page.getByTestId('fact-reject').click();
  await page.locator('[data-testid="fact"][data-review="rejected"]').first().waitFor();
  await page.getByTestId('fact-review').waitFor({ state: 'attached' });
  assert.equal(await page.locator('[data-testid="fact"][data-kind="quantity"]', { hasText: '34 tỉnh' }).count() >= 1, true, 'the fact is still shown');
  assert.equal((await session.server.store.audit.list({ target: 'fact:' }))[0]?.actor, 'bientap');
  await page.context().close();
});

test('the app works under its Content-Security-Policy: no violation on the main pages, the chart drawn, the API docs page too', { skip }, async () => {
  const page = await newPage();
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(msg.text())) violations.push(`${new URL(page.url()).pathname}: ${msg.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${session.server.url}/search`);
  await page.getByTestId('search-result').first().waitFor();
  await page.getByTestId('search-result').first().locator('a').first().click();
  await page.getByTestId('document-body').waitFor();
  await page.goto(`${session.server.url}/programme/targets/5g_population_coverage_2025`);
  const chart = page.getByTestId('target-chart').first();
  await chart.waitFor();
  // Chart.js drew on its canvas: some pixel is not blank.
  const drawn = await chart.evaluate((c) => {
    if (!(c instanceof HTMLCanvasElement)) return false;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
    return false;
  });
  assert.ok(drawn, 'the chart is drawn');
  // One indicator's observations, the first page of the paged list.
  await page.goto(`${session.server.url}/programme?indicator=5g_population_coverage`);
  await page.getByTestId('evidence').first().waitFor();
  await page.goto(`${session.server.url}/provinces`);
  await page.getByTestId('map-unit').first().waitFor();
  await page.goto(session.server.url);
  await page.getByTestId('overview-target').first().waitFor();
  await page.goto(`${session.server.url}/login`);
  await page.getByTestId('login-username').waitFor();
  await page.goto(`${session.server.url}/api/docs`);
  await page.locator('.swagger-ui .info').first().waitFor();
  assert.deepEqual(violations, []);
  await page.context().close();
});
