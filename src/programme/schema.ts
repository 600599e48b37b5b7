// The programme pack: the reference data Radar 57 tracks a programme against (targets, indicators,
// implementing documents, agencies, reported values, tasks). One YAML file per section in a folder
// (docs/programme-pack.md); this module is the schema every file is checked with. Cross-references
// between sections (a target's indicator, a task's agency) are checked by validate.ts.
import { z } from 'zod';
import { periodEnd } from '../text/periods.ts';

/** ISO date, to the day, month or year: `2025-07-02`, `2025-10`, `2025`. */
export const isoDate = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'expected an id of lower-case letters, digits, _ and -');

/** A name in Vietnamese, with its English form when there is one. */
const names = z.strictObject({ vi: z.string().min(1), en: z.string().min(1).optional() });

/** Where a row comes from: a URL, or `seed:<file>` for the project's own seed material. */
const source = z
  .string()
  .regex(/^(?:https?:\/\/\S+|seed:\S+)$/, 'expected a source URL (http…) or seed:<file>');

/**
 * Who or what a value or target is about: `national`, `province:<unit name>` (one of the 34 units
 * or a former province), `agency:<agency id>`, `org:<name>` (a company or body outside the agency list).
 */
export const scope = z
  .string()
  .regex(/^(?:national|region:\S.*|province:\S.*|agency:[a-z0-9][a-z0-9_-]*|org:\S.*)$/, 'expected national, region:…, province:…, agency:<id> or org:…');

export const programmeSchema = z.strictObject({
  id,
  name: names,
  adoptedBy: z.strictObject({ document: z.string().min(1), date: isoDate }),
  horizon: z.array(z.number().int().min(2000).max(2100)).optional(),
  pillars: z.array(z.strictObject({ id, name: names })).min(1),
  source: source.optional(),
});

export const qualifiers = ['exact', 'about', 'more_than', 'less_than', 'at_least', 'up_to', 'range'] as const;

/** Scopes a figure of an indicator may have (docs/programme-pack.md, Scopes): `agency` covers ministries and companies. */
export const scopeKinds = ['national', 'province', 'agency'] as const;

/** The scopes of an indicator that does not list its own. */
export const DEFAULT_SCOPE_KINDS: readonly (typeof scopeKinds)[number][] = ['national', 'province'];

/**
 * How quantity facts match an indicator. Every listed condition must hold. Text is compared in
 * lower case with canonical tone placement (hoà = hòa) but WITH its diacritics: folded, `cần` (need)
 * would match `cán` (cán bộ). Write phrases with their diacritics.
 * - `units`: the fact's unit starts with one of these, at a word boundary (`trạm 5G` matches `trạm 5G mới`);
 *   with `exactUnit`, it is one of them (`trạm` alone, not `trạm thu phát sóng`);
 * - `bare`: the number is written without a unit (`từ vị trí 59 lên 44`); `units` may then be empty;
 * - `fraction`: `part` is the count in `1.227/1.298 nhiệm vụ`, `whole` the total after the slash;
 * - `context`: one of these is in the fact's sentence;
 * - `near`: one of these is in the number's own stretch of the sentence: from the number before it
 *   (or the sentence start) to the next number or clause end after it, its unit included;
 * - `paragraphContext`: one of these is in the fact's paragraph; `documentContext`: in the document;
 * - `exclude`: none of these is in the sentence; `nearExclude`: none in the number's clause (from the
 *   last comma or bracket before it) and the rest of its stretch;
 * - `stance`: only reported values, or only targets;
 * - `qualifier`: how the figure reads whatever its words (`nhóm 30 nước dẫn đầu` is a rank of at most 30).
 */
