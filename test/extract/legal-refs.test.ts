// extractLegalRefs over whole documents: types, issuers, dates, short-reference resolution, citations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { citationsOf, extractLegalRefs, EXTRACTOR } from '../../src/extract/legal-refs.ts';
import type { ExtractContext, LegalRefMention } from '../../src/extract/facts.ts';
import type { StructuredDocument } from '../../src/records.ts';
import { REPO } from '../helpers.ts';

const SHARED_SEEDS = join(REPO, '..', 'shared', 'seeds');
const CTX: ExtractContext = { published: null, dateHint: null, collectionYear: null };

function docOf(body: string[], title: string | null = null): StructuredDocument {
  return {
    kind: 'article', title, published: null, publishedPrecision: 'unknown', author: null, authorNote: null, site: null,
    category: null, lede: null, body, captions: [], related: [], parent: null, url: null,
  };
}

const refs = (...body: string[]): LegalRefMention[] => extractLegalRefs(docOf(body), CTX);

function assertOffsets(doc: StructuredDocument, mentions: LegalRefMention[]): void {
  for (const m of mentions) {
    const field = m.field === 'title' ? doc.title ?? '' : doc.body[m.index] ?? '';
    assert.equal(m.text, field.slice(m.start, m.end));
  }
}

test('a Party resolution with its date and `của Bộ Chính trị`', () => {
  const [m, ...rest] = refs('Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá');
  assert.equal(rest.length, 0);
  assert.equal(m?.text, '57-NQ/TW');
  assert.equal(m?.id, '57-NQ/TW');
  assert.equal(m?.type, 'Nghị quyết');
  assert.equal(m?.issuer, 'Bộ Chính trị');
  assert.equal(m?.date, '2024-12-22');
  assert.equal(m?.lawName, null);
  assert.equal(m?.extractor, EXTRACTOR.name);
  assert.equal(m?.extractorVersion, EXTRACTOR.version);
});

test('`của Ban Bí thư` after the date names the issuer of an unknown …/TW document', () => {
  const [m] = refs('Chỉ thị số 45-CT/TW, ngày 14/4/2025 của Ban Bí thư về');
  assert.equal(m?.issuer, 'Ban Bí thư');
  assert.equal(m?.date, '2025-04-14');
  assert.equal(m?.type, 'Chỉ thị');
  const [plain] = refs('Kết luận 14-KL/TW về khuyến khích');
  assert.equal(plain?.issuer, 'Ban Chấp hành Trung ương');
});

test('`của …` after a reference names its issuer, before the known list and the codes', () => {
  assert.equal(refs('Thực hiện Chương trình số 07 của Thành ủy Hà Nội khóa XVII về')[0]?.issuer, 'Thành ủy Hà Nội');
  assert.equal(refs('Quyết định 02/2025/QĐ-UBND của UBND tỉnh Điện Biên.')[0]?.issuer, 'Ủy ban nhân dân tỉnh Điện Biên');
  assert.equal(refs('Thông tư 13/2025/TT-BKHCN của Bộ Khoa học và Công nghệ hướng dẫn')[0]?.issuer, 'Bộ Khoa học và Công nghệ');
  assert.equal(refs('Nghị quyết 03/NQ-CP ngày 9/1/2025 của Chính phủ')[0]?.issuer, 'Chính phủ');
  assert.equal(refs('Quyết định 02/2025/QĐ-UBND về giá')[0]?.issuer, 'Ủy ban nhân dân');
});

test('a worded date after the reference is its date', () => {
  assert.equal(refs('Nghị định số 13/2023/NĐ-CP ngày 17 tháng 4 năm 2023 của Chính phủ')[0]?.date, '2023-04-17');
  assert.equal(refs('Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu, ngày 17/4/2023')[0]?.date, null);
});

test('`N/YYYY/QHnn` is typed by the noun written before it, else by the known documents, else null', () => {
  assert.equal(refs('Luật số 93/2025/QH15 có hiệu lực')[0]?.type, 'Luật');
  assert.equal(refs('Nghị quyết số 193/2025/QH15 của Quốc hội')[0]?.type, 'Nghị quyết');
  assert.equal(refs('theo văn bản 93/2025/QH15')[0]?.type, 'Luật');
  assert.equal(refs('theo văn bản 12/2024/QH15')[0]?.type, null);
  assert.equal(refs('theo văn bản 12/2024/QH15')[0]?.issuer, 'Quốc hội khóa XV');
});

