// Scoring of linked observations against the vn-observations gold (../shared/eval/vn-observations/README.md).
// Pure: the caller ingests the text, links it, and hands over the text and the observations with the
// field text they point into.
//
// A gold observation and a predicted one are the same MENTION when their number spans overlap in the
// text (white space collapsed, so that the structure stage's line joins do not matter) and they name
// the same indicator. A mention pair COUNTS (precision and recall) when scope, stance and value
// (with the upper end of a range) also agree. Over the mention pairs, scope, stance, qualifier and
// date are scored one by one. Dates agree when they are equal or end on the same day: a deadline
// `2030` and `2030-12-31` say the same thing (track/dates.ts reads both as 31/12/2030).
import { z } from 'zod';
import { periodEnd } from '../../text/periods.ts';

const goldObservation = z.object({
  indicator: z.string(),
  scope: z.string(),
  value: z.number(),
  valueMax: z.number().nullable(),
  qualifier: z.string(),
  stance: z.enum(['reported', 'target']),
  asOf: z.string().nullable(),
  text: z.string(),
  sentence: z.string(),
});
export type GoldObservation = z.infer<typeof goldObservation>;

export const vnObservationsGold = z.object({
  id: z.string(),
  url: z.string().optional(),
  domain: z.string().optional(),
  published: z.string().nullable(),
  observations: z.array(goldObservation),
  notes: z.string().optional(),
});
export type VnObservationsGold = z.infer<typeof vnObservationsGold>;

/** A linked observation with the text of the field its offsets point into. */
export interface PredictedObservation {
  indicator: string;
  scope: string;
  value: number;
  valueMax: number | null;
  qualifier: string;
  stance: 'reported' | 'target';
  asOf: string | null;
  fieldText: string;
  start: number;
  end: number;
  factText: string;
  sentence: string;
}

export interface Counts {
  hit: number;
  total: number;
}

export interface Tally {
  gold: number;
  predicted: number;
  /** Mention and indicator agree. */
  paired: number;
  /** Paired, and scope, stance and value agree. */
  correct: number;
  scope: Counts;
  stance: Counts;
  qualifier: Counts;
  date: Counts;
  dateExact: Counts;
}

export interface Pair {
  gold: GoldObservation;
  predicted: PredictedObservation;
  scope: boolean;
  stance: boolean;
  value: boolean;
  qualifier: boolean;
  date: boolean;
}

export interface TextScore {
  id: string;
  pairs: Pair[];
  misses: GoldObservation[];
  falsePositives: PredictedObservation[];
  /** Gold observations whose sentence or text could not be found in the text (a gold error). */
  unlocated: GoldObservation[];
}

/** White space collapsed, with the offset in the collapsed text of every original offset. */
function collapse(text: string): { text: string; at: number[] } {
  const at: number[] = [];
  let out = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    at.push(out.length);
    const ch = text[i]!;
    if (/\s/u.test(ch)) {
      space = true;
      continue;
    }
    if (space && out.length > 0) out += ' ';
    space = false;
    at[i] = out.length;
    out += ch;
  }
  at.push(out.length);
  return { text: out, at };
}

type Span = [number, number];

function goldSpan(raw: string, g: GoldObservation): Span | null {
  const sentence = collapse(g.sentence.normalize('NFC')).text;
  const text = collapse(g.text.normalize('NFC')).text;
  const s = raw.indexOf(sentence);
  if (s < 0) return null;
  const t = sentence.indexOf(text);
  if (t < 0) return null;
  return [s + t, s + t + text.length];
}

function predictedSpan(raw: string, p: PredictedObservation): Span | null {
  const field = collapse(p.fieldText.normalize('NFC'));
  const f = raw.indexOf(field.text);
  if (f >= 0) return [f + field.at[p.start]!, f + field.at[p.end]!];
  // The field was rewritten by the structure stage: find the sentence, then the number in it.
  const sentence = collapse(p.sentence.normalize('NFC')).text;
  const s = raw.indexOf(sentence);
  const t = sentence.indexOf(collapse(p.factText).text);
  return s >= 0 && t >= 0 ? [s + t, s + t + collapse(p.factText).text.length] : null;
}

