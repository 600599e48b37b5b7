// Figures: the quantity facts of a field seen as the link stage reads them, each with its sentence
// and its own stretch of it. `1.227/1.298 nhiệm vụ` is two figures, the part and the whole.
import type { QuantityMention } from '../extract/facts.ts';
import type { Sentence } from '../text/sentences.ts';
import type { LinkField } from './document.ts';
import { unitKeyOf, type CompiledPack } from './match.ts';

export interface Figure {
  q: QuantityMention;
  field: LinkField;
  sentence: Sentence;
  /** `part` for `1.227` in `1.227/1.298`, `whole` for `1.298`; null for a plain figure. */
  part: 'part' | 'whole' | null;
  value: number;
  valueMax: number | null;
  /** Span of the figure in its field: the whole fact, or the total after the slash. */
  start: number;
  end: number;
  /** Where the number itself starts (after qualifier words such as `hơn`, `ước đạt`). */
  numberAt: number;
  unitKey: string | null;
  /** Its own stretch: from the end of the figure before it in the sentence (or the sentence start)… */
  leadStart: number;
  /** …to the next figure or the end of its clause. */
  nearStart: number;
  nearEnd: number;
  /** Where excluded words are looked for from: its lead, at most EXCLUDE_REACH characters before the number, not before a semicolon. */
  clauseStart: number;
  /** The figure before it in the sentence. */
  prev: Figure | null;
}

const CLAUSE_END = /[,;:.!?()…]/u;
/**
 * How far before a number a word can veto it (`nearExclude`): far enough for `kinh tế số trong từng
 * ngành, lĩnh vực đạt tối thiểu 15%`, not so far that the topic of a long sentence (`Kế hoạch … về
 * phát triển kinh tế số trong các ngành, lĩnh vực …, góp phần đạt mục tiêu … 35% GRDP`) vetoes its goal.
 */
export const EXCLUDE_REACH = 60;

/** The figures of one field in text order. */
export function figuresOf(field: LinkField, pack: CompiledPack): Figure[] {
  const out: Figure[] = [];
  for (const q of field.quantities) {
    const sentence = field.sentences.find((s) => q.start >= s.start && q.start < s.end) ?? { start: 0, end: field.text.length, text: field.text };
    const digit = q.text.search(/\d/u);
    const numberAt = q.start + Math.max(0, digit);
    const unitKey = q.unit === null ? null : unitKeyOf(pack, q.unit);
    const base = { q, field, sentence, valueMax: q.valueMax, unitKey, leadStart: 0, nearStart: 0, nearEnd: 0, clauseStart: 0, prev: null };
    if (q.of !== null) {
      const slash = q.text.indexOf('/', Math.max(0, digit));
      out.push({ ...base, part: 'part', value: q.value, start: q.start, end: q.end, numberAt });
      if (slash > 0) out.push({ ...base, part: 'whole', value: q.of, valueMax: null, start: q.start + slash + 1, end: q.end, numberAt: q.start + slash + 1 });
    } else {
      out.push({ ...base, part: null, value: q.value, start: q.start, end: q.end, numberAt });
    }
  }
  for (let i = 0; i < out.length; i++) {
    const f = out[i]!;
    const before = out[i - 1];
    const after = out[i + 1];
    const sameSentence = (g: Figure | undefined) => g !== undefined && g.sentence.start === f.sentence.start;
    f.prev = sameSentence(before) ? before! : null;
    f.leadStart = f.prev ? Math.min(f.prev.end, f.numberAt) : f.sentence.start;
    if (f.part === 'whole') f.leadStart = f.q.start;
    f.nearStart = f.leadStart;
    // …and not across a semicolon, which closes one item of a list before the next.
    const semicolon = field.text.lastIndexOf(';', f.numberAt - 1);
    f.clauseStart = Math.max(f.leadStart, f.numberAt - EXCLUDE_REACH, semicolon + 1);
    const limit = sameSentence(after) ? Math.max(f.end, after!.start) : f.sentence.end;
    const rest = field.text.slice(f.end, limit);
    const stop = rest.search(CLAUSE_END);
    f.nearEnd = f.end + (stop < 0 ? rest.length : stop);
  }
  return out;
}
