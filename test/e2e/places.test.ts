// The provinces' map, the overview, a province's page and the Vietnamese interface, in a real browser
// (Debian's chromium through playwright-core) over the demo data. Skips, saying why, when chromium or
// the built app is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { messages } from '../../web/src/messages.ts';
import { openStore } from '../../src/store/index.ts';
import { BUILTIN_PACK_DIR, loadPack } from '../../src/programme/load.ts';
import { syncProgramme } from '../../src/pipeline/track.ts';
import { createContext } from '../../src/serve/http/context.ts';
import { buildServer } from '../../src/serve/http/server.ts';
import { ANONYMOUS_READ } from '../../src/store/accounts.ts';
import type { PackObservation } from '../../src/programme/schema.ts';
import { demoSession, E2E_SKIP, logIn } from './browser.ts';

const PASSWORD = 'e2e-places-password';
const skip = E2E_SKIP;


const session = demoSession(PASSWORD, async (session) => {
  await session.server.store.tasks.add({ key: 'DB-01', title: 'Triển khai Bình dân học vụ số tại Điện Biên', setBy: '03-TB/BCĐTW', agency: 'dien-bien', deadline: '2026-06-30' }, 'test');
  await session.server.store.tasks.add({ key: 'DB-02', title: 'Số hóa hồ sơ một cửa tại Điện Biên', setBy: '03-TB/BCĐTW', agency: 'dien-bien', deadline: '2026-11-30' }, 'test');
});

async function newPage(): Promise<Page> {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
  return context.newPage();
}

/** The value cell of each table row, by province id. */
function tableValues(page: Page): Promise<Map<string, string>> {
  return page
    .getByTestId('map-row')
    .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-province-id') ?? '', (r.querySelector('[data-testid="map-row-value"]')?.textContent ?? '').trim()] as [string, string]))
    .then((pairs) => new Map(pairs));
}

test('the map draws the 34 units, credits its source, and its table gives the same numbers', { skip }, async () => {
  const page = await newPage();
  await page.goto(`${session.server.url}/provinces`);
  await page.getByTestId('map-unit').first().waitFor();
  assert.equal(await page.getByTestId('map-unit').count(), 34);
  assert.equal(await page.getByTestId('map-row').count(), 34);
  // Every unit has a drawn shape.
  const empty = await page.locator('[data-testid="map-unit"] path').evaluateAll((ps) => ps.filter((p) => !(p.getAttribute('d') ?? '').startsWith('M')).length);
  assert.equal(empty, 0);
  assert.match(await page.getByTestId('map-attribution').innerText(), /geoBoundaries/);
  // The number a screen reader hears on a unit is the table's number for it.
  const values = await tableValues(page);
  const labels = await page.getByTestId('map-unit').evaluateAll((as) => as.map((a) => [a.getAttribute('data-province-id') ?? '', a.getAttribute('aria-label') ?? ''] as [string, string]));
  for (const [id, label] of labels) assert.ok(label.endsWith(`: ${values.get(id)}`), `${id}: "${label}" vs table "${values.get(id)}"`);
  assert.equal(values.get('ha-noi'), '8 lượt nhắc');
  await page.context().close();
});

test('Tab reaches a unit, the readout says its value, Enter opens its page', { skip }, async () => {
  const page = await newPage();
  await page.goto(`${session.server.url}/provinces`);
  await page.getByTestId('map-unit').first().waitFor();
  const values = await tableValues(page);
  await page.getByTestId('map-measure').focus();
  // First the way past the map, then the units.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'map-skip');
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement?.getAttribute('data-province-id') ?? null);
  assert.ok(first, 'a map unit has the focus');
  const name = await page.locator(`[data-testid="map-row"][data-province-id="${first}"] th`).innerText();
  assert.equal(await page.getByTestId('map-readout').innerText(), `${name}: ${values.get(first)}`);
  await page.keyboard.press('Tab');
  const second = await page.evaluate(() => document.activeElement?.getAttribute('data-province-id') ?? null);
  assert.notEqual(second, first);
  assert.match(await page.getByTestId('map-readout').innerText(), new RegExp(`: ${values.get(second!)}$`));
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`/provinces/${second}$`));
  await page.getByTestId('province-page').waitFor();
  // The skip control puts the focus on the table.
  await page.goBack();
  await page.getByTestId('map-unit').first().waitFor();
  await page.getByTestId('map-skip').focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'map-table');
  await page.getByTestId('map-unit').nth(1).click();
  await page.waitForURL(/\/provinces\/[a-z-]+$/);
  await page.getByTestId('province-page').waitFor();
  await page.context().close();
});

