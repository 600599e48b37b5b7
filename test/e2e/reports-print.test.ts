// The periodic report and the downloads from the app, and the app's pages printed: in Debian's
// chromium over the demo data. Skips, saying why, when chromium or the built app is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { demoSession, E2E_SKIP } from './browser.ts';

const skip = E2E_SKIP;


const session = demoSession('e2e-demo-password');

async function newPage(): Promise<Page> {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN', acceptDownloads: true });
  return context.newPage();
}

test('the programme page downloads the periodic report chosen in its form', { skip }, async () => {
  const page = await newPage();
  await page.goto(`${session.server.url}/programme`);
  await page.getByTestId('report-download').locator('summary').click();
  await page.getByTestId('report-download').locator('input').fill('2025-H1');
  await page.getByTestId('report-download').locator('select').nth(1).selectOption('xlsx');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-link').click()]);
  assert.equal(download.suggestedFilename(), 'bao-cao-nq57-2025-H1.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync((await download.path())!) as unknown as ExcelJS.Buffer);
  assert.ok(book.getWorksheet('Mục tiêu'));
  // A period the server would refuse gives no link, only the help.
  await page.getByTestId('report-download').locator('input').fill('2025-Q7');
  assert.equal(await page.getByTestId('report-link').count(), 0);
  await page.context().close();
});

test('search results download as CSV from the results', { skip }, async () => {
  const page = await newPage();
  await page.goto(`${session.server.url}/search?q=${encodeURIComponent('chuyển đổi số')}`);
  await page.getByTestId('search-downloads').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('search-downloads').getByText('CSV').click()]);
  assert.equal(download.suggestedFilename(), 'radar57-tim-kiem.csv');
  const csv = readFileSync((await download.path())!, 'utf8');
  assert.ok(csv.split('\n').length > 2);
  await page.context().close();
});

test('printed, a page shows no buttons, forms or navigation, and keeps its charts', { skip }, async () => {
  const page = await newPage();
  await page.goto(`${session.server.url}/programme/targets/5g_population_coverage_2025`);
  await page.locator('canvas').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  // Counted in the page; a plain string, so that no helper the TypeScript loader adds is needed there.
  const count = (sel: string) =>
    page.evaluate(`[...document.querySelectorAll(${JSON.stringify(sel)})].filter((el) => getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0).length`) as Promise<number>;
  const visible = { nav: await count('.main-nav, .site-header'), buttons: await count('form, input, select, button, .btn'), canvas: await count('canvas') };
  assert.deepEqual({ ...visible, canvas: visible.canvas > 0 }, { nav: 0, buttons: 0, canvas: true });
  await page.screenshot({ path: `${process.env.RADAR57_SCREENSHOT_DIR ?? '/tmp'}/radar57-target-print.png`, fullPage: true });
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 1000);
  // The programme page: its report form is not printed either.
  await page.emulateMedia({ media: 'screen' });
  await page.goto(`${session.server.url}/programme`);
  await page.getByTestId('report-download').waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByTestId('report-download').isVisible(), false);
  await page.context().close();
});
