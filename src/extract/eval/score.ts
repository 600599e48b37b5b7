// Scores extracted facts against gold annotations (rules: test/gold/README.md).
import type { DocumentField, StructuredDocument } from '../../records.ts';
import type {
  DateMention,
  DocumentFacts,
  LegalRefMention,
  OrganizationMention,
  PersonMention,
  PlaceMention,
  QuantityMention,
} from '../facts.ts';
import { fieldsOf } from '../facts.ts';
import type { GoldDocument, GoldFile, GoldMention, GoldMentionKind, OneOrMany } from './gold.ts';
import { MENTION_KINDS } from './gold.ts';
import {
  attrMatches,
  dateMatches,
  foldKey,
  formatDate,
  goldLegalKey,
  legalRefMatches,
  numbersEqual,
  placeKey,
} from './keys.ts';

export type ScoredKind = GoldMentionKind | 'topic';
export const SCORED_KINDS: readonly ScoredKind[] = [...MENTION_KINDS, 'topic'];

/** Where a listed mention sits, with what it says. */
export interface Listing {
  doc: number;
  field: DocumentField | null;
  index: number | null;
  text: string;
  /** The key (or, for value errors, `attribute: gold ≠ predicted`). */
  detail: string;
}

export interface AttributeCount {
  correct: number;
  total: number;
}

export interface KindScore {
  kind: ScoredKind;
  gold: number;
  predicted: number;
  tp: number;
  fp: number;
  fn: number;
  /** Predictions with the key of an already matched gold mention inside its span: ignored. */
  duplicates: number;
  /** Value accuracy over true positives, per attribute not in the key. */
  values: Record<string, AttributeCount>;
  fps: Listing[];
  fns: Listing[];
  valueErrors: Listing[];
}

export interface EvalResult {
  source: string;
  kinds: Record<ScoredKind, KindScore>;
  /** Gold that could not be located in the reader's text, documents without predictions, … */
  warnings: string[];
}

export interface EvaluateOptions {
  /** The reader's documents, indexed like the gold documents: used to locate gold spans. */
  documents?: (StructuredDocument | null | undefined)[];
  /** A predicted topic counts when its score is at least this (default 0: every emitted topic). */
  topicMinScore?: number;
}

