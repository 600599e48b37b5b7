// Reading a task's expected product: the document named as the object of its action (`xây dựng
// Nghị định …`, `hoàn thành việc xây dựng Luật …`), else the document it is submitted as (`trình
// Thủ tướng Chính phủ ban hành Quyết định …`), else a report when the task ends in one (`, báo cáo
// Thủ tướng Chính phủ …`). A document noun followed by its number cites an existing text
// (`triển khai Nghị quyết số 57-NQ/TW`), so it is no product.
import { PhraseIndex } from '../names/phrase-index.ts';
import { tokenize, type Token } from '../names/tokens.ts';
import { BEFORE_PRODUCT, PRODUCT_WORDS, SUBMISSION_VERBS, type ProductType } from './products.ts';
import type { FieldAgencies } from './agencies.ts';

let products: PhraseIndex<ProductType> | null = null;
let skippable: PhraseIndex<true> | null = null;
let submission: PhraseIndex<true> | null = null;

function productIndex(): PhraseIndex<ProductType> {
  if (!products) {
    products = new PhraseIndex<ProductType>();
    for (const w of PRODUCT_WORDS) {
      products.add(w.phrase, w.type);
      if (w.lowercaseToo) products.add(w.phrase.toLowerCase(), w.type);
    }
  }
  return products;
}

function lowerIndex(words: readonly string[]): PhraseIndex<true> {
  const index = new PhraseIndex<true>();
  for (const w of words) index.add(w.toLowerCase(), true);
  return index;
}

/** Token index of the first token starting at or after `pos`. */
function tokenAt(tokens: readonly Token[], pos: number): number {
  let i = 0;
  while (i < tokens.length && (tokens[i] as Token).start < pos) i++;
  return i;
}

/** Token index of the first token starting at or after `pos`, from `i` on. */
function tokenFrom(tokens: readonly Token[], i: number, pos: number): number {
  let k = i;
  while (k < tokens.length && (tokens[k] as Token).start < pos) k++;
  return k;
}

/** The product whose noun starts at token `i`, unless the noun cites a numbered document. */
function productAt(tokens: readonly Token[], i: number, end: number): { type: ProductType; to: number } | null {
  const m = productIndex().matchAt(tokens, i);
  if (!m || (tokens[m.to - 1] as Token).end > end) return null;
  const next = tokens[m.to];
  if (next && (next.key === 'số' || /^\d/.test(next.text))) return null;
  return { type: m.value, to: m.to };
}

/** The product named first in [from, to), after making verbs and draft nouns; `trình` may be followed by its addressee. */
function headProduct(text: string, tokens: readonly Token[], from: number, to: number, agencies: FieldAgencies): ProductType | null {
  skippable ??= lowerIndex(BEFORE_PRODUCT);
  let i = tokenAt(tokens, from);
  while (i < tokens.length && (tokens[i] as Token).end <= to) {
    const product = productAt(tokens, i, to);
    if (product) return refine(product.type, text.slice(from, to));
    const skip = skippable.matchAt(tokens, i);
    if (!skip) return null;
    i = skip.to;
    if (tokens[skip.to - 1]?.key === 'trình') {
      const addressee = agencies.at((tokens[i] as Token | undefined)?.start ?? to);
      if (addressee) i = tokenFrom(tokens, i, addressee.end);
    }
  }
  return null;
}

/** A decision submitted to or issued by the Prime Minister is the Prime Minister's. */
function refine(type: ProductType, context: string): ProductType {
  return type === 'quyet_dinh' && /Thủ tướng/u.test(context) ? 'quyet_dinh_ttg' : type;
}

/** `trình Thủ tướng Chính phủ ban hành Quyết định …` in the tail: the product submitted. */
function submittedProduct(text: string, tokens: readonly Token[], from: number, to: number, agencies: FieldAgencies): ProductType | null {
  submission ??= lowerIndex(SUBMISSION_VERBS);
  for (let i = tokenAt(tokens, from); i < tokens.length && (tokens[i] as Token).end <= to; i++) {
    if ((tokens[i] as Token).key !== 'trình') continue;
    let k = i + 1;
    const addressee = agencies.at((tokens[k] as Token | undefined)?.start ?? to);
    if (addressee) k = tokenFrom(tokens, k, addressee.end);
    const verb = submission.matchAt(tokens, k);
    if (verb) k = verb.to;
    const product = productAt(tokens, k, to);
    if (product) return refine(product.type, text.slice(from, to));
  }
  return null;
}

const REPORTING = /(?<![\p{L}])báo cáo(?![\p{L}])/iu;
/** `báo cáo` after a comma or `và` inside the wording: the task's last step is a report. */
const REPORTING_IN_WORDING = /(?:,|\svà)\s+(?:định kỳ\s+)?báo cáo\s+(?:\p{Lu}|kết quả|tình hình|cấp)/u;

export interface ProductScope {
  /** The wording: the action and its object. */
  wording: { start: number; end: number };
  /** The rest of the task's clause: submission, report, deadline. */
  tail: { start: number; end: number };
}

export function readProduct(text: string, scope: ProductScope, agencies: FieldAgencies): ProductType | null {
  const tokens = tokenize(text);
  const head = headProduct(text, tokens, scope.wording.start, scope.wording.end, agencies);
  if (head) return head === 'quyet_dinh' ? refine(head, text.slice(scope.wording.start, scope.tail.end)) : head;
  const submitted = submittedProduct(text, tokens, scope.tail.start, scope.tail.end, agencies);
  if (submitted) return submitted;
  // A task that ends in reporting (`…, báo cáo Thủ tướng Chính phủ`, `tổng hợp, báo cáo …`) expects a report.
  return REPORTING.test(text.slice(scope.tail.start, scope.tail.end)) || REPORTING_IN_WORDING.test(text.slice(scope.wording.start, scope.wording.end))
    ? 'bao_cao'
    : null;
}

/** A table's product cell (`Nghị định của Chính phủ`, `Báo cáo`, `Nền tảng số`): its head noun, or null. */
export function cellProduct(cell: string): ProductType | null {
  const tokens = tokenize(cell);
  const first = tokens.findIndex((t) => t.isWord);
  if (first < 0) return null;
  const product = productAt(tokens, first, cell.length);
  return product ? refine(product.type, cell) : null;
}
