import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findQuantities } from '../../src/extract/quantities.ts';

// Writes a non-negative integer the Vietnamese way, with thousands dots.
const vietnamese = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

const qualifiers = [
  ['', 'exact'],
  ['hơn ', 'more_than'],
  ['trên ', 'more_than'],
  ['khoảng ', 'about'],
  ['gần ', 'about'],
  ['ít nhất ', 'at_least'],
  ['tối đa ', 'up_to'],
  ['dưới ', 'less_than'],
] as const;
const nouns = ['doanh nghiệp', 'trạm 5G', 'chuyên gia', 'nhân sự', 'đại biểu', 'học viện', 'sinh viên'];
const tails = ['.', ', tăng mạnh.', ' được triển khai.', ' tham gia chương trình.', ' và nhiều đơn vị khác.'];

test('property: a generated count is found with its value, qualifier, unit and exact span', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 10_000_000 }).filter((n) => n < 1900 || n > 2100),
      fc.constantFrom(...qualifiers),
      fc.constantFrom(...nouns),
      fc.constantFrom(...tails),
      fc.constantFrom('Báo cáo cho biết có ', 'Tính đến nay, ', 'Trong tháng 5, cả nước ghi nhận '),
      (n, [qword, qualifier], noun, tail, lead) => {
        const quantity = `${qword}${vietnamese(n)} ${noun}`;
        const text = `${lead}${quantity}${tail}`;
        const found = findQuantities(text);
        assert.equal(found.length, 1, text);
        const q = found[0]!;
        assert.equal(q.value, n);
        assert.equal(q.qualifier, qualifier);
        assert.equal(q.unit, noun);
        assert.equal(q.text, quantity);
        assert.equal(q.start, lead.length);
        assert.equal(q.stance, 'reported');
      },
    ),
  );
});

test('property: a generated percentage or range keeps both ends and the % unit', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 1, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
      fc.constantFrom('-', '–', ' - ', ' đến '),
      (a, span, cents, dash) => {
        const low = `${a},${String(cents).padStart(2, '0')}`;
        const highValue = a + span;
        const text = `Mục tiêu tăng trưởng ${low}${dash}${highValue}% trong năm tới.`;
        const q = findQuantities(text)[0]!;
        assert.equal(q.qualifier, 'range', text);
        assert.equal(q.value, Number(`${a}.${String(cents).padStart(2, '0')}`));
        assert.equal(q.valueMax, highValue);
        assert.equal(q.unit, '%');
        assert.equal(q.stance, 'target');
      },
    ),
  );
});

test('property: every quantity of arbitrary text is a well-formed slice', () => {
  const piece = fc.constantFrom(
    '12.106', ' trạm', ' 5G', ' hơn ', '26%', ' dân số', '429/434', ' đại biểu', '2/7', ' năm 2025', '. ',
    ' Nghị định 308', ' triệu tỷ đồng', '-', ' từ ', ' đến ', '“', '”', ' 0912 345 678', ' 17:12', ' trở lên',
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
      const text = parts.join('');
      for (const q of findQuantities(text)) {
        assert.equal(text.slice(q.start, q.end), q.text);
        assert.ok(q.start < q.end);
        assert.ok(q.valueMax === null || q.valueMax > q.value);
        assert.ok(q.confidence > 0 && q.confidence <= 1);
      }
    }),
    { numRuns: 1000 },
  );
});
