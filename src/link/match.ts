// The pack's match rules, compiled once per pack, and the test of one rule against one figure
// (rules: src/programme/schema.ts, matchRuleSchema; how to write them: docs/programme-pack.md).
import type { OrganizationMention } from '../extract/facts.ts';
import { placeIndex } from '../extract/gazetteer/places.ts';
import { tokenize } from '../extract/names/tokens.ts';
import type { Agency, Indicator, MatchRule, Pack } from '../programme/schema.ts';
import { containsAny, phraseKey, startsWithPhrase } from './keys.ts';
import type { Figure } from './figures.ts';
import type { DocumentContext } from './document.ts';

export interface CompiledRule {
  indicator: Indicator;
  /** Position in the pack: the last tie-breaker. */
  order: number;
  units: string[];
  exactUnit: boolean;
  bare: boolean;
  fraction: MatchRule['fraction'];
  context: string[] | null;
  near: string[] | null;
  paragraphContext: string[] | null;
  documentContext: string[] | null;
  exclude: string[];
  nearExclude: string[];
  stance: MatchRule['stance'];
  qualifier: MatchRule['qualifier'];
}

export interface CompiledPack {
  rules: CompiledRule[];
  /** The companies of the pack by id. */
  companies: Map<string, Agency>;
  /** The pack agency an organisation mention names, if it is a ministry, an agency or a company. */
  agencyOf(o: Pick<OrganizationMention, 'name' | 'text'>): Agency | null;
  /** The provincial unit named inside a name (`Ủy ban nhân dân tỉnh Tây Ninh` → Tây Ninh), if any. */
  provinceInName(text: string): string | null;
  /** The programme's adopting document number (`57` of `57-NQ/TW`) and date, for `sau nửa năm thực hiện Nghị quyết 57`. */
  adoption: { number: string; date: string } | null;
  /** Match keys of units seen so far: a corpus repeats a few thousand units endlessly. */
  unitKeys: Map<string, string>;
  /** Whether some rule could take a unit key (anyUnitHolds), per unit key seen. */
  unitGate: Map<string, boolean>;
}

const UNIT_KEY_CACHE_LIMIT = 50_000;

export function unitKeyOf(pack: CompiledPack, unit: string): string {
  let k = pack.unitKeys.get(unit);
  if (k === undefined) {
    k = phraseKey(unit);
    if (pack.unitKeys.size >= UNIT_KEY_CACHE_LIMIT) pack.unitKeys.clear();
    pack.unitKeys.set(unit, k);
  }
  return k;
}

// Ministries, agencies and companies can be a figure's own scope; the Party, the Assembly and the
// Government speak for the country, so their figures are national.
const SCOPING_KINDS = new Set<Agency['kind']>(['ministry', 'agency', 'company']);

export type PackForLinking = Pick<Pack, 'indicators' | 'agencies'> & Partial<Pick<Pack, 'provinces' | 'programme'>>;

/** Match keys and lookups computed once per pack, not once per fact. */
export function compilePack(pack: PackForLinking): CompiledPack {
  const list = (xs: string[] | undefined) => (xs && xs.length > 0 ? xs.map(phraseKey) : null);
  const rules: CompiledRule[] = [];
  for (const indicator of pack.indicators) {
    for (const rule of indicator.match) {
      rules.push({
        indicator,
        order: rules.length,
        units: rule.units.map(phraseKey),
        exactUnit: rule.exactUnit ?? false,
        bare: rule.bare ?? false,
        fraction: rule.fraction,
        context: list(rule.context),
        near: list(rule.near),
        paragraphContext: list(rule.paragraphContext),
        documentContext: list(rule.documentContext),
        exclude: rule.exclude?.map(phraseKey) ?? [],
        nearExclude: rule.nearExclude?.map(phraseKey) ?? [],
        stance: rule.stance,
        qualifier: rule.qualifier,
      });
    }
  }
  const agencies = new Map<string, Agency>();
  for (const agency of pack.agencies) {
    if (!SCOPING_KINDS.has(agency.kind)) continue;
    // `Tập đoàn … (Viettel)`: the short name in brackets is how the press writes it.
    const bracketed = [...agency.name.matchAll(/\(([^)]+)\)/gu)].map((m) => m[1]!);
    const names = [agency.name, agency.name.replace(/\s*\([^)]*\)/gu, ''), ...bracketed, ...agency.formerNames.map((f) => f.name)];
    for (const name of names) if (!agencies.has(phraseKey(name))) agencies.set(phraseKey(name), agency);
  }
  const index = placeIndex();
  const adopting = pack.programme?.adoptedBy;
  const number = adopting ? /^(\d+)/.exec(adopting.document)?.[1] : undefined;
  return {
    rules,
    companies: new Map(pack.agencies.filter((a) => a.kind === 'company').map((a) => [a.id, a])),
    agencyOf: (o) => agencies.get(phraseKey(o.name)) ?? agencies.get(phraseKey(o.text)) ?? null,
    provinceInName: (text) => index.findAll(tokenize(text)).find((m) => m.value.unit !== null)?.value.unit ?? null,
    adoption: adopting && number ? { number, date: adopting.date } : null,
    unitKeys: new Map(),
    unitGate: new Map(),
  };
}

