// Scope from the whole document: whose figure is this number?
// 1. The nearest cue before the number in its sentence: a province (old names go to their 2025 unit,
//    so that old and new names form one series), `cả nước` / `toàn quốc` / `Việt Nam` (national), a
//    word pointing back to the story's province (`toàn tỉnh`, `tỉnh này`, `trên địa bàn`,
//    `địa phương`), a ministry or company of the pack whose own figure it is, or an unnamed group
//    (`các tỉnh còn lại`, `4/13 sở, ngành`) or the world, which give no observation.
// 2. Else a cue after the number in its clause (`… 20% dân số cả nước`).
// 3. Else the nearest cue earlier in the paragraph.
// 4. Else the province the story is about (title, lede, dateline: document.ts), else national.
// So a provincial story never yields a national value unless its sentence says so.
// An operator's figure is never the country's: a station count with Viettel as its subject is
// Viettel's (an indicator that takes agencies) or no observation; a count it gives for one province
// is its branch's, not an observation either. A ministry that announces a figure is its source, not
// its subject (`theo Bộ…`, `Bộ … cho biết`).
import { DEFAULT_SCOPE_KINDS, type Agency, type Indicator, type ScopeKind } from '../programme/schema.ts';
import { containsAny, containsPhrase, phraseKey, phraseOffsets } from './keys.ts';
import { provincesIn, type DocumentContext, type LinkField } from './document.ts';
import type { Figure } from './figures.ts';
import type { CompiledPack } from './match.ts';
import { RANKED_AMONG, SCOPE_WORDS, SOURCE_BEFORE, SOURCE_VERBS, WHOLE_OF, type ScopeWordKind } from './words.ts';

export type ScopeCue =
  | { kind: 'province'; unit: string; start: number; end: number }
  | { kind: ScopeWordKind; start: number; end: number }
  | { kind: 'agency'; agency: Agency; source: boolean; own: boolean; start: number; end: number }
  /** A company outside the pack (`VNPT`, `MobiFone`): its figures are its own, and have no scope here. */
  | { kind: 'company'; source: boolean; start: number; end: number };

export type ScopeResult =
  | {
      scope: string;
      confidence: number;
      /** Provinces named with it (`Hà Nội và TP Hồ Chí Minh … chỉ đạt dưới 10%`): each has the figure too. */
      alongside: string[];
    }
  | { drop: 'group' | 'world' | 'operator' | 'not_allowed' };