export const matchRuleSchema = z
  .strictObject({
    units: z.array(z.string().min(1)).default([]),
    exactUnit: z.boolean().optional(),
    bare: z.boolean().optional(),
    fraction: z.enum(['part', 'whole']).optional(),
    context: z.array(z.string().min(1)).optional(),
    near: z.array(z.string().min(1)).optional(),
    paragraphContext: z.array(z.string().min(1)).optional(),
    documentContext: z.array(z.string().min(1)).optional(),
    exclude: z.array(z.string().min(1)).optional(),
    nearExclude: z.array(z.string().min(1)).optional(),
    stance: z.enum(['reported', 'target']).optional(),
    qualifier: z.enum(qualifiers).optional(),
  })
  .superRefine((r, ctx) => {
    if (r.units.length === 0 && !r.bare) ctx.addIssue({ code: 'custom', path: ['units'], message: 'a rule needs units, or bare: true for numbers without one' });
  });

/** The two KPI layers of the official monitoring system: macro (vĩ mô) and operational (tác nghiệp). */
export const indicatorLayers = ['strategic', 'operational'] as const;
/** stock: a value at a date (stations in service); flow: a value for a period (spending in a year). */
export const indicatorKinds = ['stock', 'flow'] as const;
/** How often the indicator is reported: a month, a quarter, six months, a year. */
export const indicatorFrequencies = ['month', 'quarter', 'half_year', 'year'] as const;
/** How the former provinces' values make a merged unit's value (docs/programme-pack.md, Aggregation). */
export const aggregations = ['sum', 'mean', 'none'] as const;

/**
 * Defaults for indicators that do not state them (packs written before these fields existed): the
 * fields stay optional in the type, and code reads them through indicatorKindOf and aggregationOf.
 */
export const INDICATOR_DEFAULTS = { kind: 'stock', aggregation: 'none' } as const;

export function indicatorKindOf(indicator: { kind?: IndicatorKind | undefined } | undefined): IndicatorKind {
  return indicator?.kind ?? INDICATOR_DEFAULTS.kind;
}

export function aggregationOf(indicator: { aggregation?: Aggregation | undefined } | undefined): Aggregation {
  return indicator?.aggregation ?? INDICATOR_DEFAULTS.aggregation;
}

/**
 * The agency that monitors an indicator: an id, or `{ agency, source, verified, note }` when the
 * pack says where the assignment comes from. Both forms read as the object.
 */
const ownerSchema = z.preprocess(
  (v) => (typeof v === 'string' ? { agency: v } : v),
  z.strictObject({
    agency: id,
    source: source.optional(),
    verified: z.boolean().default(true),
    note: z.string().optional(),
  }),
);

/** A value the indicator started from, with its date and source. */
const baselineSchema = z.strictObject({
  value: z.number(),
  date: isoDate,
  source,
  verified: z.boolean().default(true),
  note: z.string().optional(),
});

export const indicatorSchema = z.strictObject({
  id,
  name: names,
  /** `%`, `trạm`, `doanh nghiệp`, `người`, `hạng` (a rank), `% GDP`… */
  unit: z.string().min(1),
  /** Whether a higher value is better (counts, shares) or a lower one (ranks). */
  direction: z.enum(['higher', 'lower']),
  pillar: id.optional(),
  match: z.array(matchRuleSchema).default([]),
  /**
   * Whose figures it has (default national and province): an operator's own count (`agency`) is not
   * the country's (`national`).
   */
  scopes: z.array(z.enum(scopeKinds)).min(1).optional(),
  /** Every value found is this stance, whatever its words: a stated need is a reported figure, not a goal. */
  stance: z.enum(['reported', 'target']).optional(),
  /** Strategic (macro) or operational KPI; absent: not stated. */
  layer: z.enum(indicatorLayers).optional(),
  /** The agency that monitors it (an id of agencies.yaml or provinces.yaml); absent: not known. */
  owner: ownerSchema.optional(),
  /** stock or flow; absent: stock (INDICATOR_DEFAULTS, indicatorKindOf). */
  kind: z.enum(indicatorKinds).optional(),
  /** How often it is reported; absent: not stated (no partial-period rule applies). */
  frequency: z.enum(indicatorFrequencies).optional(),
  baseline: baselineSchema.optional(),
  /** How a merged province's value is made from its former provinces' values; absent: none (aggregationOf). */
  aggregation: z.enum(aggregations).optional(),
  note: z.string().optional(),
});

