// Completion evidence: whether a stored legal document may be the product a register task expects.
// Pure. A document fits when
//   - its type is the expected product's (`Nghị định` for nghi_dinh; a plan, scheme or programme
//     may also come as the decision or resolution that approves it: `Quyết định phê duyệt Đề án …`);
//   - its issuer is the body that issues that product (a decree: the Government; a law: the National
//     Assembly; a circular: the lead ministry; a scheme: the lead agency or the Government and Prime
//     Minister it is submitted to);
//   - it is on the task's subject: enough of the wording's content words are in its title;
//   - it is not older than the assigning document.
// A document citing the assigning document is more likely the one (`Căn cứ Nghị quyết số 03/NQ-CP`).
// The result is a *proposed* completion with reasons; an editor confirms it.
import { foldForSearch } from '../text/fold.ts';
import { PRODUCT_TYPES, PRODUCT_WORDS, type ProductType } from '../extract/tasks/products.ts';

export interface CompletionTask {
  key: string;
  /** The task's wording (the register's title). */
  title: string;
  product: string | null;
  /** The lead agency's name (not its id): issuers are names. */
  agencyName: string;
  /** The assigning document's id (`03/NQ-CP`), matched against the candidate's citations. */
  setBy: string;
  /** The assigning document's date (ISO), when known: the fulfilling one cannot be older. */
  assignedOn: string | null;
}

export interface CompletionCandidate {
  documentId: number;
  legalId: string;
  /** Expanded type and issuer of the document's own reference (`Nghị định`, `Chính phủ`). */
  type: string | null;
  issuer: string | null;
  title: string;
  published: string | null;
  /** Legal ids the document cites. */
  cites: readonly string[];
}

export interface CompletionMatch {
  score: number;
  reasons: string[];
}

const GOVERNMENT = 'Chính phủ';
const PRIME_MINISTER = 'Thủ tướng Chính phủ';
const NATIONAL_ASSEMBLY = 'Quốc hội';

/**
 * Who issues each product. `lead` stands for the task's lead agency. A plan or scheme a ministry
 * drafts is often approved by the Prime Minister or the Government, so they count too.
 */
const ISSUERS: Record<ProductType, readonly string[]> = {
  luat: [NATIONAL_ASSEMBLY],
  nghi_quyet: [GOVERNMENT, NATIONAL_ASSEMBLY, 'lead'],
  nghi_dinh: [GOVERNMENT],
  quyet_dinh_ttg: [PRIME_MINISTER],
  quyet_dinh: ['lead', PRIME_MINISTER],
  chi_thi: [PRIME_MINISTER, 'lead'],
  thong_tu: ['lead'],
  de_an: ['lead', PRIME_MINISTER, GOVERNMENT],
  chien_luoc: ['lead', PRIME_MINISTER, GOVERNMENT],
  ke_hoach: ['lead', PRIME_MINISTER, GOVERNMENT],
  chuong_trinh: ['lead', PRIME_MINISTER, GOVERNMENT],
  quy_hoach: ['lead', PRIME_MINISTER, GOVERNMENT],
  quy_che: ['lead', PRIME_MINISTER, GOVERNMENT],
  bao_cao: ['lead'],
};

/** Products that are approved by a decision or resolution rather than issued under their own type. */
const APPROVED_BY: ReadonlySet<string> = new Set(['Quyết định', 'Nghị quyết']);
const APPROVED_PRODUCTS: ReadonlySet<ProductType> = new Set(['de_an', 'chien_luoc', 'ke_hoach', 'chuong_trinh', 'quy_hoach', 'quy_che']);

/**
 * Words of a task's wording that say what kind of work it is, not what it is about: the making
 * verbs and the words of a legal title's formula. Without them, what is left is the subject.
 */