const WORDS = SCOPE_WORDS.map(([p, k]) => [phraseKey(p), k] as const);
const RANKED = RANKED_AMONG.map(phraseKey);
const SOURCE_AFTER = new RegExp(`^\\s*(?:(?:đã|cũng|vừa|mới)\\s+)?(?:${SOURCE_VERBS.map(phraseKey).join('|')})(?![\\p{L}])`, 'u');
const SOURCE_PRE = new RegExp(`(?:^|\\s)(?:${SOURCE_BEFORE.map(phraseKey).join('|')})\\s*$|(?:số liệu|thống kê|báo cáo|công bố|đánh giá)(?:\\s+mới nhất)?\\s+của\\s*$`, 'u');
const WHOLE = WHOLE_OF.map(phraseKey);
/** The unit of rank indicators (docs/programme-pack.md). */
const RANK_UNIT = 'hạng';
// `Bộ Công Thương dẫn đầu với tỷ lệ 83,48%`, `Bộ Tài chính (78,44%)`: the body's own figure in a ranking.
const OWN_AFTER = /^\s*(?:\(|(?:dẫn đầu|đứng đầu|đứng thứ|xếp thứ|đạt)(?![\p{L}]))/u;

/** Every scope cue of a field, in text order. */
export function scopeCues(field: LinkField, pack: CompiledPack): ScopeCue[] {
  const key = field.key;
  const cues: ScopeCue[] = [];
  const taken: [number, number][] = [];
  for (const p of provincesIn(field, pack)) {
    cues.push({ kind: 'province', unit: p.unit, start: p.start, end: p.end });
    taken.push([p.start, p.end]);
  }
  for (const o of field.organizations) {
    taken.push([o.start, o.end]);
    const agency = pack.agencyOf(o);
    const source = SOURCE_AFTER.test(key.slice(o.end, o.end + 24)) || SOURCE_PRE.test(key.slice(Math.max(0, o.start - 24), o.start));
    if (!agency) {
      if (o.orgType === 'company') cues.push({ kind: 'company', source, start: o.start, end: o.end });
      continue;
    }
    cues.push({ kind: 'agency', agency, source, own: !source && OWN_AFTER.test(key.slice(o.end, o.end + 16)), start: o.start, end: o.end });
  }
  const insideName = (s: number, e: number) => field.organizations.some((o) => s >= o.start && e <= o.end);
  for (const p of field.places) {
    if (p.unit !== null || insideName(p.start, p.end)) continue;
    if (p.placeType === 'country') {
      cues.push({ kind: p.name === 'Việt Nam' ? 'national' : 'world', start: p.start, end: p.end });
      taken.push([p.start, p.end]);
    }
  }
  const words: { kind: ScopeWordKind; start: number; end: number }[] = [];
  for (const [phrase, kind] of WORDS) {
    for (const at of phraseOffsets(key, phrase)) {
      const end = at + phrase.length;
      if (taken.some(([s, e]) => at < e && s < end)) continue;
      if (kind === 'national' && containsAny(key.slice(Math.max(0, at - 14), at), RANKED)) continue; // đứng đầu cả nước
      words.push({ kind, start: at, end });
    }
  }
  words.sort((a, b) => b.end - b.start - (a.end - a.start));
  for (const w of words) if (!cues.some((c) => c.kind !== 'agency' && c.kind !== 'company' && c.kind !== 'province' && w.start < c.end && c.start < w.end)) cues.push(w);
  return cues.sort((a, b) => a.start - b.start);
}

type Phase = 'sentence' | 'after' | 'paragraph';

interface Resolution {
  fig: Figure;
  allowed: readonly ScopeKind[];
  /** A rank among countries: `thế giới` is where it is ranked, not whose figure it is. */
  rank: boolean;
  ctx: DocumentContext;
  cues: readonly ScopeCue[];
  companies: ReadonlyMap<string, Agency>;
}

function provinceScope(r: Resolution, unit: string, confidence: number, alongside: string[] = []): ScopeResult {
  return r.allowed.includes('province') ? { scope: `province:${unit}`, confidence, alongside } : { drop: 'not_allowed' };
}

const JOINED = /^\s*(?:,|và|cùng)\s*$/u;

/** A rate or a bound is said of each province named; an exact count may be their total. */
function distributes(fig: Figure): boolean {
  return fig.q.unit?.startsWith('%') === true || ['less_than', 'more_than', 'at_least', 'up_to'].includes(fig.q.qualifier);
}

/** Provinces coordinated with the one nearest the number (`Hà Nội và TP Hồ Chí Minh … dưới 10%`). */
function coordinated(r: Resolution, cue: Extract<ScopeCue, { kind: 'province' }>): string[] {
  const out: string[] = [];
  let right = cue;
  for (const c of [...r.cues].reverse()) {
    if (c.end > right.start) continue;
    if (c.kind !== 'province' || !JOINED.test(r.fig.field.key.slice(c.end, right.start))) break;
    if (c.unit !== cue.unit && !out.includes(c.unit)) out.push(c.unit);
    right = c;
  }
  return out;
}

/** A company's figure: its own (if the indicator takes agencies), never the country's or a province's. */
function companyScope(r: Resolution, agency: Agency, confidence: number): ScopeResult {
  if (!r.allowed.includes('agency')) return { drop: 'operator' };
  const { fig } = r;
  // `Viettel … phát sóng khoảng 800 trạm 5G tại tỉnh Phú Thọ`: a branch's count.
  const branch = r.cues.some((c) => c.kind === 'province' && c.start >= fig.end && c.end <= fig.nearEnd);
  return branch ? { drop: 'operator' } : { scope: `agency:${agency.id}`, confidence, alongside: [] };
}

function isWhole(fig: Figure): boolean {
  const lead = fig.field.key.slice(fig.leadStart, fig.numberAt).trimEnd();
  return WHOLE.some((w) => lead.endsWith(w) && containsPhrase(lead, w));
}

/** What one cue says, or null to read on. */
function interpret(r: Resolution, cue: ScopeCue, phase: Phase): ScopeResult | null {
  const confidence = phase === 'paragraph' ? 0.8 : 1;
  const { allowed, ctx, cues } = r;
  switch (cue.kind) {
    case 'province': {
      const together = phase === 'sentence' ? coordinated(r, cue) : [];
      // `Hà Nội và TP.HCM có tổng cộng 6.500 trạm`: a count of two provinces together has no scope.
      if (together.length > 0 && !distributes(r.fig)) return { drop: 'group' };
      return provinceScope(r, cue.unit, confidence, together);
    }
    case 'national':
    case 'block':
      return allowed.includes('national') ? { scope: 'national', confidence, alongside: [] } : null;
    case 'backref': {
      const named = cues.filter((c): c is Extract<ScopeCue, { kind: 'province' }> => c.kind === 'province' && c.end <= cue.start).at(-1);
      const unit = named?.unit ?? ctx.home;
      return unit ? provinceScope(r, unit, named ? confidence : 0.8) : null;
    }
    case 'group':
      return phase === 'paragraph' ? null : { drop: 'group' };
    case 'world':
      return phase === 'paragraph' || r.rank ? null : { drop: 'world' };
    case 'operator': {
      const named = cues.filter((c): c is Extract<ScopeCue, { kind: 'agency' }> => c.kind === 'agency' && c.agency.kind === 'company' && c.end <= cue.start).at(-1);
      if (named) return companyScope(r, named.agency, confidence);
      return ctx.homeCompany && r.companies.has(ctx.homeCompany) ? companyScope(r, r.companies.get(ctx.homeCompany)!, 0.8) : null;
    }
    case 'company':
      return cue.source ? null : { drop: 'operator' };
    case 'agency':
      if (cue.agency.kind === 'company') return companyScope(r, cue.agency, confidence);
      if (cue.source || isWhole(r.fig)) return null;
      if (!allowed.includes('agency')) return cue.own && phase !== 'paragraph' ? { drop: 'not_allowed' } : null;
      return { scope: `agency:${cue.agency.id}`, confidence, alongside: [] };
  }
}

/** The scope of a figure for an indicator that takes `allowed` scopes. */
export function resolveScope(
  fig: Figure,
  indicator: Pick<Indicator, 'scopes' | 'unit'>,
  ctx: DocumentContext,
  cues: readonly ScopeCue[],
  companies: ReadonlyMap<string, Agency>,
  figures: readonly Figure[],
): ScopeResult {
  const allowed = indicator.scopes ?? DEFAULT_SCOPE_KINDS;
  const r: Resolution = { fig, allowed, rank: indicator.unit === RANK_UNIT, ctx, cues, companies };
  const { start: s0, end: s1 } = fig.sentence;
  // `tối thiểu 20.000 trạm 5G trên toàn quốc, với tổng số 22.758 trạm`: a cue in the clause of an
  // earlier figure is that figure's.
  const others = figures.filter((g) => g !== fig && g.sentence.start === s0 && g.end <= fig.numberAt);
  const ownedByOther = (c: ScopeCue) => others.some((g) => c.start >= g.end && c.end <= g.nearEnd);
  // A group does not reach across a semicolon: `5G phủ 100% xã, phường; tỷ lệ dân số … đạt 72%`.
  const semicolon = fig.field.key.lastIndexOf(';', fig.numberAt);
  const before = cues
    .filter((c) => c.start >= s0 && c.end <= fig.numberAt && !ownedByOther(c) && !(c.kind === 'group' && c.end <= semicolon))
    .reverse();
  for (const c of before) {
    const got = interpret(r, c, 'sentence');
    if (got) return got;
  }
  const after = cues.filter(
    (c) => c.start >= fig.end && c.end <= s1 && (c.end <= fig.nearEnd || c.kind === 'national' || c.kind === 'company' || (c.kind === 'agency' && c.agency.kind === 'company')),
  );
  for (const c of after) {
    const got = interpret(r, c, 'after');
    if (got) return got;
  }
  const earlier = cues.filter((c) => c.end <= s0).reverse();
  for (const c of earlier) {
    const got = interpret(r, c, 'paragraph');
    if (got) return got;
  }
  if (ctx.home) return provinceScope(r, ctx.home, 0.8);
  if (ctx.homeCompany && companies.has(ctx.homeCompany) && !allowed.includes('national')) return companyScope(r, companies.get(ctx.homeCompany)!, 0.8);
  return allowed.includes('national') ? { scope: 'national', confidence: 1, alongside: [] } : { drop: 'not_allowed' };
}
