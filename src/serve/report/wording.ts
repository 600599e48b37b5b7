// The fixed words of a report, shared by every format so that the DOCX, the XLSX and the PDF name
// things the same way.
import type { ReportSource } from '../../track/report/report-data.ts';
import { formatDate } from '../../track/report/format.ts';

export const NATIONAL_HEADING = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'] as const;

/** Who issues it: the monitoring system, not an agency (the report says so at its end). */
export const ISSUER = ['RADAR 57', 'HỆ THỐNG THEO DÕI NGHỊ QUYẾT 57-NQ/TW'] as const;

export const SECTION_TITLES = [
  'I. TÌNH HÌNH CHUNG',
  'II. KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU',
  'III. NHIỆM VỤ ĐẾN HẠN VÀ QUÁ HẠN',
  'IV. SỐ LIỆU MÂU THUẪN CẦN XÁC MINH',
  'V. VĂN BẢN MỚI BAN HÀNH TRONG KỲ',
  'VI. NGUỒN SỐ LIỆU',
] as const;

export const DISCLAIMER =
  'Báo cáo do Radar 57 lập tự động từ nguồn tin công khai; mỗi con số dẫn nguồn theo số thứ tự trong mục VI. ' +
  'Đây không phải văn bản hành chính của cơ quan nhà nước; số liệu cần được đối chiếu với báo cáo chính thức trước khi sử dụng.';

/** `Tiêu đề — trang, ngày 02/07/2025 (gói chương trình)`: one source, as its list entry begins. */
export function sourceLine(s: ReportSource): string {
  const parts = [s.title];
  if (s.site) parts.push(s.site);
  if (s.date) parts.push(`ngày ${formatDate(s.date)}`);
  const line = parts.join(', ') + (s.note ? `. Ghi chú: ${s.note}` : '');
  return /[.!?]$/.test(line) ? line : `${line}.`;
}

/** `Hoàn thành đúng hạn`: a label at the start of a cell. */
export function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}
