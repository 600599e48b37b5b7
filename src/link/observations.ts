// Link stage, programme side: a document's quantity facts → observations of the pack's indicators.
// Which indicator, whose (scope), a result or a goal (stance), and when, are linking decisions made
// from the figure's sentence, its paragraph and the whole document (title, lede, dateline), with the
// facts the extractors give (quantities, dates and places with their spans, organisations).
//
// For each figure (figures.ts):
// - indicator: the most specific match rule of the pack that holds (match.ts); a figure without a
//   unit of its own continues the measure of the figure before it in its sentence (`25% GRDP và
//   năm 2030 là 40%`); a headline figure that restates a figure of the body takes the body's reading
//   (the same value and indicator; dropped too when the body gives it to an unnamed group);
// - stance (stance.ts): target, reported, or an estimate: an estimate for the current period is a
//   reported value (qualifier `about`), a forecast for a later year is no observation unless a plan
//   sets it;
// - scope (scope.ts): the province, ministry or company whose figure it is, else the story's
//   province, else national; a figure of an unnamed group, of the world, or an operator's count for
//   an indicator that is not per operator gives no observation;
// - as-of or deadline (period.ts); a reported figure left undated by its paragraph takes the date
//   of the same figure elsewhere in the text, the period its title names, its published date, or
//   the year the text speaks of; a target takes only a deadline the text gives.
// Captions are not linked: they restate the article or describe a photograph.
// Every draft keeps the sentence and span, the extractor versions, and a key that stays the same
// when the document is linked again (reviews refer to it).
import type { StructuredDocument } from '../records.ts';
import type { QuantityMention } from '../extract/facts.ts';
import type { MentionRecord } from '../extract/facts.ts';
import { containsAny, phraseKey } from './keys.ts';
import { documentContext, type DocumentContext, type LinkField } from './document.ts';
import { figuresOf, type Figure } from './figures.ts';
import { anyUnitHolds, bySpecificity, compilePack, ruleHit, unitKeyOf, type CompiledPack, type CompiledRule, type PackForLinking, type RuleHit } from './match.ts';
import { carriedDeadline, fieldDates, figureDate, titleDate, type AsOfSource, type FieldDate } from './period.ts';
import { resolveScope, scopeCues, type ScopeCue } from './scope.ts';
import { readStance, yearAhead, type StanceReading } from './stance.ts';
import { CHANGE_BEFORE, CONTINUATION_BREAKERS, GOAL_WORDS, NEED_BEFORE, SAME_MEASURE } from './words.ts';
import { periodEnd } from '../text/periods.ts';

export const OBSERVATION_LINKER_VERSION = '2.1.0';

export type { AsOfSource } from './period.ts';

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

export type CompiledIndicators = CompiledPack;

/** Match keys and lookups computed once per pack, not once per fact. */
export function compileIndicators(pack: PackForLinking): CompiledIndicators {
  return compilePack(pack);
}

const BREAKERS = CONTINUATION_BREAKERS.map(phraseKey);
const COMPARISONS = ['cao hơn', 'thấp hơn'].map(phraseKey);
const GOALS = GOAL_WORDS.map(phraseKey);
const SAME = SAME_MEASURE.map(phraseKey);
// The change word, then at most a hedge (`tăng hơn 14%`), right before the number; `tăng từ 60 MW lên 410 MW` starts from a level.
const CHANGE_WORD = new RegExp(
  `(?:^|[^\\p{L}])((?:${NEED_BEFORE.map(phraseKey).join('|')})\\s+)?(?:${CHANGE_BEFORE.map(phraseKey).join('|')})(?:\\s+(?:hơn|khoảng|gần|trên|xấp xỉ|chừng|ước))?\\s*$`,
  'u',
);

/**
 * `tăng 14,6%`, `lắp thêm 40 trạm`: a change, not a level. Only an indicator of growth (`%/năm`) or
 * of new things (a rule unit with `mới`) takes it.
 */
function isChange(fig: Figure): boolean {
  const m = CHANGE_WORD.exec(fig.field.key.slice(Math.max(0, fig.numberAt - 28), fig.numberAt));
  return m !== null && m[1] === undefined;
}
const takesChanges = (rule: CompiledRule): boolean =>
  rule.indicator.unit.includes('/năm') || rule.indicator.match.some((m) => m.units.some((u) => /(?:^|\s)mới$/u.test(u)));

/** How a figure came to its indicator. */
interface Reading {
  hit: RuleHit;
  via: 'rule' | 'list' | 'echo';
}

interface FieldState {
  field: LinkField;
  figures: Figure[];
  dates: FieldDate[];
  cues: ScopeCue[];
}

interface Linked {
  fig: Figure;
  draft: ObservationDraft;
  rule: CompiledRule;
  /** Reported, and undated by its sentence and paragraph: the document dates it once all is read. */
  undated: boolean;
}