test('a province page shows its figures, its tasks and how timely they are', { skip }, async () => {
  const page = await newPage();
  await page.goto(`${session.server.url}/provinces/hai-phong`);
  await page.getByTestId('province-page').waitFor();
  assert.equal(await page.locator('h1').innerText(), 'Hải Phòng');
  const figures = page.getByTestId('place-figures').getByTestId('evidence');
  assert.ok((await figures.count()) >= 1);
  assert.match(await figures.first().innerText(), /35/);
  assert.match(await page.locator('.page-head').innerText(), /Hải Dương/);
  await page.goto(`${session.server.url}/provinces/dien-bien`);
  await page.getByTestId('province-page').waitFor();
  const rows = page.getByTestId('place-tasks').getByTestId('task-row');
  assert.deepEqual(await rows.evaluateAll((els) => els.map((e) => [e.getAttribute('data-task-key'), e.getAttribute('data-tone')])), [
    ['DB-01', 'red'],
    ['DB-02', 'orange'],
  ]);
  assert.match(await page.getByTestId('place-tasks').innerText(), /Tỷ lệ nhiệm vụ đến hạn đã hoàn thành\s+0 %\s+Tỷ lệ nhiệm vụ quá hạn\s+100 %/iu);
  await page.context().close();
});

test('the overview lists the targets worst first beside the map', { skip }, async () => {
  const page = await newPage();
  await page.goto(session.server.url);
  await page.getByTestId('overview-target').first().waitFor();
  const order = ['off_track', 'at_risk', 'on_track', 'achieved', 'not_assessable', 'no_data'];
  const statuses = await page.getByTestId('overview-target').evaluateAll((els) => els.map((e) => e.getAttribute('data-status') ?? ''));
  const ranks = statuses.map((s) => order.indexOf(s));
  assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b));
  assert.equal(statuses[0], 'off_track');
  await page.getByTestId('overview-week').waitFor();
  assert.equal(await page.getByTestId('map-unit').count(), 34);
  await page.context().close();
});

/**
 * English words of the interface: every word of the English messages that no Vietnamese message
 * uses, and the common English words pages could leak through data (notes, server messages).
 */
function englishWords(): Set<string> {
  const words = (s: string) => s.toLowerCase().match(/\p{L}+/gu) ?? [];
  const vi = new Set(Object.values(messages.vi).flatMap(words));
  // Only unaccented words: `Tiếng Việt`, the switch's label in English, is Vietnamese.
  const en = Object.values(messages.en).flatMap(words).filter((w) => w.length >= 4 && !vi.has(w) && /^[a-z]+$/.test(w));
  const common = ['the', 'and', 'of', 'with', 'from', 'this', 'that', 'which', 'were', 'was', 'has', 'have', 'not', 'are', 'for', 'given', 'share', 'report', 'sources', 'target', 'figure', 'new', 'stations'];
  // Words that read the same in both languages, the switch's own label, the demo's account names.
  const allowed = new Set(['radar', 'english', 'admin', 'bientap', 'sitemap', 'atom', 'json', 'jsonl', 'html', 'windows', 'viscii', 'tcvn']);
  return new Set([...en, ...common].filter((w) => !allowed.has(w)));
}