export const comparators = ['>=', '>', '<=', '<', '=', 'between'] as const;

/**
 * A step on the way to a target: the value to reach by an earlier date (2025 beside 2030). Its
 * comparator is the target's unless given; each has its own source.
 */
export const milestoneSchema = z.strictObject({
  deadline: isoDate,
  comparator: z.enum(comparators).optional(),
  value: z.number(),
  valueMax: z.number().optional(),
  /** The document that set it, when not the target's. */
  setBy: z.string().min(1).optional(),
  source,
  verified: z.boolean().default(true),
  note: z.string().optional(),
});

export const targetSchema = z
  .strictObject({
    id,
    indicator: id.optional(),
    name: names,
    comparator: z.enum(comparators).optional(),
    value: z.number().optional(),
    /** Upper end for `between`. */
    valueMax: z.number().optional(),
    unit: z.string().min(1).optional(),
    /** For targets without a figure (`5G nationwide`): what is aimed at, in words. */
    description: z.string().optional(),
    deadline: isoDate,
    scope: scope.default('national'),
    /** The document that set the target: `57-NQ/TW`, `03/NQ-CP`… */
    setBy: z.string().min(1),
    sources: z.array(source).min(1),
    verified: z.boolean(),
    note: z.string().optional(),
    /** Intermediate values with earlier deadlines (default none). */
    milestones: z.array(milestoneSchema).optional(),
  })
  .superRefine((t, ctx) => {
    const deadlines = new Set<string>();
    const milestones = t.milestones ?? [];
    milestones.forEach((m, i) => {
      if (periodEnd(m.deadline) >= periodEnd(t.deadline)) {
        ctx.addIssue({ code: 'custom', path: ['milestones', i, 'deadline'], message: `a milestone must fall before the target's deadline (${t.deadline})` });
      }
      if (deadlines.has(periodEnd(m.deadline))) ctx.addIssue({ code: 'custom', path: ['milestones', i, 'deadline'], message: `two milestones on ${m.deadline}` });
      deadlines.add(periodEnd(m.deadline));
      const comparator = m.comparator ?? t.comparator;
      if (comparator === 'between' && (m.valueMax === undefined || m.valueMax < m.value)) {
        ctx.addIssue({ code: 'custom', path: ['milestones', i, 'valueMax'], message: 'a between milestone needs valueMax at least value' });
      }
    });
    if (t.value === undefined) {
      if (!t.description) ctx.addIssue({ code: 'custom', path: ['description'], message: 'a target without a value needs a description' });
      if (milestones.length > 0) ctx.addIssue({ code: 'custom', path: ['milestones'], message: 'milestones need a target with a value and comparator' });
      return;
    }
    if (!t.comparator) ctx.addIssue({ code: 'custom', path: ['comparator'], message: 'a target with a value needs a comparator' });
    if (!t.indicator) ctx.addIssue({ code: 'custom', path: ['indicator'], message: 'a target with a value needs an indicator' });
    if (t.comparator === 'between' && (t.valueMax === undefined || t.valueMax < t.value)) {
      ctx.addIssue({ code: 'custom', path: ['valueMax'], message: 'a between target needs valueMax at least value' });
    }
  });

export const documentSchema = z.strictObject({
  id: z.string().min(1),
  type: z.string().min(1),
  issuer: z.string().min(1),
  date: isoDate.nullable(),
  title: names,
  inForce: isoDate.optional(),
  sources: z.array(source).min(1),
  verified: z.boolean().default(true),
  note: z.string().optional(),
});

export const agencyKinds = ['party', 'assembly', 'government', 'ministry', 'agency', 'province', 'former_province', 'company', 'other'] as const;

