// Word lists for reading organisation names off running text. Vietnamese official names mix
// capitalised and lowercase syllables (`Viện Hàn lâm Khoa học xã hội Việt Nam`, `Học viện Kỹ thuật
// mật mã`), so case alone cannot say where a name ends: these lists do.
import { PhraseIndex } from './phrase-index.ts';
import type { OrgType } from '../gazetteer/organizations.ts';

/** Lowercase syllables that occur inside official names (nouns and name-forming adjectives, no verbs). */
export const NAME_INNER_WORDS = new Set(
  (
    'và xã hội quốc gia nhân dân tối cao mật mã kỹ thuật công nghệ khoa học thông tin truyền dữ liệu số ' +
    'đổi mới sáng tạo chuyển điện tử viễn kinh tế tài chính ngân hàng thương mại cổ phần trách nhiệm hữu ' +
    'hạn môi trường nông nghiệp lâm thủy sản y dược giáo dục đào nghiên cứu chiến lược quản lý hành an ninh ' +
    'mạng năng lượng hạt bán dẫn vi mạch trí tuệ nhân tạo đại đẳng bách khoa ngoại ngữ sư phạm tỉnh thành phố ' +
    'đô thị thông minh cộng đồng xây dựng vận tải giao du lịch văn hóa thể thao chất tiêu chuẩn đo ' +
    'lường sở doanh nghiệp nhỏ vừa tự động vật liệu sinh học thực phẩm quân đội viễn thông bưu chính trung ' +
    'ương hợp tác quốc tế khởi nghiệp hỗ trợ ứng dụng triển lãm hội chợ'
  ).split(' '),
);

/**
 * Words after which a name has certainly ended: auxiliaries, prepositions, conjunctions, and the
 * first syllables of news verbs that never occur inside names (`ký`, `phối hợp`, `triển khai`).
 */
export const NAME_ENDERS = new Set(
  (
    'đã sẽ vừa đang được bị cho có là của tại với trong cũng thì mà về từ để do theo khi nay này đó ' +
    'cùng các những nhiều đều vẫn còn không chưa rất đến như sau trước năm ngày ký phối ra khai chủ ' +
    'tham phát triển yêu đề nhận kêu ban tiếp đưa mở trao giới chia khẳng nhấn cam đạt dự đánh hoàn ' +
    'tổ giành lên xuống tăng giảm vượt vào'
  ).split(' '),
);

/** Phrases that start something else (events, documents, times): a name stops before them. */
const BREAKERS = [
  'Hội nghị', 'Hội thảo', 'Diễn đàn', 'Chương trình', 'Kế hoạch', 'Nghị quyết', 'Luật', 'Quyết định',
  'Nghị định', 'Thông tư', 'Chỉ thị', 'Chiến dịch', 'Phong trào', 'Cuộc thi', 'Đề án', 'Ngày hội',
  'Tuần lễ', 'Tọa đàm', 'Lễ', 'Giải thưởng', 'Sáng', 'Chiều', 'Tối', 'Theo', 'Tại', 'Ông', 'Bà',
];

let breakers: PhraseIndex<true> | null = null;

export function breakerIndex(): PhraseIndex<true> {
  if (breakers) return breakers;
  breakers = new PhraseIndex<true>();
  for (const b of BREAKERS) breakers.add(b, true);
  return breakers;
}

export interface OrgHead {
  canonical: string;
  orgType: OrgType;
  /** The next token must be capitalised: `Viện Hàn lâm`, not `Viện dẫn`. */
  needsCapitalAfter: boolean;
  /** Only a name when a place follows (`UBND tỉnh Điện Biên`); alone it is a generic reference. */
  needsPlace: boolean;
  /** Schools are often named after people (`Trường THPT Chuyên Lê Hồng Phong`): a family name does not end them. */
  namedAfterPeople: boolean;
}

const head = (canonical: string, orgType: OrgType, needsCapitalAfter = true, needsPlace = false): OrgHead => ({
  canonical,
  orgType,
  needsCapitalAfter,
  needsPlace,
  namedAfterPeople: /^(Trường|Đại học|Học viện)/u.test(canonical),
});

