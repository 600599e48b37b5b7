// Topic scores per document: weighted term hits (title counts double, the lede one and a half),
// at most three hits per term; the sum saturates to 0..1. One strong term in the body is enough to
// list a topic, one supporting word is not. Long articles are not discounted: a report that names a
// pillar with a strong term is about it, even if among others. Words inside a cited law's name
// (`Luật Trí tuệ nhân tạo`) are the law's subject, not the article's: they count only for rules that
// read law names (institutions), as is the resolution's own title for none.
import type { StructuredDocument } from '../records.ts';
import { fieldsOf, type ExtractContext, type FieldText, type TopicScore } from './facts.ts';
import { foldForSearch } from '../text/fold.ts';
import { BOILERPLATE_FOLDED, DEFAULT_TOPIC_RULES, type TopicRule } from './gazetteer/topic-rules.ts';
import { extractLegalRefs } from './legal-refs.ts';
import type { Span } from '../records.ts';

export { DEFAULT_TOPIC_RULES, type TopicRule, type TopicTerm } from './gazetteer/topic-rules.ts';

export const EXTRACTOR = { name: 'topics', version: '1.0.1' } as const;

/** Topics scoring below this are not reported. */
export const TOPIC_THRESHOLD = 0.3;
/** Raw weight at which the score reaches 1 − 1/e; with the threshold, raw ≥ 0.72 is reported. */
const SATURATION = 2;
const MAX_HITS_PER_TERM = 3;
const MAX_EVIDENCE = 12;
const FIELD_WEIGHT: Record<Span['field'], number> = { title: 2, lede: 1.5, body: 1, caption: 0.5 };

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Folds character by character so that offsets in the folded text are offsets in the original. */
export function foldInPlace(text: string): string {
  // Every character folds to a string of its own length, so the output has the input's length:
  // code units are written into a buffer and turned into a string once, in chunks.
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      const folded = foldChar(text.slice(i, i + 2));
      out[i] = folded.charCodeAt(0);
      out[i + 1] = folded.charCodeAt(1);
      i++;
      continue;
    }
    let f = foldedUnits[c] as number;
    if (f === 0) {
      // Stored plus one, so that 0 means "not yet computed".
      f = foldChar(String.fromCharCode(c)).charCodeAt(0) + 1;
      foldedUnits[c] = f;
    }
    out[i] = f - 1;
  }
  let folded = '';
  for (let k = 0; k < out.length; k += 4096) folded += String.fromCharCode.apply(null, out.subarray(k, k + 4096) as unknown as number[]);
  return folded;
}

/** Folded code unit + 1 of every BMP code unit seen so far (0: not computed yet); 256 KiB, filled lazily. */
const foldedUnits = new Uint32Array(0x10000);

/** Surrogate pairs (outside the table), bounded. */
const foldedChars = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = foldedChars.get(ch);
  if (folded === undefined) {
    const f = foldForSearch(ch);
    const lower = ch.toLowerCase();
    folded = f.length === ch.length ? f : lower.length === ch.length ? lower : ch;
    if (ch.length > 1 && foldedChars.size < 10_000) foldedChars.set(ch, folded);
  }
  return folded;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** One pattern per rule and case mode: the terms as alternatives, longest first, at word boundaries. */
interface CompiledRule {
  patterns: Array<{ regex: RegExp; caseSensitive: boolean }>;
  /** Matched text (folded unless case-sensitive, spaces collapsed) → index of the term in the rule. */
  termIndex: Map<string, number>;
}

function termKey(text: string, caseSensitive: boolean): string {
  return (caseSensitive ? text : foldForSearch(text)).replace(/\s+/gu, ' ');
}

function alternation(terms: Array<{ text: string; caseSensitive: boolean }>, caseSensitive: boolean): RegExp | null {
  const sources = terms
    .filter((t) => t.caseSensitive === caseSensitive)
    .map((t) => termKey(t.text, caseSensitive))
    .sort((a, b) => b.length - a.length)
    .map((k) => k.split(' ').map(escape).join('\\s+'));
  if (sources.length === 0) return null;
  // Word boundaries are checked after the match: a lookbehind at every position is several times slower.
  return new RegExp(`(?:${sources.join('|')})`, 'gu');
}

const compiled = new WeakMap<TopicRule, CompiledRule>();

