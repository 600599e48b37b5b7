// The reasons and warnings an upload's summary carries come from the readers and decoders, which write
// them in English for the log and the command line. The Vietnamese interface says the known ones in
// Vietnamese (the numbers and names they carry kept) and any other in general words, with the
// original in the element's title for whoever needs it.
import type { I18n } from './i18n.ts';
import { noteText } from './format.ts';

const RULES: [RegExp, string][] = [
  [/^binary file \((.+)\), not text$/u, 'tệp nhị phân ($1), không phải văn bản'],
  [/^binary data: NUL byte at offset (\d+) in a file that is not UTF-16$/u, 'dữ liệu nhị phân: có byte NUL ở vị trí $1 trong tệp không phải UTF-16'],
  [/^binary data: (\d+) control bytes in (\d+)$/u, 'dữ liệu nhị phân: $1 byte điều khiển trong $2 byte'],
  [/^file is ([\d.]+) MB, larger than the (\d+) MB limit$/u, 'tệp $1 MB, lớn hơn giới hạn $2 MB'],
  [/^no documents found$/u, 'không tìm thấy tài liệu nào trong tệp'],
  [/^line (\d+): \(json\): .*$/u, 'dòng $1: không phải JSON hợp lệ'],
  [/^line (\d+): body: record has no title, lede or body text$/u, 'dòng $1: bản ghi không có tiêu đề, sapo hay nội dung'],
  [/^line (\d+): parent: no usable record at index (\d+)$/u, 'dòng $1: trường parent trỏ tới bản ghi số $2, không dùng được'],
  [/^line (\d+): (\w+): .*$/u, 'dòng $1: trường $2 không hợp lệ'],
  [/^page has no headline line above its first paragraph$/u, 'trang không có dòng tiêu đề trước đoạn đầu tiên'],
];

/** The message in the reader's language; `general` when a Vietnamese reader gets an unknown English one. */
export function uploadMessage(i18n: I18n, message: string, general: string): string {
  if (i18n.lang === 'en' || noteText(i18n, message)) return message;
  for (const [pattern, vi] of RULES) if (pattern.test(message)) return message.replace(pattern, vi);
  return general;
}
