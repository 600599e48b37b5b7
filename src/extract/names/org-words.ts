// Word lists for reading organisation names off running text. Vietnamese official names mix
// capitalised and lowercase syllables (`Viện Hàn lâm Khoa học xã hội Việt Nam`, `Học viện Kỹ thuật
// mật mã`), so case alone cannot say where a name ends: these lists do.
import { PhraseIndex } from './phrase-index.ts';
import { nameKey } from './tone-key.ts';
import type { OrgType } from '../gazetteer/organizations.ts';

/** Word lists are compared with token keys: lower case, canonical tone placement (`uỷ` = `ủy`). */
const keySet = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/u).filter((w) => w !== '').map(nameKey));

/**
 * Lowercase syllables that occur inside official names (nouns and name-forming adjectives, no verbs):
 * `Viện Hàn lâm Khoa học xã hội Việt Nam`, `Trung tâm phục vụ hành chính công`, `Học viện Thanh
 * thiếu niên`, `Cục quản lý thị trường`, `Ban Chỉ đạo cấp tỉnh`, `Văn phòng Tỉnh ủy`.
 */
export const NAME_INNER_WORDS = keySet(
  'và xã hội quốc gia nhân dân tối cao mật mã kỹ thuật công nghệ khoa học thông tin truyền dữ liệu số ' +
    'đổi mới sáng tạo chuyển điện tử viễn kinh tế tài chính ngân hàng thương mại cổ phần trách nhiệm hữu ' +
    'hạn môi trường nông nghiệp lâm thủy sản y dược giáo dục đào nghiên cứu chiến lược quản lý hành an ninh ' +
    'mạng năng lượng hạt bán dẫn vi mạch trí tuệ nhân tạo đại đẳng bách khoa ngoại ngữ sư phạm tỉnh thành phố ' +
    'đô thị thông minh cộng đồng xây dựng vận tải giao du lịch văn hóa thể thao chất tiêu chuẩn đo ' +
    'lường sở doanh nghiệp nhỏ vừa tự động vật liệu sinh học thực phẩm quân đội viễn thông bưu chính trung ' +
    'ương hợp tác quốc tế khởi nghiệp hỗ trợ ứng dụng triển lãm hội chợ ' +
    // local and party bodies inside a longer name, and the levels they sit at
    'ủy cấp xã huyện quận phường thường trực vụ đạo trị ' +
    // public-service, youth, social and market bodies
    'phục công thanh thiếu niên nhi đồng phụ nữ lao động thương binh cựu chiến binh nông dân thị ' +
    'toàn cầu khu vực vùng miền bảo hiểm thuế hải quan kho bạc dự trữ biên phòng cảnh sát quốc phòng ' +
    'thanh truyền hình báo chí xuất bản sở hữu trí bản quyền tác giả bức xạ hạt nhân tần số vô tuyến ' +
    'cơ yếu đa khoa chuyên khoa nhi sản phổ thông cơ sở chuyên trung học tiểu mầm non ' +
    'phần mềm điện toán đám mây bán lẻ điện lực dầu khí',
);

/**
 * First syllables of inner words that are verbs as often as nouns: inside a name they are fine (`Sở
 * Xây dựng`, `Trung tâm Hỗ trợ khởi nghiệp`), but a lower-case tail does not start with them (`Sở
 * Khoa học và Công nghệ | xây dựng, ban hành …` is the Department, then a verb). Checked on every
 * word of a tail. `cứu` (of `nghiên cứu`) also ends `cấp cứu`, to give emergency care: `Bệnh viện
 * Chợ Rẫy | cấp cứu`.
 */
export const NOT_TAIL_START = keySet('xây hỗ ứng quản phục hợp đào nghiên triển thành cứu');

/**
 * Verbs whose first syllable is also a name's syllable: after a complete name they are the sentence's
 * verb, never the syllable completing the name's last word (`Bệnh viện Chợ Rẫy | cấp cứu`, `Sở Tư pháp
 * | công bố`, `Cục Thống kê | thông báo`).
 */
export const VERBS_AFTER_NAMES: ReadonlySet<string> = new Set(
  ['cấp cứu', 'cấp phép', 'công bố', 'công nhận', 'thông báo', 'thông qua', 'thông tin', 'hành động', 'phục vụ', 'hỗ trợ'].map((p) => p.split(' ').map(nameKey).join(' ')),
);

/**
 * Words after which a name has certainly ended: auxiliaries, prepositions, conjunctions, and the
 * first syllables of news verbs that never occur inside names (`ký`, `phối hợp`, `triển khai`,
 * `trình bày`).
 */
