// Numbers that look like dates but are not: document ids, ratios, vote counts, times, versions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateCandidates } from '../../src/extract/dates.ts';
import type { ExtractContext } from '../../src/extract/facts.ts';

const CTX: ExtractContext = { published: '2025-07-02', dateHint: null, collectionYear: null };

const NOT_DATES = [
  'Nghị quyết 57-NQ/TW', 'Quyết định số 759/QĐ-TTg', 'Nghị định 13/2023/NĐ-CP', 'Luật số 93/2025/QH15',
  'Kế hoạch 02-KH/BCĐTW', 'Thông tư 13/2025/TT-BKHCN', 'Tờ trình 04/TTr-BKHCN-BTTTT',
  'với 429/434 đại biểu tham dự', '437/441 đại biểu có mặt', 'chiếm 1/3 dân số', '2/3 đại biểu tán thành',
  'hoạt động 24/7', 'lúc 17:12', 'phiên bản 2.1', 'tỷ số 2/1', 'đạt 9/10 điểm', '1/5 thời gian',
  'mạng 4/5G', 'hoàn thành 10/10 tiêu chí nông thôn mới', '12/12 bộ ngành đã kết nối', 'vào vòng 1/8.', 'Windows 10/11 và iOS 18', 'Điều 5/2', 'trong 7 tháng', 'tháng 13', '192.168.1.1', 'hẻm 12/3 đường Lê Lợi', 'năm học 2024-2025', 'mỗi tháng 3 triệu đồng', 'hằng tháng 2 lần',
];

for (const text of NOT_DATES) {
  test(`not a date: ${text}`, () => {
    assert.deepEqual(dateCandidates(text, CTX).map((c) => text.slice(c.start, c.end)), []);
  });
}
