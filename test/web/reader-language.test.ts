// What the Vietnamese interface does with text written elsewhere in English or with ISO dates: pack
// notes, upload messages, the audit log's codes, dates inside the server's sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeI18n } from '../../web/src/i18n.ts';
import { datesInText, isVietnamese, noteText } from '../../web/src/format.ts';
import { uploadMessage } from '../../web/src/upload-messages.ts';
import { auditAction, auditRecord, auditTarget } from '../../web/src/audit-labels.ts';

const vi = makeI18n('vi', () => undefined);
const en = makeI18n('en', () => undefined);

test('an English note is left out of the Vietnamese interface, even quoting Vietnamese; both show in English', () => {
  const english = 'Only when the population is named (`% dân số`); coverage of communes is not this.';
  assert.equal(isVietnamese(english), false);
  assert.equal(noteText(vi, english), '');
  assert.equal(noteText(en, english), english);
  assert.equal(noteText(vi, 'Chi cho nghiên cứu và phát triển đạt 2% GDP'), 'Chi cho nghiên cứu và phát triển đạt 2% GDP');
  assert.equal(noteText(vi, { vi: 'Ghi chú', en: 'Note' }), 'Ghi chú');
  assert.equal(noteText(en, { vi: 'Ghi chú', en: 'Note' }), 'Note');
});

test('upload messages: known ones in Vietnamese with their figures, others in general words', () => {
  assert.equal(uploadMessage(vi, 'binary file (PNG image), not text', 'x'), 'tệp nhị phân (PNG image), không phải văn bản');
  assert.equal(uploadMessage(vi, 'line 12: body: record has no title, lede or body text', 'x'), 'dòng 12: bản ghi không có tiêu đề, sapo hay nội dung');
  assert.equal(uploadMessage(vi, 'something else went wrong', 'không đọc được tệp này'), 'không đọc được tệp này');
  assert.equal(uploadMessage(en, 'something else went wrong', 'x'), 'something else went wrong');
  assert.equal(uploadMessage(vi, 'tệp lớn hơn giới hạn 64 MB cho mỗi tệp', 'x'), 'tệp lớn hơn giới hạn 64 MB cho mỗi tệp');
});

test('the audit log in words; unknown codes as stored', () => {
  assert.equal(auditAction(vi, 'task.add'), 'thêm nhiệm vụ');
  assert.equal(auditAction(vi, 'something.new'), 'something.new');
  assert.equal(auditTarget(vi, 'task:DB-01'), 'nhiệm vụ DB-01');
  assert.equal(auditTarget(vi, 'task-proposal:12:body:0:187-455:task'), 'đề xuất nhiệm vụ (tài liệu #12)');
  assert.equal(auditTarget(vi, 'weird'), 'weird');
  assert.equal(auditRecord(vi, { role: 'reporter', agencies: ['dien-bien'], disabled: false }), 'vai trò: cán bộ báo cáo; cơ quan: dien-bien; khóa: không');
  assert.equal(auditRecord(vi, null), '—');
});

test('ISO dates inside the server\'s sentences read dd/mm/yyyy and mm/yyyy; other numbers stay', () => {
  assert.equal(datesInText('số liệu mới nhất (2025-12-31) đã đạt'), 'số liệu mới nhất (31/12/2025) đã đạt');
  assert.equal(datesInText('quá hạn 2025-06 theo 57-NQ/TW năm 2024'), 'quá hạn 06/2025 theo 57-NQ/TW năm 2024');
});
