import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findNumbers, parseVietnameseNumber } from '../../src/text/numbers.ts';

test('parseVietnameseNumber reads thousands dots and decimal commas', () => {
  const cases: [string, number][] = [
    ['12.106', 12106],
    ['2,3', 2.3],
    ['700.000', 700000],
    ['90,70', 90.7],
    ['1.234.567,89', 1234567.89],
    ['277', 277],
    ['0,5', 0.5],
    ['90.70', 90.7],
    ['4.5', 4.5],
    [' 858 ', 858],
  ];
  for (const [s, v] of cases) assert.equal(parseVietnameseNumber(s), v, s);
});

test('parseVietnameseNumber rejects malformed numerals', () => {
  for (const s of ['', ' ', '1.23.4', '1,234,567', '1.234.56', '12.', ',5', 'abc', '1..2', '1.2345.678', '5G', '-']) {
    assert.equal(parseVietnameseNumber(s), null, JSON.stringify(s));
  }
});

const values = (text: string) => findNumbers(text).map((t) => t.value);

test('findNumbers applies magnitude words, alone and combined', () => {
  const cases: [string, number][] = [
    ['cần 700 nghìn lao động', 700e3],
    ['khoảng 5 ngàn người', 5e3],
    ['vốn 2,5 triệu USD', 2.5e6],
    ['đầu tư 12 tỷ đồng', 12e9],
    ['đầu tư 12 tỉ đồng', 12e9],
    ['khoảng 2,3 triệu tỷ đồng', 2.3e15],
    ['quy mô 1.000 nghìn tỷ đồng', 1e15],
  ];
  for (const [text, v] of cases) assert.deepEqual(values(text), [v], text);
  const [t] = findNumbers('khoảng 2,3 triệu tỷ đồng');
  assert.equal(t?.magnitude, 'triệu tỷ');
  assert.equal(t?.text, '2,3 triệu tỷ');
});

test('tỷ lệ, tỷ trọng and tỷ giá are not magnitudes', () => {
  const [t] = findNumbers('nhóm 5 tỷ lệ cao');
  assert.equal(t?.value, 5);
  assert.equal(t?.magnitude, null);
});

test('findNumbers flags percent written as %, with a space, or as phần trăm', () => {
  for (const text of ['phủ sóng hơn 26% dân số', '(90,70%)', '(90.70%)', 'tăng 8 % so với', 'tăng 8 phần trăm']) {
    const tokens = findNumbers(text);
    assert.equal(tokens.length, 1, text);
    assert.equal(tokens[0]?.percent, true, text);
  }
  assert.equal(findNumbers('(90.70%)')[0]?.value, 90.7);
  assert.equal(findNumbers('(90,70%)')[0]?.value, 90.7);
  assert.equal(findNumbers('12.106 trạm')[0]?.percent, false);
});

test('offsets and text point into the input', () => {
  const text = 'Về hạ tầng số, đã có 12.106 trạm 5G, phủ sóng hơn 26% dân số, vốn 2,3 triệu tỷ đồng.';
  for (const t of findNumbers(text)) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(values(text), [12106, 26, 2.3e15]);
});

test('ranges give two tokens sharing the unit', () => {
  for (const text of ['tăng 16-18%', 'tăng 16–18%', 'từ 16 đến 18%', 'tăng 16 - 18%']) {
    const tokens = findNumbers(text);
    assert.deepEqual(tokens.map((t) => [t.value, t.percent]), [[16, true], [18, true]], text);
  }
  assert.deepEqual(values('khoảng 2-3 triệu người'), [2e6, 3e6]);
});

test('ratios give numerator and denominator as adjacent tokens', () => {
  const text = 'với 429/434 đại biểu tham dự';
  const tokens = findNumbers(text);
  assert.deepEqual(tokens.map((t) => t.value), [429, 434]);
  assert.equal(text.slice(tokens[0]?.end, tokens[1]?.start), '/');
});

test('dates are not numbers', () => {
  for (const text of [
    'Sáng 2/7, tại Hà Nội',
    '02/07/2025 17:12',
    'từ ngày 1/7/2025',
    'Ngày 7/5/ tại Hà Nội',
    'ngày 22 tháng 12 năm 2024',
    'trong quý II/2025',
    'trong quý 2/2025',
    'từ tháng 4-2016',
    'tháng 12/2024',
    'giai đoạn 2021-2025',
    'ngày 24-25/12',
    'Chiều ngày 10/12/2025',
    'mùng 5 Tết',
  ]) {
    assert.deepEqual(findNumbers(text), [], text);
  }
});

test('times are not numbers', () => {
  for (const text of ['02/07/2025 17:12', 'lúc 8h30 sáng', 'từ 08:30 đến 17:00', 'lúc 8 giờ 30 phút', 'lúc 9h']) {
    assert.deepEqual(findNumbers(text), [], text);
  }
});

