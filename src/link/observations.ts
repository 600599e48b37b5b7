// Link stage, programme side: a document's quantity facts → observations of the pack's indicators.
//
// For each quantity fact, the most specific match rule that holds (longest unit, then most
// conditions, then pack order) names its indicator (rules: src/programme/schema.ts, matchRuleSchema). The observation then gets:
// - as-of: the date fact nearest the number in its sentence; else the nearest one before it in the
//   same paragraph; else the document's published date; else none. A period that is a whole year
//   or month is kept at that precision (`2025`, `2025-10`); any other period gives its last day.
// - scope: a province named in the sentence (its unit today, so that old and new names form one
//   series); else the only province named in the paragraph, with lower confidence; else a company
//   of the pack named in the sentence (`agency:viettel`); else national. Ministries are not scopes:
//   a ministry reporting a national figure is its source, not its subject.
// - the sentence and span, the extractor version, and a key that stays the same when the document
//   is linked again (reviews refer to it).
import type { StructuredDocument } from '../records.ts';
import { fieldsOf, type DateMention, type FieldText, type PlaceMention, type QuantityMention } from '../extract/facts.ts';
import type { MentionRecord } from '../store/types.ts';
import type { Agency, Indicator, MatchRule, Pack } from '../programme/schema.ts';
import { splitSentences, type Sentence } from '../text/sentences.ts';
import { matchKey } from '../text/tones.ts';
import { periodEnd } from '../text/periods.ts';

export const OBSERVATION_LINKER_VERSION = '1.0.0';

export type AsOfSource = 'text' | 'paragraph' | 'published' | 'pack' | 'none';

export interface ObservationDraft {
  key: string;
  indicator: string;
  scope: string;
  value: number;
  valueMax: number | null;
  unit: string | null;
  qualifier: QuantityMention['qualifier'];
  stance: QuantityMention['stance'];
  asOf: string | null;
  asOfFrom: AsOfSource;
  field: QuantityMention['field'];
  index: number;
  start: number;
  end: number;
  factText: string;
  sentence: string;
  confidence: number;
  extractorVersion: string;
}

/** What the linker needs of a document: its text fields and date. */
export type LinkableDocument = Pick<StructuredDocument, 'title' | 'lede' | 'body' | 'captions' | 'published'> & { id: number };

interface CompiledRule {
  units: string[];
  context: string[] | null;
  paragraphContext: string[] | null;
  exclude: string[];
  stance: MatchRule['stance'];
}

export interface CompiledIndicators {
  rules: { indicator: Indicator; rule: CompiledRule }[];
  companies: { agency: Agency; keys: string[] }[];
  /** Match keys of units seen so far: a corpus repeats a few thousand units endlessly. */
  unitKeys: Map<string, string>;
}

const UNIT_KEY_CACHE_LIMIT = 50_000;

function unitKeyOf(compiled: CompiledIndicators, unit: string): string {
  let k = compiled.unitKeys.get(unit);
  if (k === undefined) {
    k = key(unit);
    if (compiled.unitKeys.size >= UNIT_KEY_CACHE_LIMIT) compiled.unitKeys.clear();
    compiled.unitKeys.set(unit, k);
  }
  return k;
}

const key = (text: string): string => matchKey(text).replace(/\s+/gu, ' ').trim();

/** Whole-word containment on match keys: `5g` in `trạm 5g`, not `ai` in `mai`. */
function containsPhrase(haystack: string, phrase: string): boolean {
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(phrase, from);
    if (at < 0) return false;
    const before = at === 0 ? '' : haystack[at - 1]!;
    const after = haystack[at + phrase.length] ?? '';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    from = at + 1;
  }
}

function startsWithPhrase(text: string, prefix: string): boolean {
  return text.startsWith(prefix) && !/[\p{L}\p{N}]/u.test(text[prefix.length] ?? '');
}