const NOT_SUBJECT = [
  'xây dựng', 'ban hành', 'trình', 'hoàn thiện', 'sửa đổi', 'bổ sung', 'nghiên cứu', 'soạn thảo', 'tham mưu', 'đề xuất',
  'triển khai', 'thực hiện', 'tổ chức', 'phê duyệt', 'quy định', 'chi tiết', 'hướng dẫn', 'một số', 'điều', 'của', 'về',
  'và', 'các', 'những', 'cho', 'với', 'trong', 'để', 'theo', 'tại', 'đối với', 'thi hành', 'lập',
  ...Object.values(PRODUCT_TYPES),
  ...PRODUCT_WORDS.map((w) => w.phrase),
];
/** Removed as whole phrases (longest first), so that `chuyển đổi số` keeps `đổi` although `sửa đổi` goes. */
const NOT_SUBJECT_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...new Set(NOT_SUBJECT.map((p) => foldForSearch(p)))].sort((a, b) => b.length - a.length).map((p) => p.replace(/\s+/gu, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

const wordsOf = (text: string): string[] => foldForSearch(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);

/** The wording's content words (folded, no tone marks): what the task is about. */
export function subjectWords(wording: string): Set<string> {
  const rest = foldForSearch(wording).replace(NOT_SUBJECT_PATTERN, ' ');
  return new Set(wordsOf(rest).filter((w) => !/^\d+$/u.test(w)));
}

const sameName = (a: string, b: string): boolean => foldForSearch(a) === foldForSearch(b);

function typeFits(product: ProductType, c: CompletionCandidate): string | null {
  const label = PRODUCT_TYPES[product];
  const type = c.type ?? '';
  if (product === 'quyet_dinh_ttg') return type === 'Quyết định' && c.issuer !== null && sameName(c.issuer, PRIME_MINISTER) ? `loại: ${label}` : null;
  if (type === label) return `loại: ${label}`;
  if (APPROVED_PRODUCTS.has(product) && APPROVED_BY.has(type) && wordsOf(c.title).join(' ').includes(foldForSearch(label))) return `${type} phê duyệt ${label}`;
  return null;
}

function issuerFits(product: ProductType, task: CompletionTask, c: CompletionCandidate): string | null {
  if (c.issuer === null) return null;
  const issuer = c.issuer;
  for (const who of ISSUERS[product]) {
    const name = who === 'lead' ? task.agencyName : who;
    // `Quốc hội khóa XV` is the National Assembly; a province (pack name `Điện Biên`) issues as
    // `Ủy ban nhân dân tỉnh Điện Biên`.
    const [i, n] = [foldForSearch(issuer), foldForSearch(name)];
    if (i === n || i.startsWith(`${n} `) || i.endsWith(` ${n}`)) return `cơ quan ban hành: ${issuer}`;
  }
  return null;
}

/** Minimum share of the wording's subject words found in the title, and the least number of them. */
export const SUBJECT_SHARE = 0.5;
export const SUBJECT_WORDS = 2;

export function matchCompletion(task: CompletionTask, c: CompletionCandidate): CompletionMatch | null {
  if (!task.product || !(task.product in PRODUCT_TYPES)) return null;
  const product = task.product as ProductType;
  if (c.legalId === task.setBy) return null;
  if (task.assignedOn && c.published && c.published.slice(0, 10) < task.assignedOn.slice(0, 10)) return null;
  const type = typeFits(product, c);
  if (!type) return null;
  const issuer = issuerFits(product, task, c);
  if (!issuer) return null;
  const wanted = subjectWords(task.title);
  if (wanted.size === 0) return null;
  const title = new Set(wordsOf(c.title));
  const shared = [...wanted].filter((w) => title.has(w));
  const share = shared.length / wanted.size;
  if (share < SUBJECT_SHARE || shared.length < Math.min(SUBJECT_WORDS, wanted.size)) return null;
  // The shared words as the title writes them, for the editor to read.
  const sharedSet = new Set(shared);
  const written = [...new Set(c.title.split(/[^\p{L}\p{N}]+/u).filter((w) => sharedSet.has(foldForSearch(w))))];
  const reasons = [type, issuer, `chủ đề: ${shared.length}/${wanted.size} từ (${written.join(' ')})`];
  const cites = c.cites.includes(task.setBy);
  if (cites) reasons.push(`dẫn chiếu văn bản giao ${task.setBy}`);
  const score = Math.min(1, 0.4 + 0.4 * share + (cites ? 0.2 : 0));
  return { score: Math.round(score * 1000) / 1000, reasons };
}