/** Visible words of the page that are English. */
async function englishOn(page: Page, english: Set<string>): Promise<string[]> {
  // Addresses (`vir.com.vn/…-data-centre-….html`) and stored keys (`1:body:0:187-455:task`) are
  // shown as written, not translated.
  const text = (await page.locator('body').innerText()).split(/\s+/).filter((token) => !/[/]|\w\.\w|\w:\w/u.test(token)).join(' ');
  const found = (text.match(/\p{L}+/gu) ?? []).filter((w) => english.has(w.toLowerCase()));
  return [...new Set(found)];
}

test('in Vietnamese no English shows on the main pages; the switch turns the interface to English and back', { skip }, async () => {
  const english = englishWords();
  const page = await newPage();
  const pages: [string, string][] = [
    ['/', 'overview-target'],
    ['/provinces', 'map-unit'],
    ['/provinces/league', 'league-row'],
    ['/provinces/hai-phong', 'place-figures'],
    ['/provinces/dien-bien', 'place-tasks'],
    ['/programme', 'target-card'],
    ['/programme/targets/5g_population_coverage_2025', 'evidence'],
    ['/tasks', 'task-row'],
    ['/agencies/bo-khcn', 'place-figures'],
    ['/programme?indicator=5g_population_coverage', 'evidence'],
    ['/search?q=5G', 'search-result'],
    ['/entities', 'entity-result'],
    [`/documents/${(await session.server.store.search('"12.106 trạm 5G"', { limit: 1 }))[0]!.id}`, 'fact'],
  ];
  for (const [path, ready] of pages) {
    await page.goto(session.server.url + path);
    await page.getByTestId(ready).first().waitFor();
    assert.deepEqual(await englishOn(page, english), [], `English on ${path}`);
  }
  await page.goto(session.server.url);
  await page.getByTestId('overview-target').first().waitFor();
  await page.getByTestId('lang-switch').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.getByTestId('nav-overview').innerText(), 'Overview');
  assert.ok((await englishOn(page, english)).length > 5, 'the English interface uses English words');
  await page.getByTestId('lang-switch').click();
  await page.waitForFunction(() => document.documentElement.lang === 'vi');
  assert.deepEqual(await englishOn(page, english), []);
  await page.context().close();
});

test('an editor\'s pages speak Vietnamese too: review, audit log, sources, upload', { skip }, async () => {
  const english = englishWords();
  const page = await newPage();
  await logIn(page, session, 'bientap', PASSWORD);
  await page.getByTestId('current-user').waitFor();
  for (const [path, ready] of [
    ['/review', 'main h1'],
    ['/audit', '[data-testid="audit-row"]'],
    ['/sources', 'main h1'],
    ['/upload', 'main h1'],
    ['/submissions', '[data-testid="sub-form"]'],
  ] as const) {
    await page.goto(session.server.url + path);
    await page.locator(ready).first().waitFor();
    assert.deepEqual(await englishOn(page, english), [], `English on ${path}`);
  }
  await page.context().close();
});

test('an evidence link opens the document at its sentence, highlighted, with the figure selected beside it', { skip }, async () => {
  const page = await newPage();
  await page.goto(`${session.server.url}/programme/targets/5g_population_coverage_2025`);
  const link = page.locator('[data-testid="evidence-link"][href*="start="]').first();
  await link.waitFor();
  const href = (await link.getAttribute('href'))!;
  const at = new URL(href, session.server.url).searchParams;
  await link.click();
  await page.getByTestId('evidence-at').waitFor();
  const selected = page.locator('mark.fact.selected');
  await selected.waitFor();
  const observation = (await session.server.store.programme.observations({ documentId: Number(/\/documents\/(\d+)/.exec(href)![1]) })).find((o) => o.start === Number(at.get('start')) && o.field === at.get('field'));
  assert.equal(await selected.innerText(), observation!.factText);
  // The sentence is marked with the Custom Highlight API and contains the figure.
  const sentence = await page.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('evidence-sentence');
    return h ? [...h].map((r) => r.toString()).join('') : null;
  });
  assert.ok(sentence && sentence.includes(observation!.factText!), `sentence: ${sentence}`);
  assert.ok(await page.getByTestId('evidence-at').evaluate((el) => el.getBoundingClientRect().top < window.innerHeight), 'scrolled into view');
  await page.context().close();
});