/** Match keys computed once per pack, not once per fact. */
export function compileIndicators(pack: Pick<Pack, 'indicators' | 'agencies'>): CompiledIndicators {
  const list = (xs: string[] | undefined) => (xs && xs.length > 0 ? xs.map(key) : null);
  return {
    rules: pack.indicators.flatMap((indicator) =>
      indicator.match.map((rule) => ({
        indicator,
        rule: {
          units: rule.units.map(key),
          context: list(rule.context),
          paragraphContext: list(rule.paragraphContext),
          exclude: rule.exclude?.map(key) ?? [],
          stance: rule.stance,
        },
      })),
    ),
    companies: pack.agencies
      .filter((a) => a.kind === 'company')
      .map((agency) => ({
        agency,
        // `Tập đoàn … (Viettel)`: the short name in brackets is how the press writes it.
        keys: [agency.name, ...agency.formerNames.map((f) => f.name), ...[...agency.name.matchAll(/\(([^)]+)\)/gu)].map((m) => m[1]!)].map(key),
      })),
    unitKeys: new Map(),
  };
}

/** The unit and stance conditions: cheap, checked first for every fact. */
function unitHolds(rule: CompiledRule, q: QuantityMention, unitKey: string): boolean {
  if (rule.stance && rule.stance !== q.stance) return false;
  return rule.units.some((u) => startsWithPhrase(unitKey, u));
}

/** The text conditions, for the few facts whose unit matched: their keys are computed only then. */
function contextHolds(rule: CompiledRule, sentenceKey: () => string, paragraphKey: () => string): boolean {
  if (rule.context && !rule.context.some((c) => containsPhrase(sentenceKey(), c))) return false;
  if (rule.paragraphContext && !rule.paragraphContext.some((c) => containsPhrase(paragraphKey(), c))) return false;
  return !rule.exclude.some((c) => containsPhrase(sentenceKey(), c));
}

/**
 * Among the rules that hold, the most specific: the longest matching unit (`trạm 5G mới`, one
 * operator's new stations, before `trạm 5G`), then the most conditions, then pack order.
 */
function mostSpecific<T extends { rule: CompiledRule }>(hits: T[], unitKey: string): T | undefined {
  const unitLength = (r: CompiledRule) => Math.max(...r.units.filter((u) => startsWithPhrase(unitKey, u)).map((u) => u.length));
  const conditions = (r: CompiledRule) => (r.context ? 1 : 0) + (r.paragraphContext ? 1 : 0) + r.exclude.length + (r.stance ? 1 : 0);
  let best: T | undefined;
  for (const hit of hits) {
    if (!best) best = hit;
    else {
      const d = unitLength(hit.rule) - unitLength(best.rule) || conditions(hit.rule) - conditions(best.rule);
      if (d > 0) best = hit;
    }
  }
  return best;
}

function dateValue(d: DateMention): string {
  if (typeof d.value === 'string') return d.value;
  const { start, end } = d.value;
  if (start.endsWith('-01-01') && end.endsWith('-12-31') && start.slice(0, 4) === end.slice(0, 4)) return start.slice(0, 4);
  if (start.endsWith('-01') && start.slice(0, 7) === end.slice(0, 7) && periodEnd(start.slice(0, 7)) === end) return start.slice(0, 7);
  return end;
}

function asOfFor(
  q: QuantityMention,
  sentence: Sentence,
  dates: DateMention[],
  published: string | null,
): { asOf: string | null; from: AsOfSource } {
  const inParagraph = dates.filter((d) => d.field === q.field && d.index === q.index);
  const inSentence = inParagraph.filter((d) => d.start >= sentence.start && d.end <= sentence.end);
  if (inSentence.length > 0) {
    const distance = (d: DateMention) => (d.end <= q.start ? q.start - d.end : Math.max(0, d.start - q.end));
    const nearest = [...inSentence].sort((a, b) => distance(a) - distance(b))[0]!;
    return { asOf: dateValue(nearest), from: 'text' };
  }
  const before = inParagraph.filter((d) => d.end <= sentence.start).sort((a, b) => b.end - a.end)[0];
  if (before) return { asOf: dateValue(before), from: 'paragraph' };
  if (published) return { asOf: published.slice(0, 10), from: 'published' };
  return { asOf: null, from: 'none' };
}

