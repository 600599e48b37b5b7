// The abbreviations inside Vietnamese document numbers: the document type (`NQ`, `QĐ`, …) and the
// issuing body (`TW`, `TTg`, `BKHCN`, …), with the spelling each is officially written in and its
// expansion. Codes typed without Vietnamese letters (`ND-CP`, `QD-TTg`, `BCDTW`) are looked up by a key
// that maps Đ to D and ignores case, then written back in the official spelling.

interface CodeInfo {
  /** Official spelling inside a document number. */
  code: string;
  name: string;
}

const TYPES: CodeInfo[] = [
  { code: 'NQ', name: 'Nghị quyết' },
  { code: 'NQLT', name: 'Nghị quyết liên tịch' },
  { code: 'QĐ', name: 'Quyết định' },
  { code: 'QĐi', name: 'Quy định' },
  { code: 'NĐ', name: 'Nghị định' },
  { code: 'KH', name: 'Kế hoạch' },
  { code: 'CT', name: 'Chỉ thị' },
  { code: 'TB', name: 'Thông báo' },
  { code: 'QC', name: 'Quy chế' },
  { code: 'TT', name: 'Thông tư' },
  { code: 'TTLT', name: 'Thông tư liên tịch' },
  { code: 'TTr', name: 'Tờ trình' },
  { code: 'KL', name: 'Kết luận' },
  { code: 'HD', name: 'Hướng dẫn' },
  { code: 'CV', name: 'Công văn' },
  { code: 'CĐ', name: 'Công điện' },
  { code: 'BC', name: 'Báo cáo' },
  { code: 'CTr', name: 'Chương trình' },
  { code: 'ĐA', name: 'Đề án' },
  { code: 'PL', name: 'Pháp lệnh' },
  { code: 'VBHN', name: 'Văn bản hợp nhất' },
];

/** Bodies whose documents are numbered the Party way, `N-TYPE/ISSUER`. */
const PARTY_ISSUERS: CodeInfo[] = [
  { code: 'TW', name: 'Ban Chấp hành Trung ương' },
  { code: 'BCĐTW', name: 'Ban Chỉ đạo Trung ương' },
  { code: 'VPTW', name: 'Văn phòng Trung ương Đảng' },
  { code: 'BTCTW', name: 'Ban Tổ chức Trung ương' },
  { code: 'BTGTW', name: 'Ban Tuyên giáo Trung ương' },
  { code: 'BTGDVTW', name: 'Ban Tuyên giáo và Dân vận Trung ương' },
  { code: 'UBKTTW', name: 'Ủy ban Kiểm tra Trung ương' },
  { code: 'QUTW', name: 'Quân ủy Trung ương' },
  { code: 'ĐUCP', name: 'Đảng ủy Chính phủ' },
  { code: 'ĐUQH', name: 'Đảng ủy Quốc hội' },
  { code: 'TU', name: 'Tỉnh ủy hoặc Thành ủy' },
  { code: 'ĐU', name: 'Đảng ủy' },
  { code: 'HU', name: 'Huyện ủy' },
];

