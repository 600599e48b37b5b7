// Positions, ranks and academic titles written before a Vietnamese name, and the honorifics that
// introduce a name without being a title. Listed with their capitals: a title only counts when
// written as one (`Thủ tướng Phạm Minh Chính`), so lowercase `thủ tướng` in running prose is ignored.
import { PhraseIndex } from './phrase-index.ts';

const POSITIONS = [
  'Tổng Bí thư', 'Chủ tịch nước', 'Phó Chủ tịch nước', 'Thủ tướng', 'Thủ tướng Chính phủ',
  'Phó Thủ tướng', 'Phó Thủ tướng Thường trực', 'Phó Thủ tướng Chính phủ', 'Chủ tịch Quốc hội',
  'Phó Chủ tịch Quốc hội', 'Phó Chủ tịch Thường trực Quốc hội', 'Thường trực Ban Bí thư',
  'Ủy viên Bộ Chính trị', 'Ủy viên Ban Bí thư', 'Bí thư Trung ương Đảng', 'Ủy viên Trung ương Đảng',
  'Ủy viên dự khuyết Trung ương Đảng', 'Bộ trưởng', 'Thứ trưởng', 'Thứ trưởng Thường trực', 'Chủ tịch',
  'Phó Chủ tịch', 'Phó Chủ tịch Thường trực', 'Bí thư', 'Phó Bí thư', 'Phó Bí thư Thường trực',
  'Giám đốc', 'Phó Giám đốc', 'Tổng Giám đốc', 'Phó Tổng Giám đốc', 'Giám đốc điều hành', 'Trưởng Ban',
  'Trưởng ban', 'Phó Trưởng Ban', 'Phó Trưởng ban', 'Trưởng phòng', 'Phó Trưởng phòng', 'Viện trưởng',
  'Phó Viện trưởng', 'Hiệu trưởng', 'Phó Hiệu trưởng', 'Cục trưởng', 'Phó Cục trưởng', 'Vụ trưởng',
  'Phó Vụ trưởng', 'Tổng cục trưởng', 'Chánh Văn phòng', 'Phó Chánh Văn phòng', 'Tổng Thư ký',
  'Tổng thư ký', 'Chủ nhiệm', 'Phó Chủ nhiệm', 'Tổng Biên tập', 'Tổng biên tập', 'Đại sứ', 'Đại biểu',
  'Trưởng đoàn', 'Trưởng Đại diện', 'Trưởng đại diện', 'Chủ tịch HĐQT', 'Chủ tịch Hội đồng quản trị',
  'Chủ tịch Hội đồng Quản trị', 'Nhà sáng lập', 'Người sáng lập', 'Đồng sáng lập', 'Founder', 'CEO', 'CTO',
  // Foreign leaders and officials, as world news writes them.
  'Tổng thống', 'Phó Tổng thống', 'Quốc vương', 'Nhà vua', 'Nữ hoàng', 'Hoàng tử', 'Công chúa', 'Ngoại trưởng',
  'Thị trưởng', 'Thống đốc', 'Phó Thống đốc', 'Thượng nghị sĩ', 'Hạ nghị sĩ', 'Nghị sĩ', 'Tổng Lãnh sự', 'Lãnh sự',
  'Giáo hoàng', 'Tổng thư ký', 'Chủ tịch nước', 'Quyền Chủ tịch', 'Quyền Giám đốc',
  // Sport, arts and ranks below colonel.
  'Cầu thủ', 'Huấn luyện viên', 'HLV', 'Vận động viên', 'VĐV', 'Ca sĩ', 'Diễn viên', 'Đạo diễn', 'Nhạc sĩ', 'Họa sĩ',
  'Nhà thơ', 'Nhà văn', 'Trung tá', 'Thiếu tá', 'Đại úy', 'Thượng úy', 'Trung úy', 'Thiếu úy',
  'Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tá', 'Thượng tá', 'Luật sư', 'Bác sĩ',
  'Kỹ sư', 'Nhà báo', 'Nhà nghiên cứu', 'Chuyên gia', 'NSND', 'NSƯT', 'Nghệ sĩ', 'Giáo sư', 'Phó Giáo sư',
  'Tiến sĩ', 'Thạc sĩ', 'GS', 'PGS', 'TS', 'ThS', 'TSKH', 'KS', 'BS', 'GS.TS', 'GS.TSKH', 'PGS.TS',
  'PGS.TSKH', 'GS. TS', 'PGS. TS', 'TS.', 'ThS.', 'GS.', 'PGS.', 'Ts.', 'Ths.',
  // Professions are often written in lower case before a name (`theo bác sĩ Nguyễn Văn A`).
  'bác sĩ', 'kỹ sư', 'luật sư', 'nhà báo', 'tiến sĩ', 'thạc sĩ', 'giáo sư', 'nghệ sĩ', 'nhà văn',
];

/** Introduce a name but say nothing about a position: the person's title stays null. */
const HONORIFICS = ['ông', 'bà', 'anh', 'chị', 'đồng chí', 'em', 'cô', 'chú'];

export type Introducer = { kind: 'title'; text: string } | { kind: 'honorific'; text: string };

let cached: PhraseIndex<Introducer> | null = null;

export function introducerIndex(): PhraseIndex<Introducer> {
  if (cached) return cached;
  const index = new PhraseIndex<Introducer>();
  for (const p of POSITIONS) index.add(p, { kind: 'title', text: p });
  for (const h of HONORIFICS) index.add(h, { kind: 'honorific', text: h });
  cached = index;
  return index;
}

/** Honorifics after which a single given name is still read as a person (`ông Bình cho biết`). */
export const SINGLE_NAME_HONORIFICS = new Set(['ông', 'bà']);
/** Honorifics that are also everyday words: only a surname-led name may follow them. */
export const WEAK_HONORIFICS = new Set(['anh', 'chị', 'em', 'cô', 'chú']);
