// A cheap test run before the task rules, which are costly (every field's agencies and dates are
// scanned): the task extractor runs on every stored document, and most news assigns nothing.
// A document can hold a task only if one of its fields has what some anchor of sentences.ts,
// lists.ts or tables.ts needs:
//   - a strong anchor word: an assigning verb (`giao`, `yêu cầu`), a strong lead marker (`chủ trì`,
//     `có trách nhiệm`), a list lead-in (`Tổ chức thực hiện`, `như sau`), `chức năng, nhiệm vụ`;
//   - a table row (cells separated by ` | ` or tabs), or a colon where a list's header (`1. Bộ Y
//     tế:`) or an agency's item (`- Bộ Công an: …`) may be: those anchor without such words;
//   - a year or a quarter with a weak marker (`phối hợp`, `cần`…) or a product word (`Nghị định`,
//     `báo cáo`): a weak anchor, or an agency with a plain verb, makes a task only with a deadline
//     or an expected product (and the plain verb needs both).
// Anything else gives no task, so returning false loses nothing; test/extract/tasks-precheck.test.ts
// checks that the gold gives the same tasks with and without it.
import type { FieldText } from '../facts.ts';
import { LEAD_MARKERS, ASSIGNING_VERBS, LIST_LEAD_INS, RECURRING_WORDS } from './vocabulary.ts';
import { PRODUCT_WORDS } from './products.ts';
import { isRowText } from './scan.ts';
import { matchText, PhraseList } from './phrases.ts';

const STRONG = new PhraseList([
  ...ASSIGNING_VERBS,
  ...LEAD_MARKERS.filter(([, s]) => s === 'strong').map(([m]) => m),
  ...LIST_LEAD_INS,
  'chức năng, nhiệm vụ',
]);
const WEAK_OR_PRODUCT = new PhraseList([...LEAD_MARKERS.filter(([, s]) => s === 'weak').map(([m]) => m), ...PRODUCT_WORDS.map((w) => w.phrase)]);
const RECURRING = new PhraseList(RECURRING_WORDS);
/** A year (2025), a quarter (`quý II`), a month (`tháng 7`) or a day (`31/7`): a deadline's date. */
const DATE_LIKE = /(?<!\d)(?:19|20)\d\d(?!\d)|quý\s+[IV1-4]|tháng\s+\d|(?<!\d)\d{1,2}\/\d{1,2}(?!\d)/iu;
/** A list item's number or bullet, as sentences.ts reads it. */
const ENUMERATOR = /^\s*(?:[-–—•+*]|\(?\d{1,3}[.)]|\(?[a-zđ][.)]|[IVXLC]{1,6}[.)])\s+/u;
/**
 * A colon where a list or an agency's item may be: at the end (a lead-in, an agency's header), in a
 * numbered or bulleted item, or after a short run of words without digits from the paragraph's
 * start or a `;` (`Bộ Công an: …`). A headline's colon (`Điện Biên … Nghị quyết 57-NQ/TW: …`) or a
 * clock time (`10:30`) is none of these.
 */
function listColon(text: string): boolean {
  if (!text.includes(':')) return false;
  if (text.trimEnd().endsWith(':') || ENUMERATOR.test(text)) return true;
  return text.split(';').some((part) => {
    const i = part.indexOf(':');
    if (i < 0) return false;
    const before = part.slice(0, i);
    return !/\d/u.test(before) && before.trim().split(/\s+/u).length <= 12;
  });
}

/** Whether one field may hold a task by itself (a list item also gets its list's context). */
export function fieldMayAssign(f: FieldText): boolean {
  if (isRowText(f.text) || listColon(f.text)) return true;
  const text = matchText(f.text);
  if (STRONG.test(text)) return true;
  return (DATE_LIKE.test(f.text) || RECURRING.test(text)) && WEAK_OR_PRODUCT.test(text);
}

export function mayAssignTasks(fields: readonly FieldText[]): boolean {
  return fields.some(fieldMayAssign);
}
