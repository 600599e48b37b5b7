// The expected product of a task: what kind of document (or report) closes it. A controlled
// vocabulary, because completion evidence is matched on it later (a task expecting a Nghị định is
// fulfilled by a decree on its subject, issued by the Government).

export const PRODUCT_TYPES = {
  luat: 'Luật',
  nghi_quyet: 'Nghị quyết',
  nghi_dinh: 'Nghị định',
  quyet_dinh_ttg: 'Quyết định của Thủ tướng Chính phủ',
  quyet_dinh: 'Quyết định',
  chi_thi: 'Chỉ thị',
  thong_tu: 'Thông tư',
  de_an: 'Đề án',
  chien_luoc: 'Chiến lược',
  ke_hoach: 'Kế hoạch',
  chuong_trinh: 'Chương trình',
  quy_hoach: 'Quy hoạch',
  quy_che: 'Quy chế',
  bao_cao: 'Báo cáo',
} as const;

export type ProductType = keyof typeof PRODUCT_TYPES;

export interface ProductWord {
  /** The words as written with their capitals: `Nghị định`. */
  phrase: string;
  type: ProductType;
  /**
   * Whether the lower-case form also names the product. `kế hoạch`, `báo cáo`, `luật` and `đề án`
   * written in lower case still mean those documents; lower-case `chương trình` is most often a
   * curriculum or a work programme (`chương trình đào tạo`), and `quyết định` a verb.
   */
  lowercaseToo: boolean;
}

const word = (phrase: string, type: ProductType, lowercaseToo: boolean): ProductWord => ({ phrase, type, lowercaseToo });

/** Longest first where phrases share a start (`Quyết định của Thủ tướng Chính phủ` before `Quyết định`). */
export const PRODUCT_WORDS: readonly ProductWord[] = [
  word('Quyết định của Thủ tướng Chính phủ', 'quyet_dinh_ttg', false),
  word('Quyết định của Thủ tướng', 'quyet_dinh_ttg', false),
  word('Quyết định của TTg', 'quyet_dinh_ttg', false),
  word('Quyết định của TTgCP', 'quyet_dinh_ttg', false),
  word('Quyết định Thủ tướng Chính phủ', 'quyet_dinh_ttg', false),
  word('Quyết định', 'quyet_dinh', false),
  word('Bộ luật', 'luat', true),
  word('Luật', 'luat', true),
  word('các luật', 'luat', true),
  word('Nghị quyết', 'nghi_quyet', true),
  word('Nghị định', 'nghi_dinh', true),
  word('Chỉ thị', 'chi_thi', false),
  word('Thông tư liên tịch', 'thong_tu', true),
  word('Thông tư', 'thong_tu', true),
  word('Đề án', 'de_an', true),
  word('Chiến lược', 'chien_luoc', false),
  word('Kế hoạch', 'ke_hoach', true),
  word('Chương trình', 'chuong_trinh', false),
  word('Quy hoạch', 'quy_hoach', false),
  word('Quy chế', 'quy_che', true),
  word('Báo cáo', 'bao_cao', true),
];

/**
 * Words a task's wording may start with before its product (`nghiên cứu, ban hành Thông tư …`,
 * `hoàn thành việc xây dựng Luật …`, `xây dựng dự án Luật …`): making verbs and the nouns that stand
 * for a draft. Verbs that act on an existing document (`rà soát`, `triển khai`, `thực hiện`) are not
 * here: `triển khai Kế hoạch …` produces no plan.
 */
export const BEFORE_PRODUCT = [
  'xây dựng', 'ban hành', 'trình', 'hoàn thiện', 'hoàn thành', 'sửa đổi', 'bổ sung', 'soạn thảo', 'nghiên cứu',
  'đề xuất', 'tham mưu', 'chỉ đạo', 'lãnh đạo', 'lập', 'thẩm tra', 'phê duyệt', 'thay thế', 'khẩn trương', 'chủ trì',
  'việc', 'dự thảo', 'dự án', 'hồ sơ', 'các', 'một số', 'những', 'mới', 'và', ',', 'xây dựng, ban hành',
  'xây dựng và ban hành', 'xây dựng, trình', 'trình ban hành', 'ban hành mới',
];

/** Verbs after a submission's addressee that introduce the submitted product: `trình Thủ tướng Chính phủ ban hành Quyết định`. */
export const SUBMISSION_VERBS = ['ban hành', 'phê duyệt', 'xem xét', 'thông qua', 'cho ý kiến', 'quyết định'];
