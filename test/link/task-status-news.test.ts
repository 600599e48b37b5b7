// News sentences that say a task is done or late, and those that do not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statusFromSentence } from '../../src/link/task-status-news.ts';

const TITLE = 'xây dựng Nghị định quy định về quỹ đầu tư mạo hiểm cho khởi nghiệp sáng tạo';
const LEAD = ['Bộ Khoa học và Công nghệ'];

test('done, late, or nothing', () => {
  assert.equal(statusFromSentence(TITLE, LEAD, 'Bộ Khoa học và Công nghệ đã hoàn thành xây dựng Nghị định về quỹ đầu tư mạo hiểm cho khởi nghiệp sáng tạo.')?.status, 'hoan_thanh');
  assert.equal(statusFromSentence(TITLE, LEAD, 'Nghị định về quỹ đầu tư mạo hiểm cho khởi nghiệp sáng tạo do Bộ Khoa học và Công nghệ chủ trì đang chậm tiến độ.')?.status, 'dang_thuc_hien');
  assert.equal(statusFromSentence(TITLE, LEAD, 'Bộ Khoa học và Công nghệ chưa hoàn thành việc xây dựng Nghị định về quỹ đầu tư mạo hiểm cho khởi nghiệp sáng tạo.')?.status, 'dang_thuc_hien');
  // Another agency, no status cue, another subject.
  assert.equal(statusFromSentence(TITLE, LEAD, 'Bộ Tài chính đã hoàn thành xây dựng Nghị định về quỹ đầu tư mạo hiểm cho khởi nghiệp sáng tạo.'), null);
  assert.equal(statusFromSentence(TITLE, LEAD, 'Bộ Khoa học và Công nghệ tổ chức hội thảo về quỹ đầu tư mạo hiểm cho khởi nghiệp sáng tạo.'), null);
  assert.equal(statusFromSentence(TITLE, LEAD, 'Bộ Khoa học và Công nghệ đã hoàn thành đánh giá các đề tài khoa học cấp quốc gia.'), null);
});
