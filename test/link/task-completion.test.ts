// Completion evidence rules: the expected product's type, its issuer, the subject, the date order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchCompletion, subjectWords, type CompletionCandidate, type CompletionTask } from '../../src/link/task-completion.ts';

const task: CompletionTask = {
  key: 'NV-1',
  title: 'xây dựng Nghị định quy định về quỹ đầu tư mạo hiểm cho khởi nghiệp sáng tạo',
  product: 'nghi_dinh',
  agencyName: 'Bộ Khoa học và Công nghệ',
  setBy: '12/NQ-CP',
  assignedOn: '2026-01-10',
};
const decree: CompletionCandidate = {
  documentId: 2,
  legalId: '88/2026/NĐ-CP',
  type: 'Nghị định',
  issuer: 'Chính phủ',
  title: 'Nghị định số 88/2026/NĐ-CP quy định về quỹ đầu tư mạo hiểm cho khởi nghiệp sáng tạo',
  published: '2026-06-20',
  cites: [],
};

test('a decree of the Government on the subject fits a task expecting a decree; citing the assigning text adds to the score', () => {
  const plain = matchCompletion(task, decree)!;
  const cited = matchCompletion(task, { ...decree, cites: ['12/NQ-CP'] })!;
  assert.ok(plain && cited);
  assert.ok(cited.score > plain.score);
  assert.ok(cited.reasons.some((r) => r.includes('12/NQ-CP')));
});

test('another type, another issuer, another subject or an older document does not fit', () => {
  assert.equal(matchCompletion(task, { ...decree, type: 'Thông tư' }), null);
  assert.equal(matchCompletion(task, { ...decree, issuer: 'Bộ Tài chính' }), null);
  assert.equal(matchCompletion(task, { ...decree, title: 'Nghị định số 88/2026/NĐ-CP về quản lý chất lượng sản phẩm, hàng hóa' }), null);
  assert.equal(matchCompletion(task, { ...decree, published: '2025-12-01' }), null);
  assert.equal(matchCompletion({ ...task, product: null }, decree), null);
});

test('a scheme approved by a decision of the province that leads it; the subject keeps the words of a phrase like chuyển đổi số', () => {
  const plan: CompletionTask = { ...task, title: 'xây dựng Kế hoạch phát triển hạ tầng số vùng cao', product: 'ke_hoach', agencyName: 'Điện Biên' };
  const decision: CompletionCandidate = { ...decree, legalId: '903/QĐ-UBND', type: 'Quyết định', issuer: 'Ủy ban nhân dân tỉnh Điện Biên', title: 'Quyết định số 903/QĐ-UBND ban hành Kế hoạch phát triển hạ tầng số vùng cao' };
  assert.ok(matchCompletion(plan, decision));
  assert.equal(matchCompletion(plan, { ...decision, issuer: 'Ủy ban nhân dân tỉnh Lai Châu' }), null);
  assert.ok(subjectWords('xây dựng Thông tư về chuyển đổi số').has('doi'));
  assert.ok(!subjectWords('sửa đổi Nghị định về quỹ').has('doi'));
});