function scopeFor(
  q: QuantityMention,
  sentence: Sentence,
  mentions: readonly MentionRecord[],
  companies: CompiledIndicators['companies'],
  sentenceKey: string,
): { scope: string; confidence: number } {
  const provinces = mentions.filter(
    (m): m is PlaceMention => m.kind === 'place' && m.unit !== null && m.field === q.field && m.index === q.index,
  );
  const inSentence = provinces.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
  if (inSentence.length > 0) {
    // Several provinces in one sentence: the one nearest the number is the figure's subject.
    const nearest = [...inSentence].sort((a, b) => Math.abs(a.start - q.start) - Math.abs(b.start - q.start))[0]!;
    return { scope: `province:${nearest.unit}`, confidence: 1 };
  }
  const inParagraph = [...new Set(provinces.map((m) => m.unit))];
  if (inParagraph.length === 1) return { scope: `province:${inParagraph[0]}`, confidence: 0.8 };
  const company = companies.find((c) => c.keys.some((k) => containsPhrase(sentenceKey, k)));
  if (company) return { scope: `agency:${company.agency.id}`, confidence: 0.9 };
  return { scope: 'national', confidence: 1 };
}

/** The observations a document's facts give under a pack (compiled with compileIndicators). */
export function linkObservations(
  doc: LinkableDocument,
  mentions: readonly MentionRecord[],
  compiled: CompiledIndicators,
): ObservationDraft[] {
  const quantities = mentions.filter((m): m is QuantityMention => m.kind === 'quantity' && m.unit !== null);
  if (quantities.length === 0 || compiled.rules.length === 0) return [];
  const dates = mentions.filter((m): m is DateMention => m.kind === 'date');
  // Match keys (tone placement, lower case) are the costly part: computed for the fields and
  // sentences of facts whose unit matched some rule, each once.
  const fields = new Map<string, FieldText>(fieldsOf(doc).map((f) => [`${f.field}:${f.index}`, f]));
  const keys = new Map<string, string>();
  const keyOnce = (id: string, text: string) => keys.get(id) ?? (keys.set(id, key(text)), keys.get(id)!);
  const sentencesOf = new Map<FieldText, Sentence[]>();
  const out: ObservationDraft[] = [];
  for (const q of quantities) {
    const unitKey = unitKeyOf(compiled, q.unit as string);
    const candidates = compiled.rules.filter(({ rule }) => unitHolds(rule, q, unitKey));
    const field = candidates.length > 0 ? fields.get(`${q.field}:${q.index}`) : undefined;
    if (!field) continue;
    if (!sentencesOf.has(field)) sentencesOf.set(field, splitSentences(field.text));
    const sentence = sentencesOf.get(field)!.find((s) => q.start >= s.start && q.start < s.end) ?? { start: 0, end: field.text.length, text: field.text };
    const fieldId = `${q.field}:${q.index}`;
    const sentenceKey = () => keyOnce(`${fieldId}:${sentence.start}`, sentence.text);
    const paragraphKey = () => keyOnce(fieldId, field.text);
    const hit = mostSpecific(candidates.filter(({ rule }) => contextHolds(rule, sentenceKey, paragraphKey)), unitKey);
    if (!hit) continue;
    const { asOf, from } = asOfFor(q, sentence, dates, doc.published);
    const { scope, confidence } = scopeFor(q, sentence, mentions, compiled.companies, sentenceKey());
    const dateConfidence = from === 'text' ? 1 : from === 'paragraph' || from === 'published' ? 0.9 : 0.7;
    out.push({
      key: `x:${doc.id}:${q.field}:${q.index}:${q.start}-${q.end}:${hit.indicator.id}`,
      indicator: hit.indicator.id,
      scope,
      value: q.value,
      valueMax: q.valueMax,
      unit: q.unit,
      qualifier: q.qualifier,
      stance: q.stance,
      asOf,
      asOfFrom: from,
      field: q.field,
      index: q.index,
      start: q.start,
      end: q.end,
      factText: q.text,
      sentence: sentence.text.trim(),
      confidence: Math.round(q.confidence * confidence * dateConfidence * 1000) / 1000,
      extractorVersion: `${q.extractor}@${q.extractorVersion}+observations@${OBSERVATION_LINKER_VERSION}`,
    });
  }
  return out;
}