test('document numbers and identifiers are not numbers', () => {
  for (const text of [
    'Nghị quyết số 57-NQ/TW',
    'Quyết định số 759/QĐ-TTg ngày 14/4/2025',
    'Nghị định 13/2023/NĐ-CP',
    'Nghị quyết 93/2025/QH15',
    'Điểm mới của Nghị định 308 là',
    'Kế hoạch hành động (Kế hoạch số 01) và Kế hoạch số 02-KH/BCĐTW',
    'tại kỳ họp thứ 10, Quốc hội khóa XV',
    'Chương trình số 07 của Thành ủy',
    'theo Điều 5 của luật',
    'khoản 2 Điều 3',
    'Realme sẽ giới thiệu Narzo 90 series',
    'mạng 5G và 4G',
    'nhân lực cho cách mạng công nghiệp 4.0',
    'dịch COVID-19',
    'Kế hoạch 01 của Ban',
  ]) {
    assert.deepEqual(findNumbers(text), [], text);
  }
});

test('phone numbers are not numbers', () => {
  for (const text of [
    'gọi 0912 345 678 để',
    'điện thoại 024.3822.1234',
    'đường dây nóng 1900 1234',
    'số +84 912 345 678',
    'số (024) 3822 1234',
    'số 0912345678',
  ]) {
    assert.deepEqual(findNumbers(text), [], text);
  }
});

test('years standing as years are not numbers', () => {
  for (const text of ['Năm 2025, với vai trò', 'đến năm 2030', 'mục tiêu đến 2030', 'Smart City Asia 2025']) {
    assert.deepEqual(findNumbers(text), [], text);
  }
});

test('counts next to excluded numbers survive', () => {
  assert.deepEqual(values('Ngày 7/5, 5 học viện đã ký'), [5]);
  assert.deepEqual(values('năm 2025 có 34 tỉnh, thành phố'), [34]);
  assert.deepEqual(values('tăng trưởng GDP 8% năm 2025'), [8]);
  assert.deepEqual(values('tổng số 500 doanh nghiệp'), [500]);
  assert.deepEqual(values('pin 7.000mAh và camera 50MP, sạc 60W'), [7000, 50, 60]);
  assert.deepEqual(values('trong 6 tháng đầu năm'), [6]);
  assert.deepEqual(values('kế hoạch 5 năm'), [5]);
});

// Writes a non-negative number the Vietnamese way: thousands dots, decimal comma.
function vietnamese(intPart: bigint, fraction: string): string {
  const digits = intPart.toString();
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction ? `${grouped},${fraction}` : grouped;
}

test('property: numbers written in Vietnamese notation parse back to their value', () => {
  fc.assert(
    fc.property(
      fc.bigInt({ min: 0n, max: 10n ** 15n }),
      fc.stringMatching(/^\d{0,4}$/),
      (intPart, fraction) => {
        const expected = Number(`${intPart}${fraction ? `.${fraction}` : ''}`);
        assert.equal(parseVietnameseNumber(vietnamese(intPart, fraction)), expected);
      },
    ),
  );
});

test('property: the vi-VN formatter agrees with the parser', () => {
  const fmt = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
  fc.assert(
    fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), (x) => {
      const written = fmt.format(x);
      const rounded = Number(fmt.format(x).replace(/\./g, '').replace(',', '.'));
      assert.equal(parseVietnameseNumber(written), rounded, written);
    }),
  );
});

test('property: a number in a sentence is found once, with its value and offsets', () => {
  fc.assert(
    fc.property(
      fc.bigInt({ min: 1n, max: 10n ** 12n }),
      fc.stringMatching(/^\d{0,2}$/),
      fc.constantFrom('', '%', ' triệu', ' tỷ'),
      (intPart, fraction, suffix) => {
        const numeral = vietnamese(intPart, fraction);
        // Bare four-digit numbers read as years and leading zeros as identifiers: skip those shapes.
        fc.pre(!/^\d{4}$/.test(numeral));
        const text = `Theo báo cáo, đã có ${numeral}${suffix} doanh nghiệp tham gia.`;
        const tokens = findNumbers(text);
        assert.equal(tokens.length, 1, text);
        const t = tokens[0]!;
        assert.equal(text.slice(t.start, t.end), t.text);
        assert.ok(t.text.startsWith(numeral));
        const base = Number(`${intPart}${fraction ? `.${fraction}` : ''}`);
        const factor = suffix === ' triệu' ? 1e6 : suffix === ' tỷ' ? 1e9 : 1;
        assert.ok(Math.abs(t.value - base * factor) <= 1e-9 * base * factor, text);
        assert.equal(t.percent, suffix === '%');
      },
    ),
  );
});

const noisy = fc
  .array(
    fc.constantFrom(
      ...'0123456789 .,/-–%:()“”'.split(''),
      ' triệu', ' tỷ', ' nghìn', ' năm ', ' ngày ', ' tháng ', 'Nghị định ', ' số ', 'h', 'G', ' người', 'QĐ-TTg', '+84 ',
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

test('property: tokens are ordered, disjoint, well-formed slices of any input', () => {
  fc.assert(
    fc.property(fc.oneof(noisy, fc.string()), (text) => {
      let last = 0;
      for (const t of findNumbers(text)) {
        assert.equal(text.slice(t.start, t.end), t.text);
        assert.ok(t.start >= last && t.end > t.start, JSON.stringify(text));
        assert.ok(Number.isFinite(t.value) && t.value >= 0);
        assert.ok(/^\d/.test(t.text));
        last = t.end;
      }
    }),
    { numRuns: 1000 },
  );
});