export const NAME_ENDERS = keySet(
  'đã sẽ vừa đang được bị cho có là của tại với trong cũng thì mà về từ để do theo khi nay này đó ' +
    'cùng các những nhiều đều vẫn còn không chưa rất đến như sau trước năm ngày ký phối ra khai chủ ' +
    'tham phát triển yêu đề nhận kêu ban tiếp đưa mở trao giới chia khẳng nhấn cam đạt dự đánh hoàn ' +
    'tổ giành lên xuống tăng giảm vượt vào trình làm thuộc ở',
);

/** Phrases that start something else (events, documents, times): a name stops before them. */
const BREAKERS = [
  'Hội nghị', 'Hội thảo', 'Diễn đàn', 'Chương trình', 'Kế hoạch', 'Nghị quyết', 'Luật', 'Quyết định',
  'Nghị định', 'Thông tư', 'Chỉ thị', 'Chiến dịch', 'Phong trào', 'Cuộc thi', 'Đề án', 'Ngày hội',
  'Tuần lễ', 'Tọa đàm', 'Lễ', 'Giải thưởng', 'Sáng', 'Chiều', 'Tối', 'Theo', 'Tại', 'Ông', 'Bà',
];

/**
 * Calendar words that, capitalised and followed by a number, start a time, never a name's next word:
 * a table row flattened into text runs its agency cell into its deadline (`Sở Y tế | Năm 2026`,
 * `… | Quý IV/2025`, `… | Tháng 12/2025`).
 */
export const CALENDAR_WORDS = keySet('năm quý tháng ngày tuần');

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
  /** Only a name with a place or a level word after it (`UBND tỉnh Điện Biên`, `Công an xã`). */
  needsPlace: boolean;
  /**
   * Said alone, the body of the story's own province or commune (`Tỉnh ủy chỉ đạo`, `HĐND, UBND tỉnh`):
   * a definite reference, kept as an organisation even without a place.
   */
  bareIsDefinite: boolean;
  /** A unit named by the body it belongs to (`Văn phòng Tỉnh ủy`, `Hội đồng thành viên Tập đoàn VNPT`): needs one inside. */
  needsOrg: boolean;
  /** Schools are often named after people (`Trường THPT Chuyên Lê Hồng Phong`): a family name does not end them. */
  namedAfterPeople: boolean;
}

interface HeadOptions {
  needsCapitalAfter?: boolean;
  needsPlace?: boolean;
  bareIsDefinite?: boolean;
  needsOrg?: boolean;
}

const head = (canonical: string, orgType: OrgType, o: HeadOptions = {}): OrgHead => ({
  canonical,
  orgType,
  needsCapitalAfter: o.needsCapitalAfter ?? true,
  needsPlace: o.needsPlace ?? false,
  bareIsDefinite: o.bareIsDefinite ?? false,
  needsOrg: o.needsOrg ?? false,
  namedAfterPeople: /^(Trường|Đại học|Học viện|Bệnh viện)/u.test(canonical),
});
/** A body that takes its province or commune after it (`UBND tỉnh X`). */
const local = (canonical: string, orgType: OrgType, bareIsDefinite: boolean): OrgHead =>
  head(canonical, orgType, { needsCapitalAfter: false, needsPlace: true, bareIsDefinite });
/** A unit named by its parent body. */
const unit = (canonical: string, orgType: OrgType): OrgHead => head(canonical, orgType, { needsCapitalAfter: false, needsOrg: true });

/**
 * Generic heads, written with their capitals; the canonical form expands abbreviations. Schools and
 * hospitals are also written with a lower-case head (`trường THCS Hoàng Diệu`, `bệnh viện Bạch Mai`):
 * the capitalised name after the head still makes them one; the people they are named after are not
 * persons there, nor the wards they are in places.
 */