export function precision(s: Pick<KindScore, 'tp' | 'fp'>): number | null {
  return s.tp + s.fp === 0 ? null : s.tp / (s.tp + s.fp);
}
export function recall(s: Pick<KindScore, 'tp' | 'fn'>): number | null {
  return s.tp + s.fn === 0 ? null : s.tp / (s.tp + s.fn);
}
export function f1(s: Pick<KindScore, 'tp' | 'fp' | 'fn'>): number | null {
  const p = precision(s);
  const r = recall(s);
  if (p === null || r === null) return null;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function emptyScore(kind: ScoredKind): KindScore {
  return { kind, gold: 0, predicted: 0, tp: 0, fp: 0, fn: 0, duplicates: 0, values: {}, fps: [], fns: [], valueErrors: [] };
}

function emptyKinds(): Record<ScoredKind, KindScore> {
  return Object.fromEntries(SCORED_KINDS.map((k) => [k, emptyScore(k)])) as Record<ScoredKind, KindScore>;
}

type Predicted = PersonMention | OrganizationMention | PlaceMention | LegalRefMention | DateMention | QuantityMention;

function predictedOfKind(facts: DocumentFacts, kind: GoldMentionKind): Predicted[] {
  switch (kind) {
    case 'person':
      return facts.persons;
    case 'organization':
      return facts.organizations;
    case 'place':
      // The seed gold's convention (test/gold/README.md): no place mention inside an organisation's name.
      return facts.places.filter((p) => p.within !== 'organization');
    case 'legalRef':
      return facts.legalRefs;
    case 'date':
      return facts.dates;
    case 'quantity':
      return facts.quantities;
  }
}

/** Does a prediction say the same thing as a gold mention (ignoring its span)? */
export function keyMatches(gold: GoldMention, pred: Predicted): boolean {
  switch (gold.kind) {
    case 'person':
      return pred.kind === 'person' && foldKey(pred.name) === foldKey(gold.name);
    case 'organization':
      return pred.kind === 'organization' && [gold.name, ...(gold.altNames ?? [])].some((n) => foldKey(n) === foldKey(pred.name));
    case 'place':
      return pred.kind === 'place' && [gold.name, ...(gold.altNames ?? [])].some((n) => placeKey(n) === placeKey(pred.name));
    case 'legalRef':
      return pred.kind === 'legalRef' && legalRefMatches(gold, pred);
    case 'date':
      return pred.kind === 'date' && dateMatches(gold.value, pred.value);
    case 'quantity':
      return pred.kind === 'quantity' && numbersEqual(pred.value, gold.value) && numbersEqual(pred.valueMax, gold.valueMax ?? null);
  }
}

/** The key of a gold mention, for listings. */
export function goldKey(g: GoldMention): string {
  switch (g.kind) {
    case 'person':
    case 'organization':
    case 'place':
      return g.name;
    case 'legalRef':
      return goldLegalKey(g);
    case 'date':
      return formatDate(g.value);
    case 'quantity':
      return `${g.value}${g.valueMax != null ? `–${g.valueMax}` : ''}${g.of != null ? `/${g.of}` : ''} ${String((Array.isArray(g.unit) ? g.unit[0] : g.unit) ?? '')}`.trim();
  }
}

/** The key of a prediction, for listings. */
export function predictedKey(p: Predicted): string {
  switch (p.kind) {
    case 'person':
    case 'organization':
    case 'place':
      return p.name;
    case 'legalRef':
      return p.id ?? p.lawName ?? `${p.type ?? '?'} (no id)`;
    case 'date':
      return formatDate(p.value);
    case 'quantity':
      return `${p.value}${p.valueMax !== null ? `–${p.valueMax}` : ''}${p.of !== null ? `/${p.of}` : ''} ${p.unit ?? ''}`.trim();
  }
}

type AttrCheck = [name: string, gold: OneOrMany<string | number | null> | undefined, pred: string | number | null, norm?: (s: string) => string];

/** The attributes outside the key, compared when the gold mention states them. */
function attributeChecks(g: GoldMention, p: Predicted): AttrCheck[] {
  if (g.kind === 'person' && p.kind === 'person') return [['title', g.title, p.title]];
  if (g.kind === 'organization' && p.kind === 'organization') return [['orgType', g.orgType, p.orgType]];
  if (g.kind === 'place' && p.kind === 'place') return [['unit', g.unit, p.unit, placeKey]];
  if (g.kind === 'legalRef' && p.kind === 'legalRef')
    return [
      ['type', g.type, p.type],
      ['issuer', g.issuer, p.issuer],
      ['date', g.date, p.date],
    ];
  if (g.kind === 'date' && p.kind === 'date') return [['yearFrom', g.yearFrom, p.yearFrom]];
  if (g.kind === 'quantity' && p.kind === 'quantity')
    return [
      ['unit', g.unit, p.unit],
      ['qualifier', g.qualifier, p.qualifier],
      ['stance', g.stance, p.stance],
      ['of', g.of, p.of],
    ];
  return [];
}

function showValue(v: OneOrMany<string | number | null> | undefined): string {
  if (Array.isArray(v)) return v.map((x) => String(x)).join(' | ');
  return String(v);
}

function locate(text: string, needle: string, occurrence: number): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

interface ResolvedGold {
  mention: GoldMention;
  field: DocumentField;
  index: number;
  start: number | null;
  end: number | null;
}

/**
 * Puts each gold mention at its offsets in the reader's text. When the paragraph at the gold index
 * does not start with `fieldTextStart`, the paragraph of the same field that does is used instead
 * (and a warning says so).
 */
function resolveDocument(gdoc: GoldDocument, doc: StructuredDocument | null | undefined, warnings: string[], source: string): ResolvedGold[] {
  const fields = doc ? fieldsOf(doc) : [];
  const remapped = new Set<string>();
  return gdoc.mentions.map((m) => {
    if (m.start !== undefined && m.end !== undefined) return { mention: m, field: m.field, index: m.index, start: m.start, end: m.end };
    const where = `${source} doc ${gdoc.index} ${m.field}[${m.index}]`;
    if (!doc) {
      warnings.push(`${where}: no reader document, gold "${m.text}" cannot be located`);
      return { mention: m, field: m.field, index: m.index, start: null, end: null };
    }
    let index = m.index;
    let para = fields.find((f) => f.field === m.field && f.index === m.index);
    if (m.fieldTextStart && !(para && para.text.startsWith(m.fieldTextStart))) {
      const other = fields.find((f) => f.field === m.field && f.text.startsWith(m.fieldTextStart!));
      const key = `${m.field}[${m.index}]`;
      if (other) {
        if (!remapped.has(key)) warnings.push(`${where}: paragraph "${m.fieldTextStart}…" found at ${m.field}[${other.index}]: gold remapped`);
        remapped.add(key);
        para = other;
        index = other.index;
      } else {
        if (!remapped.has(key)) warnings.push(`${where}: the reader has no ${m.field} paragraph starting "${m.fieldTextStart}…"`);
        remapped.add(key);
      }
    }
    const at = para ? locate(para.text, m.text, m.occurrence ?? 0) : -1;
    if (at < 0) {
      warnings.push(`${where}: gold "${m.text}" not found in the reader's text`);
      return { mention: m, field: m.field, index, start: null, end: null };
    }
    return { mention: m, field: m.field, index, start: at, end: at + m.text.length };
  });
}

function overlap(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  return Math.min(aEnd, bEnd) - Math.max(aStart, bStart);
}

function scoreKind(score: KindScore, docIndex: number, golds: ResolvedGold[], preds: Predicted[]): void {
  score.gold += golds.length;
  score.predicted += preds.length;
  const pairs: { g: number; p: number; ov: number; dist: number }[] = [];
  golds.forEach((g, gi) => {
    if (g.start === null || g.end === null) return;
    preds.forEach((p, pi) => {
      if (p.field !== g.field || p.index !== g.index) return;
      const ov = overlap(g.start!, g.end!, p.start, p.end);
      if (ov <= 0 || !keyMatches(g.mention, p)) return;
      pairs.push({ g: gi, p: pi, ov, dist: Math.abs(g.start! - p.start) + Math.abs(g.end! - p.end) });
    });
  });
  pairs.sort((a, b) => b.ov - a.ov || a.dist - b.dist || a.p - b.p);
  const goldTaken = new Map<number, number>();
  const predTaken = new Set<number>();
  for (const pair of pairs) {
    if (goldTaken.has(pair.g) || predTaken.has(pair.p)) continue;
    goldTaken.set(pair.g, pair.p);
    predTaken.add(pair.p);
  }
  for (const [gi, pi] of goldTaken) {
    const g = golds[gi]!;
    const p = preds[pi]!;
    score.tp++;
    for (const [name, gv, pv, norm] of attributeChecks(g.mention, p)) {
      if (gv === undefined) continue;
      const count = (score.values[name] ??= { correct: 0, total: 0 });
      count.total++;
      if (attrMatches(gv, pv, norm)) count.correct++;
      else
        score.valueErrors.push({
          doc: docIndex,
          field: g.field,
          index: g.index,
          text: g.mention.text,
          detail: `${name}: gold ${showValue(gv)} ≠ predicted ${String(pv)}`,
        });
    }
  }
  preds.forEach((p, pi) => {
    if (predTaken.has(pi)) return;
    const duplicate = pairs.some((pair) => pair.p === pi && goldTaken.has(pair.g));
    if (duplicate) {
      score.duplicates++;
      return;
    }
    score.fp++;
    score.fps.push({ doc: docIndex, field: p.field, index: p.index, text: p.text, detail: predictedKey(p) });
  });
  golds.forEach((g, gi) => {
    if (goldTaken.has(gi)) return;
    score.fn++;
    score.fns.push({ doc: docIndex, field: g.field, index: g.index, text: g.mention.text, detail: goldKey(g.mention) });
  });
}

/**
 * Scores predicted facts against one gold file. `predictedFactsByDoc[i]` are the facts of the
 * document whose gold `index` is i (null when the reader produced no such document). Gold mentions
 * need offsets: either given (`start`/`end`) or located in `options.documents`.
 */
export function evaluate(
  gold: GoldFile,
  predictedFactsByDoc: (DocumentFacts | null | undefined)[],
  options: EvaluateOptions = {},
): EvalResult {
  const kinds = emptyKinds();
  const warnings: string[] = [];
  const minScore = options.topicMinScore ?? 0;
  for (const gdoc of gold.documents) {
    const facts = predictedFactsByDoc[gdoc.index] ?? null;
    const needsText = gdoc.mentions.some((m) => m.start === undefined || m.end === undefined);
    if (needsText && !options.documents)
      throw new Error(`${gold.source} doc ${gdoc.index}: gold mentions without offsets need options.documents`);
    if (!facts) warnings.push(`${gold.source} doc ${gdoc.index}: no predicted facts (document missing from the reader's output?)`);
    const resolved = resolveDocument(gdoc, options.documents?.[gdoc.index], warnings, gold.source);
    for (const kind of MENTION_KINDS) {
      const golds = resolved.filter((r) => r.mention.kind === kind);
      const preds = facts ? predictedOfKind(facts, kind) : [];
      scoreKind(kinds[kind], gdoc.index, golds, preds);
    }
    const topic = kinds.topic;
    const goldTopics = new Set(gdoc.topics);
    const predTopics = new Set((facts?.topics ?? []).filter((t) => t.score >= minScore).map((t) => t.id));
    topic.gold += goldTopics.size;
    topic.predicted += predTopics.size;
    for (const id of predTopics) {
      if (goldTopics.has(id)) topic.tp++;
      else {
        topic.fp++;
        topic.fps.push({ doc: gdoc.index, field: null, index: null, text: id, detail: id });
      }
    }
    for (const id of goldTopics) {
      if (predTopics.has(id)) continue;
      topic.fn++;
      topic.fns.push({ doc: gdoc.index, field: null, index: null, text: id, detail: id });
    }
  }
  if (predictedFactsByDoc.length > gold.documents.length)
    warnings.push(`${gold.source}: ${predictedFactsByDoc.length - gold.documents.length} predicted document(s) beyond the gold documents were not scored`);
  return { source: gold.source, kinds, warnings };
}

/** Sums several results (one per gold file) into one. */
export function mergeResults(results: EvalResult[], source = 'all'): EvalResult {
  const kinds = emptyKinds();
  for (const r of results) {
    for (const k of SCORED_KINDS) {
      const a = kinds[k];
      const b = r.kinds[k];
      a.gold += b.gold;
      a.predicted += b.predicted;
      a.tp += b.tp;
      a.fp += b.fp;
      a.fn += b.fn;
      a.duplicates += b.duplicates;
      for (const [name, c] of Object.entries(b.values)) {
        const t = (a.values[name] ??= { correct: 0, total: 0 });
        t.correct += c.correct;
        t.total += c.total;
      }
    }
  }
  return { source, kinds, warnings: results.flatMap((r) => r.warnings) };
}

/** Kinds whose precision or recall is below the thresholds (undefined values pass). */
export function shortfalls(result: EvalResult, minPrecision: number, minRecall: number): string[] {
  const out: string[] = [];
  for (const k of SCORED_KINDS) {
    const s = result.kinds[k];
    const p = precision(s);
    const r = recall(s);
    if (p !== null && p < minPrecision) out.push(`${k}: precision ${p.toFixed(3)} < ${minPrecision}`);
    if (r !== null && r < minRecall) out.push(`${k}: recall ${r.toFixed(3)} < ${minRecall}`);
  }
  return out;
}
