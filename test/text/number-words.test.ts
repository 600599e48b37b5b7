import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findSpelledNumbers, readSpelledNumber } from '../../src/text/number-words.ts';

const read = (phrase: string) => readSpelledNumber(phrase.split(' '));
const spelled = (text: string) => findSpelledNumbers(text).map((t) => [t.text, t.value]);

test('readSpelledNumber reads digits, tens, hundreds and scales', () => {
  const cases: [string, number, string | null][] = [
    ['hai', 2, null],
    ['mười', 10, null],
    ['mười hai', 12, null],
    ['mười lăm', 15, null],
    ['mười một', 11, null],
    ['hai mươi', 20, null],
    ['hai mươi mốt', 21, null],
    ['hai mươi tư', 24, null],
    ['ba mươi lăm', 35, null],
    ['năm mươi', 50, null],
    ['chín mươi chín', 99, null],
    ['hai chục', 20, null],
    ['một trăm', 100, null],
    ['một trăm linh năm', 105, null],
    ['hai trăm lẻ ba', 203, null],
    ['hai trăm năm mươi', 250, null],
    ['ba trăm rưỡi', 350, null],
    ['hai trăm ba', 230, null],
    ['hai nghìn', 2000, 'nghìn'],
    ['ba ngàn', 3000, 'ngàn'],
    ['hai nghìn ba trăm', 2300, 'nghìn'],
    ['hai nghìn ba', 2300, 'nghìn'],
    ['một triệu hai', 1.2e6, 'triệu'],
    ['hai triệu rưỡi', 2.5e6, 'triệu'],
    ['hai triệu ba trăm nghìn', 2.3e6, 'triệu'],
    ['ba trăm nghìn', 300000, 'nghìn'],
    ['hai tỷ', 2e9, 'tỷ'],
    ['ba nghìn tỷ', 3e12, 'nghìn tỷ'],
    ['hai nghìn ba trăm tỷ', 2.3e12, 'tỷ'],
  ];
  for (const [phrase, value, magnitude] of cases) {
    const n = read(phrase);
    assert.equal(n?.value, value, phrase);
    assert.equal(n?.count, phrase.split(' ').length, phrase);
    assert.equal(n?.magnitude, magnitude, phrase);
  }
});

test('readSpelledNumber leaves `năm` after a number or scale as the noun "year"', () => {
  for (const [phrase, value, count] of [
    ['mười năm', 10, 1],
    ['hai mươi năm', 20, 2],
    ['hai trăm năm', 200, 2],
    ['hai nghìn năm', 2000, 2],
  ] as const) {
    const n = read(phrase);
    assert.deepEqual([n?.value, n?.count], [value, count], phrase);
  }
  assert.equal(read('nghìn'), null);
  assert.equal(read('mươi'), null);
  assert.equal(read('kế hoạch'), null);
});

test('findSpelledNumbers finds number words before counted nouns', () => {
  assert.deepEqual(spelled('đã ban hành đồng thời hai kế hoạch lớn'), [['hai', 2]]);
  assert.deepEqual(spelled('Hai kế hoạch này'), [['Hai', 2]]);
  assert.deepEqual(spelled('cùng hai Sở Khoa học và Công nghệ'), [['hai', 2]]);
  assert.deepEqual(spelled('hệ thống thông tin của ba địa phương'), [['ba', 3]]);
  assert.deepEqual(spelled('có ba mươi lăm tỉnh'), [['ba mươi lăm', 35]]);
  assert.deepEqual(spelled('Năm mươi người'), [['Năm mươi', 50]]);
  assert.deepEqual(spelled('khoảng năm phần trăm dân số').map(([t]) => t), ['năm phần trăm']);
  const [num, den] = findSpelledNumbers('hơn hai phần ba số đại biểu');
  assert.deepEqual([num?.value, den?.value], [2, 3]);
});

test('`một` is a number only with a scale, a percent or a fraction', () => {
  assert.deepEqual(spelled('một triệu người'), [['một triệu', 1e6]]);
  assert.deepEqual(spelled('một trăm doanh nghiệp'), [['một trăm', 100]]);
  assert.deepEqual(spelled('mười một tỉnh'), [['mười một', 11]]);
  for (const text of ['một số doanh nghiệp', 'một trong những', 'một cách thực chất', 'là một Nghị quyết', 'một nguồn nhân lực mới', 'một lượng lớn lao động']) {
    assert.deepEqual(spelled(text), [], text);
  }
});

test('`năm` is five only before a scale word or a counted noun, never as "year"', () => {
  assert.deepEqual(spelled('triển khai năm nhiệm vụ trọng tâm'), [['năm', 5]]);
  assert.deepEqual(spelled('có năm tỉnh tham gia'), [['năm', 5]]);
  assert.deepEqual(spelled('năm trăm doanh nghiệp'), [['năm trăm', 500]]);
  for (const text of [
    'năm 2025', 'năm nay', 'năm qua', 'năm tới', 'năm học mới', 'năm tài chính', 'năm ngoái', 'năm mới',
    'trong năm đầu tiên', 'hằng năm người dân', 'mỗi năm lần', 'năm Ất Tỵ', 'cuối năm người lao động',
    'tháng năm', 'năm hai nghìn', 'năm tháng',
  ]) {
    assert.deepEqual(spelled(text), [], text);
  }
});

test('ordinals, names, kinship and set phrases are not numbers', () => {
  for (const text of [
    'thứ hai tuần sau', 'thứ ba', 'ngày thứ Ba', 'lần thứ hai', 'phiên thứ ba', 'tháng ba', 'giai đoạn hai của dự án',
    'trường cấp ba', 'đạt giải ba', 'lần hai', 'Hai Bà Trưng', 'quận Ba Đình', 'huyện Ba Vì', 'Ba Na Hills',
    'Ba Lan và Việt Nam', 'ông Sáu Dân', 'anh Hai', 'chị Ba nói', 'ba mẹ tôi', 'Ba mẹ luôn', 'ba lô', 'ba phải',
    'con dao hai lưỡi', 'tám chuyện', 'chín muồi', 'nấu chín thịt', 'quả chín cây', 'bốn phương', 'hai lúa',
    'hai ba ngày', 'vài ba người', 'dăm ba câu', 'đôi ba lần', 'một hai người', 'HAI KẾ HOẠCH',
  ]) {
    assert.deepEqual(spelled(text), [], text);
  }
});

test('numerals are not touched, and the words inside other words are not numbers', () => {
  for (const text of ['có 12 trạm', 'bản đồ số', 'khai báo', 'Hải Phòng', 'tháng bảy', 'haiku', 'mai sau', 'banh', 'chính phủ']) {
    assert.deepEqual(spelled(text), [], text);
  }
});

test('findSpelledNumbers returns faithful, ordered, non-overlapping slices of any text', () => {
  const words = ['hai', 'ba', 'năm', 'một', 'mươi', 'mười', 'trăm', 'nghìn', 'triệu', 'rưỡi', 'người', 'tỉnh', 'phần', 'trăm', 'Hai', 'Ba', ',', '.', '2025', 'thứ', 'lăm'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...words), { maxLength: 12 }), (ws) => {
      const text = ws.join(' ');
      let last = -1;
      for (const t of findSpelledNumbers(text)) {
        assert.equal(text.slice(t.start, t.end), t.text);
        assert.ok(t.start >= last);
        assert.ok(Number.isFinite(t.value) && t.value > 0);
        last = t.end;
      }
    }),
  );
});
