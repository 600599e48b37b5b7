// Short references and their resolution against a list of full ids.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findShortRefs, resolveShortRef } from '../../src/extract/legal/short-refs.ts';
import { KNOWN_DOCUMENT_IDS } from '../../src/extract/legal/known-documents.ts';

const shortTexts = (text: string): string[] => findShortRefs(text).map((r) => text.slice(r.start, r.end));

test('short forms are found with their type and number', () => {
  assert.deepEqual(shortTexts('thực hiện Nghị quyết 57 và Nghị quyết số 71'), ['Nghị quyết 57', 'Nghị quyết số 71']);
  assert.deepEqual(shortTexts('triển khai NQ57 hiệu quả'), ['NQ57']);
  assert.deepEqual(shortTexts('theo Nghị quyết 57-NQ của Bộ'), ['Nghị quyết 57-NQ']);
  assert.deepEqual(shortTexts('(Kế hoạch số 01) và'), ['Kế hoạch số 01']);
});

test('counts and years after a type noun are not references', () => {
  assert.deepEqual(shortTexts('Kế hoạch 5 năm'), []);
  assert.deepEqual(shortTexts('Nghị quyết 3 nhiệm vụ'), []);
  assert.deepEqual(shortTexts('Chương trình 2025'), []);
  assert.deepEqual(shortTexts('quyết định 3 dự án'), []);
  assert.deepEqual(shortTexts('Thanh tra kết luận 3 sai phạm'), [], 'a verb in lower case');
  assert.deepEqual(shortTexts('Kết luận 14 của Bộ Chính trị'), ['Kết luận 14']);
  assert.deepEqual(shortTexts('theo chỉ thị số 05'), ['chỉ thị số 05']);
  assert.deepEqual(shortTexts('Nghị quyết số 57-NQ/TW'), [], 'a full number is not a short form');
});

test('weak nouns without `số` are flagged as needing resolution', () => {
  assert.equal(findShortRefs('Quyết định 759 phê duyệt')[0]?.needsResolution, true);
  assert.equal(findShortRefs('Quyết định số 759')[0]?.needsResolution, false);
});

test('resolution needs exactly one id with the same number and type', () => {
  assert.equal(resolveShortRef('Nghị quyết', 57, KNOWN_DOCUMENT_IDS), '57-NQ/TW');
  assert.equal(resolveShortRef('NQ', '57', KNOWN_DOCUMENT_IDS), '57-NQ/TW');
  assert.equal(resolveShortRef('Kế hoạch', '01', KNOWN_DOCUMENT_IDS), '01-KH/BCĐTW');
  assert.equal(resolveShortRef('Kế hoạch', '1', KNOWN_DOCUMENT_IDS), '01-KH/BCĐTW');
  assert.equal(resolveShortRef('Quy chế', '01', KNOWN_DOCUMENT_IDS), '01-QC/BCĐTW');
  assert.equal(resolveShortRef('Nghị định', '308', KNOWN_DOCUMENT_IDS), null);
  assert.equal(resolveShortRef('Nghị quyết', '57', ['57-NQ/TW', '57/NQ-CP']), null, 'ambiguous');
});

test('`N/YYYY/QHnn` ids match a law or a resolution by the known type, else either', () => {
  assert.equal(resolveShortRef('Nghị quyết', '71', KNOWN_DOCUMENT_IDS), '71/NQ-CP', '71/2025/QH15 is a law');
  assert.equal(resolveShortRef('Luật', '93', KNOWN_DOCUMENT_IDS), '93/2025/QH15');
  assert.equal(resolveShortRef('Nghị quyết', '193', KNOWN_DOCUMENT_IDS), '193/2025/QH15');
  assert.equal(resolveShortRef('Luật', '193', KNOWN_DOCUMENT_IDS), null);
  assert.equal(resolveShortRef('Luật', '12', ['12/2024/QH15']), '12/2024/QH15');
  assert.equal(resolveShortRef('Nghị quyết', '12', ['12/2024/QH15']), '12/2024/QH15');
});
