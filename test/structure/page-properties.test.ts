// Properties of the page reader on pages assembled at random from the kinds of lines real dumps hold:
// it never invents text, never loses the lede, and fails only with a StructureError naming the input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { structureText, StructureError } from '../../src/structure/index.ts';

const LINES = [
  'Cà Mau đưa 120 điểm truy cập Internet miễn phí về các xã ven biển',
  'Sau ba tháng triển khai, tỉnh đã lắp đặt 120 điểm phát Wi-Fi miễn phí tại trụ sở xã và chợ ven biển.',
  'Theo Sở Khoa học và Công nghệ, mỗi điểm phát phục vụ khoảng 200 người dùng cùng lúc, tốc độ trung bình 50 Mb/giây.',
  'Bà Lê Thị Thu, tiểu thương ở chợ Rạch Gốc, cho biết bà nhận đơn đặt hàng qua mạng xã hội mỗi ngày',
  '20/11/2025 07:45',
  'Thứ Bảy, ngày 3 tháng 2 năm 2018',
  'K.H - 20/11/2025 07:45',
  'Xã hội',
  'Trang chủ > Xã hội > Chuyển đổi số',
  '![]() |',
  '.png)',
  'anh-minh-hoa.jpg',
  'Người dân tra cứu thủ tục tại điểm phát Wi-Fi. Ảnh: Minh Khoa',
  'Ông Nguyễn Văn Hải, Phó Giám đốc Sở Khoa học và Công nghệ',
  'Tin liên quan',
  'Xem thêm: Bạc Liêu phủ sóng 5G các khu công nghiệp',
  'Theo dõi Báo Cà Mau trên Google News',
  'Hotline: 0290.3838.123',
  '------o0o------',
  'Minh Khoa',
  'Theo TTXVN',
  'Kinh tế Cà Mau đưa Internet về xã Trong ba tháng qua, tỉnh Cà Mau đã lắp đặt 120 điểm phát Wi-Fi miễn phí tại trụ sở xã và chợ.',
  'Một số kết quả chuyển đổi số của tỉnh Cà Mau.',
  'CHÀO MỪNG ĐẠI HỘI ĐẢNG BỘ TỈNH',
  '',
  '',
];

test('the page reader only returns text it was given, and keeps the lede', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 40 }), (lines) => {
      const text = lines.join('\n');
      let result;
      try {
        result = structureText({ origin: 'random.txt', text, encoding: 'utf-8', encodingEvidence: 'detected' }, { format: 'page' });
      } catch (err) {
        assert.ok(err instanceof StructureError, String(err));
        assert.match((err as Error).message, /random\.txt/);
        return;
      }
      const source = text;
      for (const doc of result.documents) {
        for (const part of [doc.title, doc.lede, ...doc.body, ...doc.captions.map((c) => c.text)]) {
          if (part) assert.ok(source.includes(part), `invented text: ${part}`);
        }
      }
      assert.ok(result.documents[0]?.lede, 'the article has a lede');
    }),
    { numRuns: 400, seed: 57 },
  );
});