const overlaps = (a: Span, b: Span): boolean => a[0] < b[1] && b[0] < a[1];
const sameNumber = (a: number | null, b: number | null): boolean =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

export function sameDate(gold: string | null, predicted: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  return gold === predicted || periodEnd(gold) === periodEnd(predicted);
}

/** Pairs gold and predicted observations of one text and scores each pair. */
export function scoreText(id: string, rawText: string, gold: readonly GoldObservation[], predicted: readonly PredictedObservation[]): TextScore {
  const raw = collapse(rawText.normalize('NFC')).text;
  const predictedSpans = predicted.map((p) => predictedSpan(raw, p));
  const used = new Set<number>();
  const pairs: Pair[] = [];
  const misses: GoldObservation[] = [];
  const unlocated: GoldObservation[] = [];
  for (const g of gold) {
    const span = goldSpan(raw, g);
    if (!span) {
      unlocated.push(g);
      misses.push(g);
      continue;
    }
    const candidates = predicted
      .map((p, i) => ({ p, i }))
      .filter(({ p, i }) => !used.has(i) && p.indicator === g.indicator && predictedSpans[i] && overlaps(predictedSpans[i]!, span));
    // Two gold observations of one number (`dưới 10%` for two provinces): the one of the same scope first.
    const chosen = candidates.find(({ p }) => p.scope === g.scope) ?? candidates[0];
    if (!chosen) {
      misses.push(g);
      continue;
    }
    used.add(chosen.i);
    const p = chosen.p;
    pairs.push({
      gold: g,
      predicted: p,
      scope: p.scope === g.scope,
      stance: p.stance === g.stance,
      value: sameNumber(p.value, g.value) && sameNumber(p.valueMax, g.valueMax),
      qualifier: p.qualifier === g.qualifier,
      date: sameDate(g.asOf, p.asOf),
    });
  }
  return { id, pairs, misses, unlocated, falsePositives: predicted.filter((_, i) => !used.has(i)) };
}

export const counts = (): Counts => ({ hit: 0, total: 0 });
const emptyTally = (): Tally => ({
  gold: 0,
  predicted: 0,
  paired: 0,
  correct: 0,
  scope: counts(),
  stance: counts(),
  qualifier: counts(),
  date: counts(),
  dateExact: counts(),
});

export const isCorrect = (p: Pair): boolean => p.scope && p.stance && p.value;

function add(c: Counts, ok: boolean): void {
  c.total += 1;
  if (ok) c.hit += 1;
}

/** Pooled over texts: overall, and per indicator (the gold's indicator, else the prediction's). */
export function tally(scores: readonly TextScore[]): { all: Tally; byIndicator: Map<string, Tally> } {
  const all = emptyTally();
  const byIndicator = new Map<string, Tally>();
  const of = (indicator: string): Tally[] => {
    if (!byIndicator.has(indicator)) byIndicator.set(indicator, emptyTally());
    return [all, byIndicator.get(indicator)!];
  };
  for (const s of scores) {
    for (const p of s.pairs) {
      for (const t of of(p.gold.indicator)) {
        t.gold += 1;
        t.predicted += 1;
        t.paired += 1;
        if (isCorrect(p)) t.correct += 1;
        add(t.scope, p.scope);
        add(t.stance, p.stance);
        add(t.qualifier, p.qualifier);
        add(t.date, p.date);
        add(t.dateExact, p.gold.asOf === p.predicted.asOf);
      }
    }
    for (const g of s.misses) for (const t of of(g.indicator)) t.gold += 1;
    for (const p of s.falsePositives) for (const t of of(p.indicator)) t.predicted += 1;
  }
  return { all, byIndicator };
}

export const precision = (t: Tally): number => (t.predicted === 0 ? 1 : t.correct / t.predicted);
export const recall = (t: Tally): number => (t.gold === 0 ? 1 : t.correct / t.gold);
