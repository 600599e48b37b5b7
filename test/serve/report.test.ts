// The periodic report from the demo data (seeds, programme, sample tasks): its numbers, and each
// format opened the way its reader would open it: the DOCX unzipped and its XML read, the XLSX read
// back with exceljs, the PDF's pages counted. Made once (the demo takes a few seconds).
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { openStore, type Store } from '../../src/store/index.ts';
import { BUILTIN_PACK_DIR, loadPack } from '../../src/programme/load.ts';
import type { Pack } from '../../src/programme/schema.ts';
import { prepareDemo } from '../../src/pipeline/demo-data.ts';
import { prepareDemoTasks } from '../../src/pipeline/demo-tasks.ts';
import { readReport } from '../../src/pipeline/report.ts';
import { reportPeriod } from '../../src/track/report/period.ts';
import { reportScope } from '../../src/track/report/scope.ts';
import type { ReportData } from '../../src/track/report/report-data.ts';
import { renderReport } from '../../src/serve/report/render.ts';
import { SHEETS } from '../../src/serve/report/xlsx.ts';
import { chromiumMissing } from '../e2e/browser.ts';

const TODAY = '2026-11-22';
let dir: string;
let store: Store;
let pack: Pack;
let h1: ReportData;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'radar57-report-'));
  store = await openStore(join(dir, 'radar57.db'));
  pack = loadPack(BUILTIN_PACK_DIR);
  await prepareDemo(store, pack, { password: 'mật-khẩu-thử-1' });
  await prepareDemoTasks(store, pack, TODAY);
  h1 = await readReport(store, pack, { period: reportPeriod('2025-H1'), scope: reportScope(pack, 'national'), today: TODAY });
});

after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const row = (r: ReportData, id: string) => r.targets.find((t) => t.id === id)!;

test('2025-H1: values are those known at 30/06/2025, with their change, status, evidence and cited source', () => {
  assert.equal(h1.cutoff, '2025-06-30');
  assert.equal(h1.targets.length, pack.targets.length);
  const coverage = row(h1, '5g_population_coverage_2025');
  // 26 % at 30/06/2025; the 90 % of 31/12/2025 is after the cut-off and not counted.
  assert.equal(coverage.latest?.value, 26);
  assert.equal(coverage.latest?.asOf, '2025-06-30');
  assert.equal(coverage.before, null);
  assert.equal(coverage.status, 'off_track');
  const economy = row(h1, 'digital_economy_share_2030');
  assert.equal(economy.latest?.value, 13.17);
  assert.equal(economy.change, 0, 'no new value of the digital economy within H1');
  // Every cited figure points into the numbered sources.
  for (const t of h1.targets) for (const f of [t.latest, t.before]) for (const n of f?.sources ?? []) assert.ok(h1.sources[n - 1], `${t.id} cites [${n}]`);
  assert.deepEqual(h1.sources.map((s) => s.n), h1.sources.map((_, i) => i + 1));
  // The two tasks due in June 2025, both done on time; none overdue at the cut-off.
  assert.deepEqual(h1.tasks.due.map((t) => [t.key, t.label]), [['D42.b5.3', 'hoàn thành đúng hạn'], ['D42.b2.3', 'hoàn thành đúng hạn']]);
  assert.equal(h1.tasks.overdue.length, 0);
  assert.ok(h1.legalDocuments.every((d) => d.date >= '2025-01-01' && d.date <= '2025-06-30') && h1.legalDocuments.length > 0);
});

test('a later report sees later values: 2025 has the 90 % 5G coverage, the operators’ conflict and the September task overdue', async () => {
  const year = await readReport(store, pack, { period: reportPeriod('2025'), scope: reportScope(pack, 'national'), today: TODAY });
  const coverage = row(year, '5g_population_coverage_2025');
  assert.equal(coverage.latest?.value, 90);
  assert.equal(coverage.status, 'achieved');
  assert.ok(year.conflicts.length >= 1, 'the two operators’ station counts of December 2025 disagree');
  // Due 09/2025 with nothing reported: overdue at 31/12/2025. Due 31/12/2025: still within its deadline.
  assert.deepEqual(year.tasks.overdue.map((t) => t.key), ['D42.b3.3']);
  assert.equal(year.tasks.due.find((t) => t.key === 'D42.b4.3')?.label, 'chưa thực hiện trong hạn');
  // Figures published in the period cite the documents' sentences beside the pack's rows.
  const experts = year.figures.find((f) => f.indicator.startsWith('Số chuyên gia'))!;
  assert.equal(experts.figure.value, 277);
  const cited = experts.figure.sources.map((n) => year.sources[n - 1]!);
  const fromDocument = cited.find((s) => s.origin === 'extracted')!;
  assert.match(fromDocument.sentence ?? '', /277 chuyên gia/);
  assert.equal(fromDocument.title, 'Tổng Bí thư Tô Lâm chủ trì hội nghị sơ kết về thực hiện Nghị quyết 57-NQ/TW');
  assert.equal(fromDocument.date, '2025-07-02');
  // A brief without a title is named by its first words, never by a file path.
  assert.ok(year.sources.every((s) => !s.title.startsWith('/') && !s.title.endsWith('.txt')), 'no file name as a title');
});

test('a province report keeps the province’s tasks only', async () => {
  const r = await readReport(store, pack, { period: reportPeriod('2025-H1'), scope: reportScope(pack, 'province:Điện Biên'), today: TODAY });
  assert.equal(r.scope.id, 'province:Điện Biên');
  assert.deepEqual(r.tasks.due.map((t) => t.key), ['D42.b5.3']);
  assert.ok(r.title.includes('tỉnh Điện Biên'));
});