test('an indicator with provincial figures: values on the 34 units, the 63 former provinces for figures before 1/7/2025, colour by status', { skip }, async () => {
  // The built-in pack with a few provincial values added (the demo has none yet).
  const row = (indicator: string, scope: string, asOf: string, value: number) => ({ indicator, scope, value, qualifier: 'exact', stance: 'reported', asOf, sources: ['https://example.org/bao-cao'] }) as PackObservation;
  const base = loadPack(BUILTIN_PACK_DIR);
  const pack = {
    ...base,
    hash: `${base.hash}-map-test`,
    observations: [
      ...base.observations,
      row('online_dossiers_share', 'province:Điện Biên', '2025-10-31', 55),
      row('online_dossiers_share', 'province:Hà Nội', '2025-11-01', 80),
      row('online_dossiers_share', 'province:Hải Dương', '2024-12-31', 50),
      row('digital_economy_share', 'province:Hải Dương', '2024-12-31', 12),
    ],
  };
  const store = await openStore(':memory:');
  await syncProgramme(store, pack, { actor: 'test' });
  await store.accounts.setSetting(ANONYMOUS_READ, true, 'test');
  const app = await buildServer(createContext(store, pack, { today: () => '2025-11-05' }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const page = await newPage();
  try {
    await page.goto(`${url}/provinces`);
    await page.getByTestId('map-unit').first().waitFor();
    await page.getByTestId('map-measure').selectOption('online_dossiers_share');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="map-row"]').length === 2);
    const values = await tableValues(page);
    assert.deepEqual([...values], [['ha-noi', '80%'], ['dien-bien', '55%']]);
    assert.equal(await page.locator('[data-testid="map-unit"][data-province-id="ha-noi"]').getAttribute('aria-label'), 'Hà Nội: 80%');
    assert.equal(await page.locator('[data-testid="map-unit"][data-province-id="son-la"]').getAttribute('aria-label'), 'Sơn La: chưa có số liệu');
    // The former provinces' map: 63 shapes, the 2024 figure of Hải Dương on its own shape.
    await page.getByTestId('map-view-63').check();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="map-unit"]').length === 63);
    assert.equal(await page.locator('[data-testid="map-unit"][data-province-id="old-hai-duong"]').getAttribute('aria-label'), 'Hải Dương: 50%');
    // An indicator whose provincial figures all predate the units opens on the 63 provinces.
    await page.getByTestId('map-measure').selectOption('digital_economy_share');
    await page.waitForFunction(() => document.querySelector('[data-testid="province-map"]')?.getAttribute('data-view') === 'provinces63');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="map-row"]').length === 1);
    assert.deepEqual([...(await tableValues(page))], [['old-hai-duong', '12%']]);
    // Coloured by status, the legend and the table say the status in words.
    await page.getByTestId('map-measure').selectOption('online_dossiers_share');
    await page.getByLabel('Trạng thái', { exact: true }).check();
    await page.locator('.map-legend').getByText('chưa có dữ liệu').waitFor();
  } finally {
    await page.context().close();
    await app.close();
    await store.close();
  }
});

test('at phone width the overview, the map and a province page fit the screen (no sideways scrolling)', { skip }, async () => {
  const context = await session.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' });
  const page = await context.newPage();
  for (const [path, ready] of [
    ['/', 'overview-target'],
    ['/provinces', 'map-unit'],
    ['/provinces/dien-bien', 'place-tasks'],
  ] as const) {
    await page.goto(session.server.url + path);
    await page.getByTestId(ready).first().waitFor();
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 390, `${path} is wider than the phone`);
  }
  await context.close();
});
