// Full document numbers: Party and State shapes, typing variants, expansions, and non-documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumberedRefs } from '../../src/extract/legal/numbered.ts';
import { issuerCode, roman } from '../../src/extract/legal/codes.ts';

const idsIn = (text: string): string[] => findNumberedRefs(text).map((r) => r.id);

test('Party numbers N-TYPE/ISSUER keep their shape', () => {
  for (const id of ['57-NQ/TW', '02-KH/BCĐTW', '229-QĐ/TW', '03-TB/BCĐTW', '01-QC/BCĐTW', '08-QC/TW', '05-CT/TW']) {
    assert.deepEqual(idsIn(`theo ${id}, các`), [id]);
  }
});

test('State numbers N/[YYYY/]TYPE-ISSUER keep their shape', () => {
  for (const id of ['759/QĐ-TTg', '13/2023/NĐ-CP', '93/2025/QH15', '33/CT-TTg', '04/TTr-BKHCN-BTTTT', '03/NQ-CP',
    '71/NQ-CP', '88/2025/NĐ-CP', '2330/QĐ-TTg', '126/QĐ-BCĐCP', '13/2025/TT-BKHCN', '02/2025/QĐ-UBND']) {
    assert.deepEqual(idsIn(`số ${id} ngày`), [id]);
  }
});

test('spacing, dash and unaccented variants get one canonical id', () => {
  for (const written of ['57 - NQ/TW', '57-NQ / TW', '57–NQ/TW', '57/NQ-TW']) assert.deepEqual(idsIn(written), ['57-NQ/TW'], written);
  assert.deepEqual(idsIn('759/QĐ - TTg'), ['759/QĐ-TTg']);
  assert.deepEqual(idsIn('759/QD-TTG'), ['759/QĐ-TTg']);
  assert.deepEqual(idsIn('13/2023/ND-CP'), ['13/2023/NĐ-CP']);
  assert.deepEqual(idsIn('02-KH/BCDTW'), ['02-KH/BCĐTW']);
});

test('the span is the number as written, so the text at the offsets is unchanged', () => {
  const text = 'Quyết định số 759/QĐ - TTg ngày 14/4/2025';
  const [ref] = findNumberedRefs(text);
  assert.equal(text.slice(ref?.start, ref?.end), '759/QĐ - TTg');
});

test('types and issuers are expanded', () => {
  const [ref] = findNumberedRefs('04/TTr-BKHCN-BTTTT');
  assert.equal(ref?.typeName, 'Tờ trình');
  assert.equal(ref?.issuerName, 'Bộ Khoa học và Công nghệ – Bộ Thông tin và Truyền thông');
  assert.equal(findNumberedRefs('759/QĐ-TTg')[0]?.issuerName, 'Thủ tướng Chính phủ');
  assert.equal(findNumberedRefs('57-NQ/TW')[0]?.issuerName, 'Ban Chấp hành Trung ương');
  assert.equal(findNumberedRefs('93/2025/QH15')[0]?.issuerName, 'Quốc hội khóa XV');
  assert.equal(findNumberedRefs('93/2025/QH15')[0]?.typeName, null);
});

test('legislature numbers are written in Roman numerals', () => {
  assert.equal(roman(15), 'XV');
  assert.equal(roman(14), 'XIV');
  assert.equal(issuerCode('UBTVQH15')?.name, 'Ủy ban Thường vụ Quốc hội khóa XV');
});

test('official letters N/ISSUER-UNIT are taken when the issuer code is known', () => {
  const [letter] = findNumberedRefs('Văn bản số 1234/BKHCN-VP ngày 20/5/2025');
  assert.deepEqual([letter?.id, letter?.typeName, letter?.issuerName], ['1234/BKHCN-VP', 'Công văn', 'Bộ Khoa học và Công nghệ']);
  assert.deepEqual(idsIn('Công văn 5678/VPCP-KGVX'), ['5678/VPCP-KGVX']);
  assert.deepEqual(idsIn('mã 12/XYZ-AB'), []);
});

test('a joint issuer list stops at a spaced dash that starts a new clause', () => {
  assert.deepEqual(idsIn('759/QĐ-TTg - UBND tỉnh triển khai'), ['759/QĐ-TTg']);
});

test('not document numbers: ratios, dates, office codes, words', () => {
  for (const text of ['429/434 đại biểu', '22/12/2024', '12/ABC-XY', 'COVID-19', 'Smart City Asia 2025', 'APAC-DNS/2025', 'ngày 6-5/2025']) {
    assert.deepEqual(idsIn(text), [], text);
  }
});