export interface RuleHit {
  rule: CompiledRule;
  /** Length of the unit that matched (0 for a bare number): a longer unit is more specific. */
  unitLength: number;
  /** The figure states its own measure (a unit beyond `%`, or a `near` word), not only its sentence. */
  own: boolean;
  conditions: number;
}

function conditionCount(r: CompiledRule): number {
  return [r.context, r.near, r.paragraphContext, r.documentContext, r.stance, r.fraction, r.exactUnit || null].filter((x) => x).length + r.exclude.length + r.nearExclude.length;
}

/** Whether some rule could take a quantity with this unit key (null: no unit): the cheap gate before reading a document. */
export function anyUnitHolds(pack: CompiledPack, unitKey: string | null): boolean {
  const k = unitKey ?? '';
  let ok = pack.unitGate.get(k);
  if (ok === undefined) {
    ok = pack.rules.some((r) => (unitKey === null ? r.bare : r.units.some((u) => (r.exactUnit ? unitKey === u : startsWithPhrase(unitKey, u)))));
    if (pack.unitGate.size >= UNIT_KEY_CACHE_LIMIT) pack.unitGate.clear();
    pack.unitGate.set(k, ok);
  }
  return ok;
}

/** Whether the rule's unit, fraction and text conditions hold for the figure (its stance is checked later). */
export function ruleHit(rule: CompiledRule, fig: Figure, ctx: DocumentContext): RuleHit | null {
  let unitLength = -1;
  if (fig.unitKey === null) {
    if (rule.bare) unitLength = 0;
  } else {
    for (const u of rule.units) {
      const ok = rule.exactUnit ? fig.unitKey === u : startsWithPhrase(fig.unitKey, u);
      if (ok) unitLength = Math.max(unitLength, u.length);
    }
  }
  if (unitLength < 0) return null;
  if (rule.fraction ? fig.part !== rule.fraction : fig.part === 'whole') return null;
  const key = fig.field.key;
  const { start: s0, end: s1 } = fig.sentence;
  if (rule.context && !containsAny(key, rule.context, s0, s1)) return null;
  if (rule.near && !containsAny(key, rule.near, fig.nearStart, fig.nearEnd)) return null;
  if (rule.paragraphContext && !containsAny(key, rule.paragraphContext)) return null;
  if (rule.documentContext && !containsAny(ctx.key, rule.documentContext)) return null;
  if (rule.exclude.length > 0 && containsAny(key, rule.exclude, s0, s1)) return null;
  if (rule.nearExclude.length > 0 && containsAny(key, rule.nearExclude, fig.clauseStart, fig.nearEnd)) return null;
  return { rule, unitLength, own: (unitLength > 1 && fig.unitKey !== '%') || rule.near !== null, conditions: conditionCount(rule) };
}

/** Most specific first: the longest unit (`trạm 5G mới` before `trạm 5G`), own evidence, more conditions, then pack order. */
export function bySpecificity(a: RuleHit, b: RuleHit): number {
  return b.unitLength - a.unitLength || Number(b.own) - Number(a.own) || b.conditions - a.conditions || a.rule.order - b.rule.order;
}