interface Dropped {
  fig: Figure;
  indicator: string;
  reason: string;
}

/**
 * A figure continues the measure of the figure before it: no unit of its own (or the same one), and
 * nothing between that changes the measure. `cao hơn tỷ lệ trung bình toàn quốc là 9,6%` gives the
 * value compared with (`là`), not a difference.
 */
function continues(fig: Figure, prev: Linked): boolean {
  const prevUnit = prev.fig.unitKey;
  const sameKind = fig.unitKey === null ? prevUnit === null : fig.unitKey === prevUnit || (fig.unitKey === '%' && prevUnit !== null && prevUnit.startsWith('%'));
  if (!sameKind || fig.part === 'whole') return false;
  // `cao hơn mức bình quân cả nước là 18,3%`: a national average is a level, not a period's average.
  const key = withoutNationalAverage(fig.field.key);
  const breakers = BREAKERS.filter((b) => containsAny(key, [b], fig.leadStart, fig.numberAt));
  const comparedValue = /(?:^|\s)là\s*$/u.test(key.slice(fig.leadStart, fig.numberAt)) && breakers.every((b) => COMPARISONS.includes(b));
  if (breakers.length > 0 && !comparedValue) return false;
  const rule = prev.rule;
  if (rule.exclude.length > 0 && containsAny(key, rule.exclude, fig.sentence.start, fig.sentence.end)) return false;
  return !(rule.nearExclude.length > 0 && containsAny(key, rule.nearExclude, fig.clauseStart, fig.nearEnd));
}

const NATIONAL_AVERAGE = /(?:bình quân|trung bình)(?:\s+của)?\s+(?:cả nước|toàn quốc)/gu;
const withoutNationalAverage = (key: string): string => key.replace(NATIONAL_AVERAGE, (m) => ' '.repeat(m.length));

const isRound = (v: number) => Number.isInteger(v);
const significantDigits = (v: number) => String(v).replace(/^[0.-]+|\./gu, '').length;
// Words of change: a growth or a difference, not a level.
const CHANGE = ['tăng', 'giảm', 'so cùng kỳ', 'so với cùng kỳ'].map(phraseKey);

class Linker {
  readonly out: Linked[] = [];
  readonly dropped: Dropped[] = [];
  private readonly stances = new Map<Figure, StanceReading>();
  private readonly decided = new Map<Figure, Linked | null>();

  constructor(
    private readonly doc: LinkableDocument,
    private readonly ctx: DocumentContext,
    private readonly pack: CompiledPack,
    private readonly fields: FieldState[],
  ) {}

  /** Pass over every figure in reading order; then headline echoes of body figures. */
  run(): void {
    for (const state of this.fields) for (const fig of state.figures) this.decide(state, fig, this.directHits(fig));
    for (const state of this.fields) {
      for (const fig of state.figures) {
        if (this.decided.get(fig) || this.directHits(fig).length > 0 || (fig.prev && this.decided.get(fig.prev))) continue;
        const echo = this.echoOf(fig);
        if (!echo) continue;
        this.decide(state, fig, [], echo);
        // Figures after it in the sentence may continue its measure now.
        for (const next of state.figures) if (next.prev && next.start > fig.start && !this.decided.get(next) && next.sentence === fig.sentence) this.decide(state, next, this.directHits(next));
      }
    }
    this.dropHeadlineEchoesOfDropped();
    for (const l of this.out) {
      if (!l.undated) continue;
      const dated = this.documentDate(l);
      if (dated) {
        l.draft.asOf = dated.asOf;
        l.draft.asOfFrom = dated.from;
      }
      const factor = !dated ? 0.7 : dated.from === 'published' ? 0.9 : 0.8;
      l.draft.confidence = Math.round(l.draft.confidence * factor * 1000) / 1000;
    }
  }

  /** `tỷ lệ này`: the last figure linked before it, in its paragraph or the one before, when the units agree. */
  private sameMeasure(fig: Figure): Linked | null {
    if (!containsAny(fig.field.key, SAME, fig.sentence.start, fig.numberAt)) return null;
    const here = this.fields.findIndex((s) => s.field === fig.field);
    const last = [...this.out].reverse().find((l) => {
      const there = this.fields.findIndex((s) => s.field === l.fig.field);
      return (there === here && l.fig.end <= fig.start) || there === here - 1;
    });
    if (!last) return null;
    const unit = fig.unitKey;
    return unit === null || unit === last.fig.unitKey || (unit === '%' && last.fig.unitKey?.startsWith('%')) ? last : null;
  }

