import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitSentences } from '../../src/text/sentences.ts';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

test('splits real news paragraphs on . ! ? followed by a capital', () => {
  const p =
    'Về hạ tầng số, tính đến nay đã có 12.106 trạm 5G được triển khai, phủ sóng hơn 26% dân số. Mục tiêu đặt ra là đến cuối năm 2025 sẽ có 90% dân số được tiếp cận mạng 5G. Đồng thời, công tác xây dựng các trung tâm dữ liệu quy mô lớn đang được đẩy nhanh.';
  assert.deepEqual(texts(p), [
    'Về hạ tầng số, tính đến nay đã có 12.106 trạm 5G được triển khai, phủ sóng hơn 26% dân số.',
    'Mục tiêu đặt ra là đến cuối năm 2025 sẽ có 90% dân số được tiếp cận mạng 5G.',
    'Đồng thời, công tác xây dựng các trung tâm dữ liệu quy mô lớn đang được đẩy nhanh.',
  ]);
  assert.deepEqual(texts('Thật sao? Đúng vậy! Tốt.'), ['Thật sao?', 'Đúng vậy!', 'Tốt.']);
});

test('numbers, codes and domains do not split', () => {
  for (const s of [
    'Quốc hội đã thông qua với 429/434 đại biểu tham dự (90.70%) biểu quyết tán thành.',
    'Tỷ lệ đạt 90,70% và có 12.106 trạm.',
    'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.',
    'Bài viết trên Tudonghoangaynay.vn được nhiều người đọc.',
    'Vốn đạt 2,3 triệu tỷ đồng, tăng 1.5 lần.',
  ]) {
    assert.deepEqual(texts(s), [s], s);
  }
});

test('abbreviations and initials do not split', () => {
  for (const s of [
    'Ông làm việc tại TP. Hồ Chí Minh từ lâu.',
    'Hội thảo do PGS.TS. Nguyễn Văn A chủ trì.',
    'Phát biểu của GS.TS. Trần Văn B rất đáng chú ý.',
    'Theo TS. Lê Văn C và ThS. Phạm Thị D, kết quả tốt.',
    'Theo Th.S Hoàng Văn E, kết quả tốt.',
    'Sở Tp. Cần Thơ đã ký.',
    'Các ngành như điện tử, viễn thông, v.v. Đều tăng trưởng.',
    'Ông Nguyễn V. A. Trần phát biểu.',
    'Nhà thờ St. Joseph ở Hà Nội.',
  ]) {
    assert.deepEqual(texts(s), [s], s);
  }
});

test('quotations stay inside their sentence; an ellipsis inside quotes does not split', () => {
  const s = 'Ông nói: “Tôi nghĩ… Có lẽ sẽ xong. Chúng ta cố gắng” và mọi người đồng ý.';
  assert.deepEqual(texts(s), [s]);
  assert.deepEqual(texts('Ông nói: “Tôi đồng ý.” Bà gật đầu.'), ['Ông nói: “Tôi đồng ý.”', 'Bà gật đầu.']);
  assert.deepEqual(texts('Có thể gọi là “kỹ sư 57”. Ông Trương Gia Bình cho biết.'), [
    'Có thể gọi là “kỹ sư 57”.',
    'Ông Trương Gia Bình cho biết.',
  ]);
});

test('an ellipsis ends a sentence only before a capital', () => {
  assert.deepEqual(texts('Kinh tế số… và xã hội số. Tiếp theo'), ['Kinh tế số… và xã hội số.', 'Tiếp theo']);
  assert.deepEqual(texts('trong nền kinh tế số... Tại sự kiện'), ['trong nền kinh tế số...', 'Tại sự kiện']);
  assert.deepEqual(texts('hiện đại hóa đất nước…'), ['hiện đại hóa đất nước…']);
});

test('newlines end sentences and offsets point into the input', () => {
  const text = 'Tin bài khác\nVai trò của năng lượng. Công nghệ phát thải thấp là loại công nghệ.\n\nSố hóa di sản';
  const sentences = splitSentences(text);
  assert.deepEqual(sentences.map((s) => s.text), [
    'Tin bài khác',
    'Vai trò của năng lượng.',
    'Công nghệ phát thải thấp là loại công nghệ.',
    'Số hóa di sản',
  ]);
  for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
});

test('property: sentences are trimmed, ordered, disjoint slices that cover every non-space character', () => {
  const piece = fc.constantFrom('Ông A', ' đã ký', '. ', '! ', '? ', '… ', '12.106', ' TP. ', '“', '”', '\n', 'v.v. ', 'Bộ', ' x');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 25 }), (parts) => {
      const text = parts.join('');
      const sentences = splitSentences(text);
      let last = 0;
      for (const s of sentences) {
        assert.equal(text.slice(s.start, s.end), s.text);
        assert.ok(s.start >= last && s.end > s.start);
        assert.equal(s.text, s.text.trim());
        assert.ok(!s.text.includes('\n'));
        last = s.end;
      }
      const covered = sentences.map((s) => s.text).join('').replace(/\s/g, '');
      assert.equal(covered, text.replace(/\s/g, ''));
    }),
  );
});

test('list numbers at the start of a sentence do not split it', () => {
  assert.deepEqual(texts('1. Đổi mới tư duy. 2. Hoàn thiện thể chế.'), ['1. Đổi mới tư duy.', '2. Hoàn thiện thể chế.']);
  assert.deepEqual(texts('II. Nhiệm vụ và giải pháp'), ['II. Nhiệm vụ và giải pháp']);
  assert.deepEqual(texts('Tăng trưởng đạt 8. Năm sau cao hơn.'), ['Tăng trưởng đạt 8.', 'Năm sau cao hơn.']);
});