/** Generic heads, written with their capitals; the canonical form expands abbreviations. */
const HEADS: ReadonlyArray<[string, OrgHead]> = [
  ['Trường Đại học', head('Trường Đại học', 'university')],
  ['Trường đại học', head('Trường Đại học', 'university')],
  ['Trường ĐH', head('Trường Đại học', 'university')],
  ['Đại học', head('Đại học', 'university')],
  ['ĐH', head('Đại học', 'university')],
  ['Học viện', head('Học viện', 'university')],
  ['Trường Cao đẳng', head('Trường Cao đẳng', 'university')],
  ['Trường cao đẳng', head('Trường Cao đẳng', 'university')],
  ['Trường THPT', head('Trường THPT', 'other')],
  ['Trường THCS', head('Trường THCS', 'other')],
  ['Trường Tiểu học', head('Trường Tiểu học', 'other')],
  ['Bệnh viện', head('Bệnh viện', 'other')],
  ['Viện', head('Viện', 'institute')],
  ['Tập đoàn', head('Tập đoàn', 'company')],
  ['Tổng công ty', head('Tổng công ty', 'company')],
  ['Công ty', head('Công ty', 'company')],
  ['Ngân hàng', head('Ngân hàng', 'company')],
  ['Trung tâm', head('Trung tâm', 'other', false)],
  ['Hiệp hội', head('Hiệp hội', 'other')],
  ['Hội', head('Hội', 'other')],
  ['Quỹ', head('Quỹ', 'other')],
  ['Cục', head('Cục', 'state')],
  ['Tổng cục', head('Tổng cục', 'state')],
  ['Vụ', head('Vụ', 'state')],
  ['Ủy ban', head('Ủy ban', 'state')],
  ['Văn phòng', head('Văn phòng', 'state')],
  ['Ban', head('Ban', 'other')],
  ['Sở', head('Sở', 'province_body')],
  ['Ủy ban nhân dân', head('Ủy ban nhân dân', 'province_body', false, true)],
  ['UBND', head('Ủy ban nhân dân', 'province_body', false, true)],
  ['Hội đồng nhân dân', head('Hội đồng nhân dân', 'province_body', false, true)],
  ['HĐND', head('Hội đồng nhân dân', 'province_body', false, true)],
  ['Tỉnh ủy', head('Tỉnh ủy', 'party', false, true)],
  ['Thành ủy', head('Thành ủy', 'party', false, true)],
  ['Đảng ủy', head('Đảng ủy', 'party', false, true)],
  ['Tỉnh đoàn', head('Tỉnh đoàn', 'other', false, true)],
  ['Thành đoàn', head('Thành đoàn', 'other', false, true)],
  ['Công an', head('Công an', 'province_body', false, true)],
  ['Đoàn đại biểu Quốc hội', head('Đoàn đại biểu Quốc hội', 'province_body', false, true)],
  ['Đoàn ĐBQH', head('Đoàn đại biểu Quốc hội', 'province_body', false, true)],
];

/** `Trung tâm Hội chợ và Triển lãm …`, `Trung tâm Hội nghị …`: venues, not organisations. */
const VENUE_WORDS: ReadonlyArray<readonly string[]> = [['hội', 'chợ'], ['triển', 'lãm'], ['hội', 'nghị']];

export function startsVenueName(tokens: readonly { key: string }[], afterHead: number): boolean {
  return VENUE_WORDS.some((words) => words.every((w, k) => tokens[afterHead + k]?.key === w));
}

let cached: PhraseIndex<OrgHead> | null = null;

export function orgHeadIndex(): PhraseIndex<OrgHead> {
  if (cached) return cached;
  const index = new PhraseIndex<OrgHead>();
  for (const [alias, value] of HEADS) index.add(alias, value);
  cached = index;
  return index;
}

/** Abbreviations expanded in canonical names (`Sở KH&CN` → `Sở Khoa học và Công nghệ`). */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  'KH&CN': 'Khoa học và Công nghệ',
  KHCN: 'Khoa học và Công nghệ',
  'TT&TT': 'Thông tin và Truyền thông',
  'GD&ĐT': 'Giáo dục và Đào tạo',
  'NN&MT': 'Nông nghiệp và Môi trường',
  'KH&ĐT': 'Kế hoạch và Đầu tư',
  'NN&PTNT': 'Nông nghiệp và Phát triển nông thôn',
  'TN&MT': 'Tài nguyên và Môi trường',
  'VH-TT&DL': 'Văn hóa, Thể thao và Du lịch',
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  ĐH: 'Đại học',
  ĐHQG: 'Đại học Quốc gia',
};
