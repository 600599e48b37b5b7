// Laws named without a number: where the name starts and ends.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findLawNames } from '../../src/extract/legal/law-names.ts';

const names = (text: string): string[] => findLawNames(text).map((l) => l.name);

test('a law name ends at a function word, punctuation or a bracket that is not `(sửa đổi)`', () => {
  assert.deepEqual(names('Quốc hội thông qua Luật Trí tuệ nhân tạo (AI) với 429/434 đại biểu'), ['Luật Trí tuệ nhân tạo']);
  assert.deepEqual(names('Cần thiết ban hành Luật Công nghiệp công nghệ số nhằm thể chế hóa'), ['Luật Công nghiệp công nghệ số']);
  assert.deepEqual(names('đã thông qua Luật Công nghệ cao (sửa đổi).'), ['Luật Công nghệ cao (sửa đổi)']);
  assert.deepEqual(names('Luật Trí tuệ nhân tạo, đạo luật đầu tiên của Việt Nam'), ['Luật Trí tuệ nhân tạo']);
});

test('commas inside enumerating names are kept; a list of laws is split', () => {
  assert.deepEqual(
    names('các dự án Luật Nhà giáo, Luật Khoa học, công nghệ và đổi mới sáng tạo, Luật Năng lượng nguyên tử (sửa đổi).'),
    ['Luật Nhà giáo', 'Luật Khoa học, công nghệ và đổi mới sáng tạo', 'Luật Năng lượng nguyên tử (sửa đổi)'],
  );
  assert.deepEqual(names('Luật Khoa học, Công nghệ và Đổi mới sáng tạo nhằm thúc đẩy'), ['Luật Khoa học, Công nghệ và Đổi mới sáng tạo']);
  assert.deepEqual(names('theo Luật Đầu tư, Luật Đầu tư công) cho'), ['Luật Đầu tư', 'Luật Đầu tư công']);
  assert.deepEqual(names('theo Luật Đầu tư, các doanh nghiệp'), ['Luật Đầu tư']);
});

test('fixed collocations inside names: `phòng, chống`, `pháp luật`; two-word verbs end them', () => {
  assert.deepEqual(names('Luật Phòng, chống tham nhũng quy định rõ'), ['Luật Phòng, chống tham nhũng']);
  assert.deepEqual(names('Luật Ban hành văn bản quy phạm pháp luật năm 2025'), ['Luật Ban hành văn bản quy phạm pháp luật']);
  assert.deepEqual(names('Luật Đất đai 2024 có hiệu lực'), ['Luật Đất đai']);
});

test('an amending law is one name that includes the law it amends', () => {
  assert.deepEqual(
    names('Luật sửa đổi, bổ sung một số điều của Luật Chuyển giao công nghệ hướng tới mục tiêu'),
    ['Luật sửa đổi, bổ sung một số điều của Luật Chuyển giao công nghệ'],
  );
  assert.deepEqual(
    names('Luật sửa đổi, bổ sung một số điều của Luật Chất lượng sản phẩm, hàng hóa, Luật Năng lượng'),
    ['Luật sửa đổi, bổ sung một số điều của Luật Chất lượng sản phẩm, hàng hóa', 'Luật Năng lượng'],
  );
});

test('`Bộ luật` names are codes', () => {
  assert.deepEqual(findLawNames('theo Bộ luật Hình sự năm 2015').map((l) => [l.name, l.type]), [['Bộ luật Hình sự', 'Bộ luật']]);
});

test('not law names: the common noun, lawyers, law schools, pronoun phrases', () => {
  for (const text of ['luật Đất đai', 'Luật sư Nguyễn Văn A', 'Trường Đại học Luật Hà Nội', 'Công ty Luật ABC', 'Cử nhân Luật Kinh tế', 'Luật Việt Nam quy định', 'Luật này có hiệu lực', 'hoàn thiện pháp luật']) {
    assert.deepEqual(names(text), [], text);
  }
});