  private hitsCache = new Map<Figure, RuleHit[]>();
  private directHits(fig: Figure): RuleHit[] {
    let hits = this.hitsCache.get(fig);
    if (!hits) {
      hits = this.pack.rules.map((r) => ruleHit(r, fig, this.ctx)).filter((h): h is RuleHit => h !== null).sort(bySpecificity);
      this.hitsCache.set(fig, hits);
    }
    return hits;
  }

  /**
   * A restated figure: the same value, precise enough not to recur by chance (three significant
   * digits, not whole), linked elsewhere in the document, with nothing in its own stretch that makes
   * it another measure (`tăng 9,6% so cùng kỳ` is growth, whatever else is 9,6).
   */
  private echoOf(fig: Figure): Reading | null {
    if (isRound(fig.value) || significantDigits(fig.value) < 3 || (fig.unitKey !== null && fig.unitKey !== '%')) return null;
    const key = fig.field.key;
    if (containsAny(key, [...BREAKERS, ...CHANGE], fig.clauseStart, fig.nearEnd)) return null;
    const same = this.out.find((l) => l.fig !== fig && l.draft.value === fig.value && l.draft.valueMax === fig.valueMax);
    if (!same || (same.rule.nearExclude.length > 0 && containsAny(key, same.rule.nearExclude, fig.clauseStart, fig.nearEnd))) return null;
    return { hit: { rule: same.rule, unitLength: 0, own: false, conditions: 0 }, via: 'echo' };
  }

  private decide(state: FieldState, fig: Figure, hits: RuleHit[], forced?: Reading): void {
    const readings: Reading[] = forced ? [forced] : hits.map((hit) => ({ hit, via: 'rule' as const }));
    const prev = fig.prev ? this.decided.get(fig.prev) : null;
    if (!forced && prev && continues(fig, prev) && !(hits[0]?.own)) {
      readings.unshift({ hit: { rule: prev.rule, unitLength: 0, own: false, conditions: 0 }, via: 'list' });
    } else if (!forced && !(hits[0]?.own)) {
      const named = this.sameMeasure(fig);
      if (named) readings.unshift({ hit: { rule: named.rule, unitLength: 0, own: false, conditions: 0 }, via: 'list' });
    }
    let first: Dropped | null = null;
    for (const reading of readings) {
      const result = this.link(state, fig, reading);
      if ('drafts' in result) {
        const linked = result.drafts.map((draft) => ({ fig, draft, rule: reading.hit.rule, undated: draft.stance === 'reported' && draft.asOfFrom === 'none' }));
        this.out.push(...linked);
        this.decided.set(fig, linked.at(-1)!);
        return;
      }
      first ??= { fig, indicator: reading.hit.rule.indicator.id, reason: result.drop };
    }
    this.decided.set(fig, null);
    if (first) this.dropped.push(first);
  }

  private link(state: FieldState, fig: Figure, reading: Reading): { drafts: ObservationDraft[] } | { drop: string } {
    const { ctx } = this;
    const rule = reading.hit.rule;
    const indicator = rule.indicator;
    if (isChange(fig) && !takesChanges(rule)) return { drop: 'change' };
    const cue = readStance(fig, ctx, this.stances);
    let stance: 'reported' | 'target' = cue.cls === 'target' ? 'target' : 'reported';
    let estimate = cue.cls === 'estimate';
    if (estimate) {
      // An estimate for the current period is a reported value; one for a later year is a forecast.
      const when = figureDate(fig, 'target', state.dates, ctx);
      const year = when?.asOf ? Number(when.asOf.slice(0, 4)) : null;
      if (year !== null && yearAhead(year, ctx) && (ctx.year === null || year > ctx.year)) {
        if (!containsAny(fig.field.key, GOALS, fig.sentence.start, fig.sentence.end)) return { drop: 'forecast' };
        stance = 'target';
        estimate = false;
      }
    }
    if (indicator.stance) {
      stance = indicator.stance;
      estimate = false;
    }
    if (rule.stance && rule.stance !== stance) return { drop: 'stance' };
    const scope = resolveScope(fig, indicator, ctx, state.cues, this.pack.companies, state.figures);
    if ('drop' in scope) return { drop: scope.drop };
    let dated = figureDate(fig, stance, state.dates, ctx);
    if (!dated && stance === 'target') dated = carriedDeadline(fig, this.fields.slice(0, this.fields.indexOf(state)).filter((s) => s.field.field !== 'title'));
    const { asOf, from } = dated ?? { asOf: null, from: 'none' as const };
    const q = fig.q;
    const qualifier = rule.qualifier ?? (estimate && q.qualifier === 'exact' ? 'about' : q.qualifier);
    // A reported figure without a date yet is dated, and its confidence lowered, once the whole text is read.
    const dateConfidence = from === 'paragraph' || from === 'published' ? 0.9 : 1;
    const viaConfidence = reading.via === 'rule' ? 1 : 0.9;
    const key = `x:${this.doc.id}:${q.field}:${q.index}:${fig.start}-${fig.end}:${indicator.id}`;
    const draft: ObservationDraft = {
      key,
      indicator: indicator.id,
      scope: scope.scope,
      value: fig.value,
      valueMax: fig.valueMax,
      unit: q.unit,
      qualifier,
      stance,
      asOf,
      asOfFrom: from,
      field: q.field,
      index: q.index,
      start: fig.start,
      end: fig.end,
      factText: fig.field.text.slice(fig.start, fig.end),
      sentence: fig.sentence.text.trim(),
      confidence: Math.round(q.confidence * scope.confidence * dateConfidence * viaConfidence * 1000) / 1000,
      extractorVersion: `${q.extractor}@${q.extractorVersion}+observations@${OBSERVATION_LINKER_VERSION}`,
    };
    // The same figure for each province named with it, keyed apart by scope.
    const alongside = scope.alongside.map((unit) => ({ ...draft, key: `${key}@province:${unit}`, scope: `province:${unit}` }));
    return { drafts: [...alongside, draft] };
  }