test('a province without targets of its own shows its indicators, with the goal its documents state', async () => {
  const r = await readReport(store, pack, { period: reportPeriod('2025'), scope: reportScope(pack, 'province:Hải Phòng'), today: TODAY });
  const economy = r.targets.find((t) => t.id === 'digital_economy_share')!;
  assert.equal(economy.status, null);
  assert.equal(economy.targetValue, 35);
  assert.match(economy.targetText, /^35% .*\(do tỉnh nêu\)$/);
  assert.equal(r.counts.targets, 0);
});

test('DOCX: the document XML holds the national heading, the targets’ Vietnamese names and the cited sources', async () => {
  const zip = await JSZip.loadAsync(await renderReport(h1, 'docx'));
  const xml = (await zip.file('word/document.xml')!.async('string')).normalize('NFC');
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!).join('\n').replace(/&amp;/g, '&');
  assert.ok(text.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
  assert.ok(text.includes('Độc lập - Tự do - Hạnh phúc'));
  for (const t of h1.targets) assert.ok(text.includes(t.name), t.name);
  assert.ok(h1.sources.length >= 3);
  for (const s of h1.sources) {
    assert.ok(text.includes(`[${s.n}]`), `source ${s.n}`);
    if (s.url) assert.ok(text.includes(s.url), s.url);
  }
  assert.ok(text.includes('26% (30/06/2025) ['), 'a figure with its date and source number');
  // With a browser to draw the fallback pictures, each chart is in the document as SVG and PNG.
  if (!chromiumMissing()) {
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    assert.ok(h1.charts.length > 0);
    assert.equal(media.filter((f) => f.endsWith('.svg')).length, h1.charts.length);
    assert.equal(media.filter((f) => f.endsWith('.png')).length, h1.charts.length);
  }
});

test('XLSX: the targets sheet holds the values as numbers, with their sources', async () => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await renderReport(h1, 'xlsx')) as unknown as ExcelJS.Buffer);
  assert.deepEqual(book.worksheets.map((w) => w.name), Object.values(SHEETS));
  const sheet = book.getWorksheet(SHEETS.targets)!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  const col = (name: string) => header.indexOf(name) + 1;
  const rows = new Map<string, ExcelJS.Row>();
  sheet.eachRow((r, n) => n > 1 && rows.set(String(r.getCell(col('Mã')).value), r));
  assert.equal(rows.size, h1.targets.length);
  const coverage = rows.get('5g_population_coverage_2025')!;
  assert.equal(coverage.getCell(col('Mục tiêu')).value, '5G phủ sóng 90% dân số');
  assert.equal(coverage.getCell(col('Chỉ tiêu')).value, 90);
  assert.equal(coverage.getCell(col('Cuối kỳ')).value, 26);
  assert.equal(coverage.getCell(col('Ngày (cuối kỳ)')).value, '30/06/2025');
  assert.equal(coverage.getCell(col('Bằng chứng')).value, row(h1, '5g_population_coverage_2025').evidence);
  const economy = rows.get('digital_economy_share_2030')!;
  assert.equal(economy.getCell(col('Cuối kỳ')).value, 13.17);
  assert.equal(economy.getCell(col('Thay đổi')).value, 0);
  const cited = Number(coverage.getCell(col('Nguồn (cuối kỳ)')).value);
  const sources = book.getWorksheet(SHEETS.sources)!;
  assert.equal(sources.getRow(cited + 1).getCell(1).value, cited);
  assert.equal(sources.rowCount, h1.sources.length + 1);
});

test('PDF: A4 pages printed by chromium, as many as the layout gives the demo’s H1 report', { skip: chromiumMissing() }, async () => {
  const pdf = (await renderReport(h1, 'pdf')).toString('latin1');
  assert.ok(pdf.startsWith('%PDF-'));
  const pages = pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? [];
  // Heading, summary and the first targets; the rest of the 27 targets; the chart, tasks; conflicts
  // and legal documents (two pages); the sources: six A4 pages.
  assert.equal(pages.length, 6);
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
  assert.ok(box && Math.abs(Number(box[1]) - 595) < 2 && Math.abs(Number(box[2]) - 842) < 2, 'A4 portrait');
});

test('API: the report is served to readers as a download; a bad period or scope is a 400 problem, not a 500', async (t) => {
  const { startApi } = await import('./api-fixture.ts');
  const api = await startApi();
  t.after(() => api.close());
  const docx = await api.as('viewer', { method: 'GET', url: `/api/v1/report?period=2025-H1&format=xlsx` });
  assert.equal(docx.statusCode, 200, docx.body);
  assert.match(String(docx.headers['content-type']), /spreadsheetml/);
  assert.match(String(docx.headers['content-disposition']), /attachment; filename="bao-cao-nq57-2025-H1\.xlsx"/);
  const html = await api.as(null, { method: 'GET', url: `/api/v1/report?period=2025-Q2&scope=${encodeURIComponent('province:Điện Biên')}&format=html` });
  assert.equal(html.statusCode, 200);
  assert.match(html.body, /tỉnh Điện Biên/);
  const badPeriod = await api.as('viewer', { method: 'GET', url: '/api/v1/report?period=2025-Q9&format=docx' });
  assert.equal(badPeriod.statusCode, 400);
  assert.match(String(badPeriod.headers['content-type']), /problem\+json/);
  const badScope = await api.as('viewer', { method: 'GET', url: '/api/v1/report?period=2025&scope=province:Atlantis' });
  assert.equal(badScope.statusCode, 400);
});

test('API: without anonymous reading, a report needs a signed-in user', async (t) => {
  const { startApi } = await import('./api-fixture.ts');
  const api = await startApi({ anonymousRead: false });
  t.after(() => api.close());
  const res = await api.as(null, { method: 'GET', url: '/api/v1/report?period=2025-H1&format=html' });
  assert.equal(res.statusCode, 401);
});