/** Bodies whose documents are numbered the State way, `N/[YYYY/]TYPE-ISSUER`. */
const STATE_ISSUERS: CodeInfo[] = [
  { code: 'TTg', name: 'Thủ tướng Chính phủ' },
  { code: 'CP', name: 'Chính phủ' },
  { code: 'BCĐCP', name: 'Ban Chỉ đạo của Chính phủ' },
  { code: 'VPCP', name: 'Văn phòng Chính phủ' },
  { code: 'UBND', name: 'Ủy ban nhân dân' },
  { code: 'HĐND', name: 'Hội đồng nhân dân' },
  { code: 'BKHCN', name: 'Bộ Khoa học và Công nghệ' },
  { code: 'BTTTT', name: 'Bộ Thông tin và Truyền thông' },
  { code: 'BTC', name: 'Bộ Tài chính' },
  { code: 'BKHĐT', name: 'Bộ Kế hoạch và Đầu tư' },
  { code: 'BGDĐT', name: 'Bộ Giáo dục và Đào tạo' },
  { code: 'BNV', name: 'Bộ Nội vụ' },
  { code: 'BCA', name: 'Bộ Công an' },
  { code: 'BQP', name: 'Bộ Quốc phòng' },
  { code: 'BCT', name: 'Bộ Công Thương' },
  { code: 'BTP', name: 'Bộ Tư pháp' },
  { code: 'BYT', name: 'Bộ Y tế' },
  { code: 'BXD', name: 'Bộ Xây dựng' },
  { code: 'BNG', name: 'Bộ Ngoại giao' },
  { code: 'BGTVT', name: 'Bộ Giao thông vận tải' },
  { code: 'BTNMT', name: 'Bộ Tài nguyên và Môi trường' },
  { code: 'BNNPTNT', name: 'Bộ Nông nghiệp và Phát triển nông thôn' },
  { code: 'BNNMT', name: 'Bộ Nông nghiệp và Môi trường' },
  { code: 'BLĐTBXH', name: 'Bộ Lao động – Thương binh và Xã hội' },
  { code: 'BVHTTDL', name: 'Bộ Văn hóa, Thể thao và Du lịch' },
  { code: 'BDTTG', name: 'Bộ Dân tộc và Tôn giáo' },
  { code: 'NHNN', name: 'Ngân hàng Nhà nước Việt Nam' },
  { code: 'TTCP', name: 'Thanh tra Chính phủ' },
  { code: 'KTNN', name: 'Kiểm toán nhà nước' },
  { code: 'TANDTC', name: 'Tòa án nhân dân tối cao' },
  { code: 'VKSNDTC', name: 'Viện kiểm sát nhân dân tối cao' },
  { code: 'UBTVQH', name: 'Ủy ban Thường vụ Quốc hội' },
  { code: 'QH', name: 'Quốc hội' },
];

/** Full names of the ministries and central bodies, longest first: names a reader may find after `của`. */
export const CENTRAL_BODY_NAMES: readonly string[] = STATE_ISSUERS.filter((i) => i.name.startsWith('Bộ') || i.name.startsWith('Ngân hàng'))
  .map((i) => i.name)
  .sort((a, b) => b.length - a.length);

/** Lookup key: upper case with đ as d, so `ND`, `nđ` and `NĐ` meet. Ư stays: `TƯ` is not `TU`. */
export function codeKey(code: string): string {
  return code.toUpperCase().replace(/Đ/g, 'D');
}

function byKey(list: CodeInfo[]): Map<string, CodeInfo> {
  return new Map(list.map((info) => [codeKey(info.code), info]));
}

const TYPE_BY_KEY = byKey(TYPES);
const PARTY_BY_KEY = byKey(PARTY_ISSUERS);
// `TƯ` (Trung ương spelt with its own letters) is sometimes typed for `TW`.
PARTY_BY_KEY.set('TƯ', { code: 'TW', name: 'Ban Chấp hành Trung ương' });
const STATE_BY_KEY = byKey(STATE_ISSUERS);

/** The official spelling and name of a document-type code, or null when it is not one. */
export function typeCode(written: string): CodeInfo | null {
  return TYPE_BY_KEY.get(codeKey(written)) ?? null;
}

/** Roman numerals for legislature numbers (`QH15` → `XV`). */
export function roman(n: number): string {
  const parts: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = n;
  let out = '';
  for (const [value, letters] of parts) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

export interface IssuerInfo extends CodeInfo {
  party: boolean;
}

/**
 * An issuer code with its legislature number split off (`QH15`, `UBTVQH15`), or null when unknown.
 * Unknown codes are not guessed: a wrong expansion is worse than none.
 */
export function issuerCode(written: string): IssuerInfo | null {
  const key = codeKey(written);
  const party = PARTY_BY_KEY.get(key);
  if (party) return { ...party, party: true };
  const legislature = /^(UBTVQH|QH)(\d{1,2})$/.exec(key);
  if (legislature) {
    const body = STATE_BY_KEY.get(legislature[1] ?? '');
    const n = Number(legislature[2]);
    if (body) return { code: `${body.code}${n}`, name: `${body.name} khóa ${roman(n)}`, party: false };
  }
  const state = STATE_BY_KEY.get(key);
  return state && state.code !== 'QH' && state.code !== 'UBTVQH' ? { ...state, party: false } : null;
}

/** Is this issuer code (known or not) a Party body? Unknown Party codes end in TW, TƯ or TU. */
export function looksLikePartyIssuer(written: string): boolean {
  const info = issuerCode(written);
  if (info) return info.party;
  return /(?:TW|TƯ|TU)$/.test(written);
}
