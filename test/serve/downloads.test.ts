// Search results and the agencies' league table as CSV and XLSX downloads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { startApi } from './api-fixture.ts';

test('search results download as CSV and XLSX with the same rows as the search', async (t) => {
  const api = await startApi();
  t.after(() => api.close());
  const search = (await api.as('viewer', { method: 'GET', url: '/api/v1/search?q=dien%20bien&limit=100' })).json() as { items: { id: number }[] };
  assert.ok(search.items.length > 0);

  const csv = await api.as('viewer', { method: 'GET', url: '/api/v1/export/search?q=dien%20bien&format=csv' });
  assert.equal(csv.statusCode, 200, csv.body);
  assert.match(String(csv.headers['content-type']), /text\/csv/);
  assert.match(String(csv.headers['content-disposition']), /radar57-tim-kiem\.csv/);
  assert.ok(csv.body.startsWith('\ufeffTT,Mã tài liệu,Tiêu đề'));
  const lines = csv.body.trim().split('\n');
  assert.equal(lines.length, search.items.length + 1);
  assert.equal(lines[1]!.split(',')[1], String(search.items[0]!.id));

  const xlsx = await api.as('viewer', { method: 'GET', url: '/api/v1/export/search?q=dien%20bien&format=xlsx' });
  assert.equal(xlsx.statusCode, 200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
  const sheet = book.worksheets[0]!;
  assert.equal(sheet.rowCount, search.items.length + 1);
  assert.equal(sheet.getRow(2).getCell(2).value, search.items[0]!.id, 'the id is a number');

  const bad = await api.as('viewer', { method: 'GET', url: '/api/v1/export/search?q=x&format=pdf' });
  assert.equal(bad.statusCode, 400);
});

test('the agencies’ league table downloads ranked, with numbers as numbers', async (t) => {
  const api = await startApi();
  t.after(() => api.close());
  await api.store.tasks.add({ key: 'T1', title: 'Ban hành nghị định', setBy: '03/NQ-CP', agency: 'bo-khcn', deadline: '2025-06-30', status: { status: 'hoan_thanh', at: '2025-06-10' } }, 'test');
  await api.store.tasks.add({ key: 'T2', title: 'Trình đề án', setBy: '03/NQ-CP', agency: 'bo-tai-chinh', deadline: '2025-03-31' }, 'test');
  const agencies = (await api.as('viewer', { method: 'GET', url: '/api/v1/agencies' })).json() as { scorecards: { name: string; rank: number | null; tasks: number }[] };
  const xlsx = await api.as('viewer', { method: 'GET', url: '/api/v1/export/agencies?format=xlsx' });
  assert.equal(xlsx.statusCode, 200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
  const sheet = book.worksheets[0]!;
  assert.equal(sheet.rowCount, agencies.scorecards.length + 1);
  const first = agencies.scorecards[0]!;
  assert.equal(sheet.getRow(2).getCell(2).value, first.name);
  assert.equal(sheet.getRow(2).getCell(4).value, first.tasks);
  assert.ok(agencies.scorecards.length >= 2);
  const csv = await api.as('viewer', { method: 'GET', url: '/api/v1/export/agencies' });
  assert.match(csv.body, /^\ufeffHạng,Cơ quan/);
  assert.match(csv.body, /\n1,Bộ Khoa học và Công nghệ,bo-khcn,1,1,1,0,0,0,100,/);
});

test('downloads need a reader when anonymous reading is off', async (t) => {
  const api = await startApi({ anonymousRead: false });
  t.after(() => api.close());
  for (const url of ['/api/v1/export/search?q=x', '/api/v1/export/agencies?format=xlsx']) assert.equal((await api.as(null, { method: 'GET', url })).statusCode, 401, url);
});
