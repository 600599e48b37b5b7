// Issue 10, item 12 (CSV part): a cell of a CSV export that a spreadsheet would run as a formula
// (starting with =, +, -, @, a tab or a carriage return) is neutralised with a leading apostrophe,
// as OWASP advises; plain numbers, negative ones included, stay numbers.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { startApi } from './api-fixture.ts';
import { csvCell } from '../../src/serve/http/csv.ts';

test('cells that start like a formula get an apostrophe; numbers and ordinary text do not', () => {
  for (const [value, expected] of [
    ['=HYPERLINK("http://x.example","bấm")', `"'=HYPERLINK(""http://x.example"",""bấm"")"`],
    ['+84 912', "'+84 912"],
    ['-1+cmd', "'-1+cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tthẻ', "'\tthẻ"],
    ['\r=1', `"'\r=1"`],
    ['Hà Nội', 'Hà Nội'],
    ['có, dấu phẩy', '"có, dấu phẩy"'],
  ] as const) {
    assert.equal(csvCell(value), expected, JSON.stringify(value));
  }
  for (const [value, expected] of [[-12.5, '-12.5'], [0, '0'], [null, ''], [['a', 'b'], 'a b']] as const) assert.equal(csvCell(value), expected);
});

const api = await startApi();
after(() => api.close());

test('the observations export neutralises a sentence that begins like a formula', async () => {
  const boundary = '----radar57csv';
  const text = 'Báo cáo hạ tầng\n=1+2 Tỉnh Lai Châu có 120 trạm 5G, phủ sóng 40% dân số, theo báo cáo ngày 15/10/2025.\n';
  const payload = `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="lai-chau.txt"\r\nContent-Type: text/plain\r\n\r\n${text}\r\n--${boundary}--\r\n`;
  const up = await api.as('editor', { method: 'POST', url: '/api/v1/ingest', payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
  assert.equal((await api.job('editor', up)).status, 'done');
  const csv = await api.as(null, { method: 'GET', url: '/api/v1/export/observations.csv' });
  assert.equal(csv.statusCode, 200);
  const rows = parse(csv.body.replace(/^\ufeff/, ''), { columns: true }) as Record<string, string>[];
  const ours = rows.filter((r) => r.sentence?.includes('Lai Châu có 120 trạm 5G'));
  assert.ok(ours.length >= 1, 'the uploaded figure is exported');
  for (const row of rows) {
    for (const [column, value] of Object.entries(row)) {
      assert.ok(!/^[=+@\t\r]/.test(value) && !/^-(?!\d+(\.\d+)?$)/.test(value), `${column}: ${JSON.stringify(value)} would run as a formula`);
    }
  }
  assert.ok(ours.some((r) => r.sentence!.startsWith("'=1+2")), ours.map((r) => r.sentence).join('\n'));
});