  /**
   * A reported figure its paragraph leaves undated: the same figure dated in another sentence (a
   * headline restating the body), else the date the text's data are as of (`theo số liệu đến tháng
   * 10`, `tính đến năm 2023`), the period its title names, its published day, the year it speaks of.
   */
  private documentDate(l: Linked): { asOf: string; from: AsOfSource } | null {
    const same = this.out.find((o) => !o.undated && o.draft.indicator === l.draft.indicator && o.draft.value === l.draft.value && o.draft.asOf !== null && o.draft.stance === 'reported');
    if (same) return { asOf: same.draft.asOf!, from: 'document' };
    const dataDate = this.fields.flatMap((s) => s.dates.filter((d) => d.asOfMark)).map((d) => d.value).sort(byPeriodEnd).at(-1);
    if (dataDate) return { asOf: dataDate, from: 'document' };
    const title = this.fields.find((s) => s.field.field === 'title');
    const fromTitle = titleDate(title?.field, title?.dates ?? [], this.ctx);
    if (fromTitle) return { asOf: fromTitle, from: 'document' };
    if (this.ctx.clock?.from === 'published') return { asOf: this.ctx.clock.date, from: 'published' };
    if (this.ctx.textYear !== null) return { asOf: String(this.ctx.textYear), from: 'document' };
    return null;
  }

  /**
   * `Nghệ An: tỷ lệ hồ sơ trực tuyến đạt trên 80%` over a body that gives that 80% to 4 of 13
   * departments: a headline restating a body figure that has no single scope has none either.
   */
  private dropHeadlineEchoesOfDropped(): void {
    const headline = (f: Figure) => f.field.field === 'title' || f.field.field === 'lede';
    const unscoped = this.dropped.filter((d) => !headline(d.fig) && (d.reason === 'group' || d.reason === 'world'));
    for (let i = this.out.length - 1; i >= 0; i--) {
      const l = this.out[i]!;
      if (!headline(l.fig)) continue;
      if (unscoped.some((d) => d.indicator === l.draft.indicator && d.fig.value === l.fig.value && d.fig.q.qualifier === l.fig.q.qualifier)) this.out.splice(i, 1);
    }
  }
}

/** The observations a document's facts give under a pack (compiled with compileIndicators). */
export function linkObservations(doc: LinkableDocument, mentions: readonly MentionRecord[], compiled: CompiledIndicators): ObservationDraft[] {
  if (compiled.rules.length === 0) return [];
  // Most documents have no figure any rule could take: they cost one unit lookup per quantity.
  const takes = (m: MentionRecord) => m.kind === 'quantity' && anyUnitHolds(compiled, m.unit === null ? null : unitKeyOf(compiled, m.unit));
  if (!mentions.some(takes)) return [];
  const ctx = documentContext(doc, mentions, compiled);
  // Fields without figures are read for their dates too: the period a title names, the day data are as of.
  const fields: FieldState[] = ctx.fields
    .filter((f) => !f.caption)
    .map((field) => {
      const figures = figuresOf(field, compiled);
      return { field, figures, dates: fieldDates(field, figures, ctx, compiled), cues: figures.length > 0 ? scopeCues(field, compiled) : [] };
    });
  const linker = new Linker(doc, ctx, compiled, fields);
  linker.run();
  return linker.out.map((l) => l.draft).sort((a, b) => order(ctx, a) - order(ctx, b) || a.start - b.start);
}

const byPeriodEnd = (a: string, b: string): number => (periodEnd(a) < periodEnd(b) ? -1 : periodEnd(a) > periodEnd(b) ? 1 : 0);

function order(ctx: DocumentContext, d: ObservationDraft): number {
  return ctx.fields.findIndex((f) => f.field === d.field && f.index === d.index);
}