function compile(rule: TopicRule): CompiledRule {
  let c = compiled.get(rule);
  if (c) return c;
  const terms = rule.terms.map((t) => ({ text: t.text, caseSensitive: t.caseSensitive === true }));
  const termIndex = new Map<string, number>();
  terms.forEach((t, i) => termIndex.set(termKey(t.text, t.caseSensitive), i));
  const patterns: CompiledRule['patterns'] = [];
  for (const caseSensitive of [false, true]) {
    const regex = alternation(terms, caseSensitive);
    if (regex) patterns.push({ regex, caseSensitive });
  }
  c = { patterns, termIndex };
  compiled.set(rule, c);
  return c;
}

/** Matches that neither start nor end inside a word; a match refused at a position is retried one character on. */
function* matchesAtWordBoundaries(text: string, regex: RegExp): Generator<RegExpExecArray> {
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    const end = m.index + m[0].length;
    const before = text[m.index - 1];
    const after = text[end];
    if ((before && WORD_CHAR.test(before)) || (after && WORD_CHAR.test(after))) {
      regex.lastIndex = m.index + 1;
      continue;
    }
    yield m;
  }
}

interface Hit {
  span: Span;
  weight: number;
  term: number;
}

function boilerplateRanges(folded: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const source of BOILERPLATE_FOLDED) {
    for (const m of folded.matchAll(new RegExp(source, 'gu'))) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** Hits of one rule in one field; where terms overlap (`nguồn nhân lực` / `nhân lực`) the longest wins. */
function hitsInField(rule: TopicRule, field: FieldText, folded: string, ignored: Array<[number, number]>): Hit[] {
  const raw: Hit[] = [];
  const { patterns, termIndex } = compile(rule);
  for (const { regex, caseSensitive } of patterns) {
    for (const m of matchesAtWordBoundaries(caseSensitive ? field.text : folded, regex)) {
      const start = m.index;
      const end = start + m[0].length;
      if (ignored.some(([s, e]) => start >= s && end <= e)) continue;
      const term = termIndex.get(m[0].replace(/\s+/gu, ' ')) ?? -1;
      const span: Span = { field: field.field, index: field.index, start, end, text: field.text.slice(start, end) };
      raw.push({ span, weight: rule.terms[term]?.weight ?? 0, term });
    }
  }
  raw.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const kept: Hit[] = [];
  for (const h of raw) {
    const last = kept[kept.length - 1];
    if (last && h.span.start < last.span.end) continue;
    kept.push(h);
  }
  return kept;
}

/** Offsets of cited laws' names per `field:index` (`Luật Khoa học, công nghệ và đổi mới sáng tạo`). */
function lawNameRanges(doc: StructuredDocument, ctx: ExtractContext): Map<string, Array<[number, number]>> {
  const out = new Map<string, Array<[number, number]>>();
  for (const ref of extractLegalRefs(doc, ctx)) {
    if (!ref.lawName) continue;
    const key = `${ref.field}:${ref.index}`;
    out.set(key, [...(out.get(key) ?? []), [ref.start, ref.end]]);
  }
  return out;
}

export function scoreTopics(doc: StructuredDocument, ctx: ExtractContext, rules: readonly TopicRule[] = DEFAULT_TOPIC_RULES): TopicScore[] {
  const fields = fieldsOf(doc);
  const laws = lawNameRanges(doc, ctx);
  const prepared = fields.map((field) => {
    const folded = foldInPlace(field.text);
    return { field, folded, boilerplate: boilerplateRanges(folded), laws: laws.get(`${field.field}:${field.index}`) ?? [] };
  });
  const out: TopicScore[] = [];
  for (const rule of rules) {
    const hits = prepared.flatMap(({ field, folded, boilerplate, laws: lawNames }) =>
      hitsInField(rule, field, folded, rule.readsLawNames ? boilerplate : [...boilerplate, ...lawNames]),
    );
    const perTerm = new Map<number, number>();
    let raw = 0;
    for (const h of hits) {
      const seen = perTerm.get(h.term) ?? 0;
      if (seen >= MAX_HITS_PER_TERM) continue;
      perTerm.set(h.term, seen + 1);
      raw += h.weight * FIELD_WEIGHT[h.span.field];
    }
    const score = 1 - Math.exp(-raw / SATURATION);
    if (score < TOPIC_THRESHOLD) continue;
    out.push({
      kind: 'topic',
      id: rule.id,
      name: rule.name.en,
      score: Math.round(score * 1000) / 1000,
      evidence: hits.slice(0, MAX_EVIDENCE).map((h) => h.span),
      extractor: EXTRACTOR.name,
      extractorVersion: EXTRACTOR.version,
    });
  }
  return out.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