const HEADS: ReadonlyArray<[string, OrgHead]> = [
  ['Trường Đại học', head('Trường Đại học', 'university')],
  ['Trường đại học', head('Trường Đại học', 'university')],
  ['Trường ĐH', head('Trường Đại học', 'university')],
  ['Đại học', head('Đại học', 'university')],
  ['ĐH', head('Đại học', 'university')],
  ['Học viện', head('Học viện', 'university')],
  ['Trường Cao đẳng', head('Trường Cao đẳng', 'university')],
  ['Trường cao đẳng', head('Trường Cao đẳng', 'university')],
  ['trường THPT', head('Trường THPT', 'other')],
  ['trường THPT chuyên', head('Trường THPT chuyên', 'other')],
  ['trường THCS chuyên', head('Trường THCS chuyên', 'other')],
  ['trường chuyên', head('Trường chuyên', 'other')],
  ['trường THCS', head('Trường THCS', 'other')],
  ['trường PTTH', head('Trường PTTH', 'other')],
  ['trường PTCS', head('Trường PTCS', 'other')],
  ['trường tiểu học', head('Trường Tiểu học', 'other')],
  ['trường mầm non', head('Trường Mầm non', 'other')],
  ['trường trung học', head('Trường Trung học', 'other')],
  ['bệnh viện', head('Bệnh viện', 'other')],
  ['Viện', head('Viện', 'institute')],
  ['Tập đoàn', head('Tập đoàn', 'company')],
  ['Tổng công ty', head('Tổng công ty', 'company')],
  ['Công ty', head('Công ty', 'company')],
  ['Ngân hàng', head('Ngân hàng', 'company')],
  ['Trung tâm', head('Trung tâm', 'other', { needsCapitalAfter: false })],
  ['Hiệp hội', head('Hiệp hội', 'other')],
  ['Liên đoàn', head('Liên đoàn', 'other')],
  ['Liên hiệp', head('Liên hiệp', 'other')],
  ['Hội', head('Hội', 'other')],
  ['Quỹ', head('Quỹ', 'other')],
  ['Cục', head('Cục', 'state')],
  ['Tổng cục', head('Tổng cục', 'state')],
  ['Vụ', head('Vụ', 'state')],
  ['Phòng', head('Phòng', 'state')],
  ['Chi cục', head('Chi cục', 'state')],
  ['Ủy ban', head('Ủy ban', 'state')],
  ['Văn phòng', head('Văn phòng', 'state')],
  ['Ban', head('Ban', 'other')],
  ['Sở', head('Sở', 'province_body')],
  // Newspapers, broadcasters and magazines are organisations (`Báo Sài Gòn Giải Phóng`, `Đài Phát thanh …`).
  ['Báo', head('Báo', 'other')],
  ['Câu lạc bộ', head('Câu lạc bộ', 'other')],
  ['CLB', head('Câu lạc bộ', 'other')],
  ['Đài', head('Đài', 'other')],
  ['Tạp chí', head('Tạp chí', 'other')],
  ['Ủy ban nhân dân', local('Ủy ban nhân dân', 'province_body', true)],
  ['UBND', local('Ủy ban nhân dân', 'province_body', true)],
  ['Hội đồng nhân dân', local('Hội đồng nhân dân', 'province_body', true)],
  ['HĐND', local('Hội đồng nhân dân', 'province_body', true)],
  ['Tỉnh ủy', local('Tỉnh ủy', 'party', true)],
  ['Thành ủy', local('Thành ủy', 'party', true)],
  ['Huyện ủy', local('Huyện ủy', 'party', true)],
  ['Đảng ủy', local('Đảng ủy', 'party', false)],
  ['Tỉnh đoàn', local('Tỉnh đoàn', 'other', true)],
  ['Thành đoàn', local('Thành đoàn', 'other', true)],
  ['Công an', local('Công an', 'province_body', false)],
  ['Tòa án nhân dân', local('Tòa án nhân dân', 'state', false)],
  ['TAND', local('Tòa án nhân dân', 'state', false)],
  ['Viện Kiểm sát nhân dân', local('Viện Kiểm sát nhân dân', 'state', false)],
  ['Viện kiểm sát nhân dân', local('Viện Kiểm sát nhân dân', 'state', false)],
  ['VKSND', local('Viện Kiểm sát nhân dân', 'state', false)],
  ['Ủy ban Mặt trận Tổ quốc', local('Ủy ban Mặt trận Tổ quốc', 'state', false)],
  ['Đoàn đại biểu Quốc hội', local('Đoàn đại biểu Quốc hội', 'province_body', false)],
  ['Đoàn ĐBQH', local('Đoàn đại biểu Quốc hội', 'province_body', false)],
  ['Hội đồng thành viên', unit('Hội đồng thành viên', 'company')],
  ['Hội đồng quản trị', unit('Hội đồng quản trị', 'company')],
  ['HĐQT', unit('Hội đồng quản trị', 'company')],
  ['Ban Thường vụ', unit('Ban Thường vụ', 'party')],
  ['BTV', unit('Ban Thường vụ', 'party')],
  ['Ban Chấp hành', unit('Ban Chấp hành', 'party')],
  ['Cơ quan Thường trực', unit('Cơ quan Thường trực', 'state')],
  ['Cơ quan thường trực', unit('Cơ quan Thường trực', 'state')],
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
  'KH-CN': 'Khoa học và Công nghệ',
  'GD-ĐT': 'Giáo dục và Đào tạo',
  'NN-PTNT': 'Nông nghiệp và Phát triển nông thôn',
  'TN-MT': 'Tài nguyên và Môi trường',
  'KH-ĐT': 'Kế hoạch và Đầu tư',
  'VH-TT-DL': 'Văn hóa, Thể thao và Du lịch',
  'LĐ-TB-XH': 'Lao động - Thương binh và Xã hội',
  'GTVT': 'Giao thông vận tải',
  'TT-TT': 'Thông tin và Truyền thông',
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
