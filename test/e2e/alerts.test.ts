// Alerts in a real browser (Debian's chromium through playwright-core): a reader saves a search on
// the search page; a matching document arrives, alerts run, and the inbox shows it. Then the
// attention page draws two queries on one chart. Skips, saying why, when chromium or the built app
// is absent. Screenshots go to the system's temporary folder for a person to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths } from '../../src/pipeline/ingest.ts';
import { runAlerts } from '../../src/pipeline/alerts/run.ts';
import { BUILTIN_PACK_DIR, loadPack } from '../../src/programme/load.ts';
import { tempDir } from '../helpers.ts';
import { demoSession, E2E_SKIP, logIn } from './browser.ts';

const PASSWORD = 'e2e-demo-password';
const skip = E2E_SKIP;
const SHOTS = process.env.RADAR57_SCREENSHOTS ?? tmpdir();


const session = demoSession(PASSWORD);

test('a reader saves a search and finds a new matching document in the inbox', { skip }, async (t) => {
  const pack = loadPack(BUILTIN_PACK_DIR);
  await runAlerts(session.server.store, pack, { now: new Date('2026-11-22T02:00:00Z') });
  const page = await (await session.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', reducedMotion: 'reduce' })).newPage();
  await logIn(page, session, 'xem', PASSWORD);
  await page.getByTestId('current-user').waitFor();

  await page.goto(`${session.server.url}/search?q=${encodeURIComponent('vệ tinh quan sát')}`);
  await page.getByTestId('save-search').click();
  await page.getByTestId('save-search-name').fill('Vệ tinh quan sát');
  await page.getByTestId('save-search-submit').click();
  await page.getByTestId('save-search-done').waitFor();
  const user = (await session.server.store.accounts.getUser('xem'))!;
  assert.deepEqual((await session.server.store.alerts.searches.list(user.id)).map((s) => [s.name, s.query]), [['Vệ tinh quan sát', 'vệ tinh quan sát']]);

  const dir = tempDir(t);
  writeFileSync(join(dir, 've-tinh.txt'), 'Việt Nam phóng thành công vệ tinh quan sát Trái Đất thứ hai\nVệ tinh quan sát Trái Đất do kỹ sư Việt Nam chế tạo đã được phóng thành công, theo Bộ Khoa học và Công nghệ.\n');
  await ingestPaths([dir], session.server.store);
  const run = await runAlerts(session.server.store, pack, { now: new Date('2026-11-22T03:00:00Z') });
  assert.equal(run.events.filter((e) => e.kind === 'document_search').length, 1);

  await page.goto(`${session.server.url}/alerts`);
  const item = page.getByTestId('inbox-item').filter({ hasText: 'phóng thành công vệ tinh quan sát Trái Đất thứ hai' });
  await item.waitFor();
  assert.match((await item.textContent()) ?? '', /Tin mới khớp tìm kiếm "Vệ tinh quan sát"/);
  assert.match((await page.getByTestId('inbox-unread').textContent()) ?? '', /1 chưa đọc/);
  await page.getByTestId('watch-name').fill('Dịch vụ công');
  await page.getByTestId('watch-ref').fill('online_dossiers_share_2025');
  await page.getByTestId('watch-create').click();
  await page.getByTestId('watchlist').filter({ hasText: 'Dịch vụ công' }).waitFor();
  assert.deepEqual((await session.server.store.alerts.watchlists.list(user.id)).map((w) => w.items.map((i) => `${i.kind}:${i.ref}`)), [['target:online_dossiers_share_2025']]);
  await page.screenshot({ path: join(SHOTS, 'radar57-alerts.png'), fullPage: true });
  await item.getByRole('link').click();
  await page.waitForURL(/\/documents\/\d+$/);

  await page.goto(`${session.server.url}/attention?q=${encodeURIComponent('chuyển đổi số')}&q=5G`);
  await page.getByTestId('attention-table').waitFor();
  const headers = await page.getByTestId('attention-table').locator('thead th').allTextContents();
  assert.deepEqual(headers.slice(1), ['chuyển đổi số', '5G']);
  await page.screenshot({ path: join(SHOTS, 'radar57-attention.png'), fullPage: true });
  await page.context().close();
});