test('short references resolve first to ids in the same document, then to known documents', () => {
  const doc = refs('Kế hoạch số 02-KH/BCĐTW và Quyết định số 05/QĐ-XYZ đã ban hành.', 'Theo Kế hoạch số 02, các bộ', 'Nghị quyết 57 đã');
  const short = doc.filter((m) => m.text.startsWith('Kế hoạch số 02') || m.text === 'Nghị quyết 57');
  assert.deepEqual(short.map((m) => [m.text, m.id, m.confidence]), [['Kế hoạch số 02', '02-KH/BCĐTW', 0.85], ['Nghị quyết 57', '57-NQ/TW', 0.75]]);
});

test('unresolved short references keep their type with id null and low confidence; weak ones need resolving', () => {
  const [decree] = refs('Điểm mới của Nghị định 308 là');
  assert.deepEqual([decree?.text, decree?.id, decree?.type], ['Nghị định 308', null, 'Nghị định']);
  assert.ok((decree?.confidence ?? 1) <= 0.5);
  assert.deepEqual(refs('Quyết định 4321 phê duyệt'), []);
  assert.equal(refs('Quyết định 759 phê duyệt')[0]?.id, '759/QĐ-TTg');
});

test('a list of numbers after one noun gives one reference per number, all of the issuer named after the list', () => {
  const mentions = refs('bộ tứ Nghị quyết 57, 59, 66 và 68 của Bộ Chính trị');
  assert.deepEqual(mentions.map((m) => [m.text, m.id, m.type]), [
    ['Nghị quyết 57', '57-NQ/TW', 'Nghị quyết'], ['59', '59-NQ/TW', 'Nghị quyết'], ['66', '66-NQ/TW', 'Nghị quyết'], ['68', '68-NQ/TW', 'Nghị quyết'],
  ]);
  assert.deepEqual(refs('các Nghị quyết 59, 66 và 68').map((m) => m.id), [null, null, null], 'no issuer, no id');
  assert.deepEqual(refs('Nghị quyết 57 và 3 nghị quyết khác').map((m) => m.text), ['Nghị quyết 57']);
});

test('a decree written with its year alone has only one possible id', () => {
  const [m] = refs('theo Nghị định 13/2023 về bảo vệ dữ liệu cá nhân');
  assert.deepEqual([m?.text, m?.id, m?.issuer], ['Nghị định 13/2023', '13/2023/NĐ-CP', 'Chính phủ']);
});

test('a law name followed by `số` and its number is one mention with both', () => {
  const mentions = refs('Luật Dữ liệu số 60/2024/QH15 có hiệu lực từ 1/7/2025');
  assert.deepEqual(mentions.map((m) => [m.text, m.id, m.type, m.lawName]), [['60/2024/QH15', '60/2024/QH15', 'Luật', 'Luật Dữ liệu']]);
});

test('laws named without a number', () => {
  const [law] = refs('Quốc hội đã thông qua Luật Trí tuệ nhân tạo (AI) với 429/434 đại biểu');
  assert.deepEqual([law?.text, law?.id, law?.type, law?.lawName], ['Luật Trí tuệ nhân tạo', null, 'Luật', 'Luật Trí tuệ nhân tạo']);
});

test('citationsOf lists each cited id once, in order of first citation', () => {
  const mentions = refs('57-NQ/TW và 03/NQ-CP', 'Nghị quyết 57, Luật Trí tuệ nhân tạo, 759/QĐ-TTg');
  assert.deepEqual(citationsOf(mentions), ['57-NQ/TW', '03/NQ-CP', '759/QĐ-TTg']);
  assert.deepEqual(citationsOf([]), []);
});

test('offsets hold for any mix of reference-like tokens', () => {
  const token = fc.constantFrom('Nghị quyết', 'số', ' ', '57', '-', '–', '/', 'NQ', 'TW', 'QĐ', 'TTg', '2025', 'QH15',
    'Luật', 'Trí tuệ', 'nhân tạo', ',', '(sửa đổi)', 'ngày', '22/12/2024', 'của', 'Bộ Chính trị', 'Kế hoạch', '01');
  fc.assert(
    fc.property(fc.array(token, { maxLength: 20 }), (tokens) => {
      const doc = docOf([tokens.join('')]);
      assertOffsets(doc, extractLegalRefs(doc, CTX));
    }),
    { numRuns: 400 },
  );
});