export const agencySchema = z.strictObject({
  id,
  name: z.string().min(1),
  en: z.string().optional(),
  kind: z.enum(agencyKinds),
  /** Earlier names, each used until a date (inclusive). */
  formerNames: z.array(z.strictObject({ name: z.string().min(1), until: isoDate })).default([]),
  /** For a former province, or a ministry merged away: where it went and from when. */
  mergedInto: z.strictObject({ agency: id, from: isoDate }).optional(),
  /** For a provincial unit: the former provinces merged into it. */
  mergedFrom: z.array(id).optional(),
  adminCentre: z.string().optional(),
  sources: z.array(source).default([]),
  verified: z.boolean().default(true),
});

export const observationSchema = z.strictObject({
  indicator: id,
  scope: scope.default('national'),
  value: z.number(),
  valueMax: z.number().optional(),
  qualifier: z.enum(qualifiers).default('exact'),
  stance: z.enum(['reported', 'target']).default('reported'),
  /** The date the value is as of (a target's: its deadline). */
  asOf: isoDate,
  /** When it was published or announced, if later than asOf. */
  reported: isoDate.optional(),
  sources: z.array(source).min(1),
  verified: z.boolean().default(true),
  note: z.string().optional(),
});

export const taskStatuses = ['chua_thuc_hien', 'dang_thuc_hien', 'hoan_thanh'] as const;

export const taskSchema = z.strictObject({
  id,
  title: z.string().min(1),
  setBy: z.string().min(1),
  agency: id,
  coAgencies: z.array(id).default([]),
  deadline: isoDate,
  history: z
    .array(
      z.strictObject({
        status: z.enum(taskStatuses),
        at: isoDate,
        by: z.string().min(1),
        evidence: z.string().optional(),
        note: z.string().optional(),
      }),
    )
    .default([]),
});

/** One schema per pack file; each file holds one top-level key of the same name. */
export const packFiles = {
  'programme.yaml': z.strictObject({ programme: programmeSchema }),
  'indicators.yaml': z.strictObject({ indicators: z.array(indicatorSchema) }),
  'targets.yaml': z.strictObject({ targets: z.array(targetSchema) }),
  'documents.yaml': z.strictObject({ documents: z.array(documentSchema) }),
  'agencies.yaml': z.strictObject({ agencies: z.array(agencySchema) }),
  'provinces.yaml': z.strictObject({ provinces: z.array(agencySchema) }),
  'observations.yaml': z.strictObject({ observations: z.array(observationSchema) }),
  'tasks.yaml': z.strictObject({ tasks: z.array(taskSchema) }),
} as const;

/** programme.yaml is required; every other file may be left out (an empty section). */
export const REQUIRED_PACK_FILE = 'programme.yaml';

export type Programme = z.infer<typeof programmeSchema>;
export type MatchRule = z.infer<typeof matchRuleSchema>;
export type ScopeKind = (typeof scopeKinds)[number];
export type Indicator = z.infer<typeof indicatorSchema>;
export type Target = z.infer<typeof targetSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type IndicatorLayer = (typeof indicatorLayers)[number];
export type IndicatorKind = (typeof indicatorKinds)[number];
export type IndicatorFrequency = (typeof indicatorFrequencies)[number];
export type Aggregation = (typeof aggregations)[number];
export type Baseline = z.infer<typeof baselineSchema>;
export type IndicatorOwner = z.infer<typeof ownerSchema>;
export type Comparator = (typeof comparators)[number];
export type PackDocument = z.infer<typeof documentSchema>;
export type Agency = z.infer<typeof agencySchema>;
export type PackObservation = z.infer<typeof observationSchema>;
export type PackTask = z.infer<typeof taskSchema>;
export type TaskStatus = (typeof taskStatuses)[number];

export interface Pack {
  /** The folder it was loaded from. */
  dir: string;
  /** sha256 over the pack's files (names and bytes): what the store compares to see a changed pack. */
  hash: string;
  programme: Programme;
  indicators: Indicator[];
  targets: Target[];
  documents: PackDocument[];
  /** Ministries, party and state bodies, companies: everything but the provinces. */
  agencies: Agency[];
  /** The 34 provincial units and the 63 former provinces (kind province / former_province). */
  provinces: Agency[];
  observations: PackObservation[];
  tasks: PackTask[];
}