test('arbitrary text never throws and keeps the offset invariant', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => {
      const doc = docOf([raw.normalize('NFC')]);
      assertOffsets(doc, extractLegalRefs(doc, CTX));
    }),
    { numRuns: 1000 },
  );
});

test('the seeds: every numbered reference and named law, no false documents', { skip: !existsSync(SHARED_SEEDS) && 'needs ../shared/seeds' }, () => {
  const read = (name: string): StructuredDocument =>
    docOf(readFileSync(join(SHARED_SEEDS, name), 'utf8').split('\n').filter((l) => l.trim()));
  const ledes = read('000_8fee37822d2a2a5b.txt');
  const page = read('002_00bf98e39be64d58.txt');
  const ledeRefs = extractLegalRefs(ledes, CTX);
  const pageRefs = extractLegalRefs(page, CTX);
  assertOffsets(ledes, ledeRefs);
  assertOffsets(page, pageRefs);
  assert.deepEqual(citationsOf(ledeRefs), ['57-NQ/TW', '759/QĐ-TTg']);
  assert.deepEqual(citationsOf(pageRefs), ['57-NQ/TW', '01-KH/BCĐTW', '02-KH/BCĐTW']);
  assert.equal(ledeRefs.filter((m) => m.id === '57-NQ/TW').length, 7);
  const laws = new Set(pageRefs.flatMap((m) => (m.lawName ? [m.lawName] : [])));
  assert.deepEqual([...laws].sort(), [
    'Luật Chuyển giao công nghệ sửa đổi', 'Luật Công nghiệp công nghệ số', 'Luật Công nghệ cao (sửa đổi)',
    'Luật Trí tuệ nhân tạo', 'Luật sửa đổi, bổ sung một số điều của Luật Chuyển giao công nghệ',
  ]);
});

test('a law name is not cut at a stop word inside it, nor run on into the verb after it', () => {
  assert.deepEqual(refs('sửa Luật Hỗ trợ doanh nghiệp nhỏ và vừa để giảm chi phí').map((m) => m.lawName), ['Luật Hỗ trợ doanh nghiệp nhỏ và vừa']);
  assert.deepEqual(refs('Luật Công nghiệp công nghệ số quy định rõ về tài sản số').map((m) => m.lawName), ['Luật Công nghiệp công nghệ số']);
  assert.deepEqual(refs('Luật Trí tuệ nhân tạo định nghĩa hệ thống AI').map((m) => m.lawName), ['Luật Trí tuệ nhân tạo']);
});

test('a document cited by type, number and issuer gets the issuer’s official number', () => {
  assert.deepEqual(refs('triển khai Nghị quyết 71 của Bộ Chính trị về giáo dục').map((m) => m.id), ['71-NQ/TW']);
  assert.deepEqual(refs('Theo Quyết định 1002 ngày 4/6/2024 của Thủ tướng Chính phủ về chương trình').map((m) => [m.text, m.id]), [
    ['Quyết định 1002', '1002/QĐ-TTg'],
  ]);
  assert.deepEqual(refs('Nghị định 47 ngày 20/2/2024 của Chính phủ').map((m) => m.id), ['47/2024/NĐ-CP'], 'a decree takes the year of its date');
  assert.deepEqual(refs('Quyết định 1002 của Ủy ban nhân dân xã'), [], 'an issuer whose numbers the text cannot complete leaves a weak noun out');
});

test('a law named with its number once carries it everywhere; a short name given in parentheses is the law', () => {
  const found = refs('Quốc hội thông qua Luật Bảo vệ dữ liệu cá nhân (số 91/2025/QH15).', 'Vì sao cần Luật Bảo vệ dữ liệu cá nhân?');
  assert.deepEqual(found.map((m) => m.id), ['91/2025/QH15', '91/2025/QH15']);
  const ai = refs('Luật Trí tuệ nhân tạo (AI) có hiệu lực.', 'Luật AI là luật chuyên ngành.');
  assert.deepEqual(ai.map((m) => [m.text, m.lawName]), [['Luật Trí tuệ nhân tạo', 'Luật Trí tuệ nhân tạo'], ['Luật AI', 'Luật Trí tuệ nhân tạo']]);
});
