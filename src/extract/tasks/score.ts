// Scoring the task extractor against hand-written gold (test/gold/tasks/README.md). A predicted task
// matches a gold one when its span overlaps the gold anchor and its lead agency is the gold's; field
// accuracies are taken over the matched pairs, and lead accuracy over the pairs whose spans overlap.
import { z } from 'zod';
import type { StructuredDocument } from '../../records.ts';
import type { ExtractContext } from '../facts.ts';
import { foldForSearch } from '../../text/fold.ts';
import type { TaskAgency, TaskMention } from './types.ts';

const goldTask = z.strictObject({
  paragraph: z.number().int().min(0),
  anchor: z.string().min(1),
  wording: z.string().min(1),
  lead: z.string().min(1),
  co: z.array(z.string().min(1)),
  product: z.string().nullable(),
  deadline: z.string().regex(/^(?:\d{4}-\d{2}-\d{2}\/(?:day|month|quarter|half|year)|recurring)$/).nullable(),
  assignedBy: z.string().nullable(),
  row: z.boolean().optional(),
});

const goldItem = z.strictObject({
  id: z.string().min(1),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  title: z.string().optional(),
  body: z.array(z.string()),
  tasks: z.array(goldTask),
});

export const goldFileSchema = z.strictObject({ about: z.string().optional(), items: z.array(goldItem) });

export type GoldTask = z.infer<typeof goldTask>;
export type GoldItem = z.infer<typeof goldItem>;
export type GoldFile = z.infer<typeof goldFileSchema>;

/** Parses a gold file's JSON; throws naming the item and field that is wrong. */
export function parseTaskGold(json: unknown, origin: string): GoldFile {
  const result = goldFileSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${origin}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  for (const item of result.data.items) {
    for (const t of item.tasks) {
      if (!item.body[t.paragraph]?.includes(t.anchor)) throw new Error(`${origin}: item ${item.id}: anchor “${t.anchor}” is not in paragraph ${t.paragraph}`);
    }
  }
  return result.data;
}

export function documentOf(item: GoldItem): { doc: StructuredDocument; ctx: ExtractContext } {
  const doc: StructuredDocument = {
    kind: 'article', title: item.title ?? null, published: item.published ?? null, publishedPrecision: item.published ? 'date' : 'unknown',
    author: null, authorNote: null, site: null, category: null, lede: null, body: item.body, captions: [], related: [], parent: null, url: null,
  };
  return { doc, ctx: { published: item.published ?? null, dateHint: null, collectionYear: null } };
}

/** The comparable key of an agency: `nhom:<group>`, a pack id, or the folded name. */
export function agencyKey(a: TaskAgency): string {
  if (a.group) return `nhom:${a.group}`;
  return a.agencyId ?? `name:${foldForSearch(a.name)}`;
}

export function goldAgencyKey(text: string): string {
  if (text.startsWith('nhom:') || /^[a-z0-9-]+$/u.test(text)) return text;
  return `name:${foldForSearch(text)}`;
}

export function deadlineKey(t: TaskMention): string | null {
  if (!t.deadline) return null;
  return t.deadline.precision === 'recurring' ? 'recurring' : `${t.deadline.value}/${t.deadline.precision}`;
}

function words(text: string): string[] {
  return foldForSearch(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Token F1 of two wordings (folded, as multisets). */
export function wordingOverlap(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.length === 0 || y.length === 0) return x.length === y.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const w of y) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of x) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / x.length;
  const r = common / y.length;
  return (2 * p * r) / (p + r);
}

export interface FieldError {
  item: string;
  anchor: string;
  field: string;
  expected: string;
  got: string;
}

export interface TaskScore {
  gold: number;
  goldRows: number;
  predicted: number;
  matched: number;
  matchedRows: number;
  /** Gold tasks with a prediction whose span overlaps, and among them those whose lead agrees. */
  spanMatched: number;
  leadAgrees: number;
  co: number;
  product: number;
  deadline: number;
  deadlinePrecision: number;
  assignedBy: number;
  wordingSum: number;
  misses: Array<{ item: string; anchor: string; lead: string; predictedLeads: string[] }>;
  falsePositives: Array<{ item: string; text: string; lead: string; wording: string }>;
  fieldErrors: FieldError[];
}

export function emptyScore(): TaskScore {
  return {
    gold: 0, goldRows: 0, predicted: 0, matched: 0, matchedRows: 0, spanMatched: 0, leadAgrees: 0, co: 0, product: 0, deadline: 0,
    deadlinePrecision: 0, assignedBy: 0, wordingSum: 0, misses: [], falsePositives: [], fieldErrors: [],
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join('|') === [...b].sort().join('|');

/** Adds one gold item's comparison to `score`. */
export function scoreItem(item: GoldItem, predicted: readonly TaskMention[], score: TaskScore): void {
  score.gold += item.tasks.length;
  score.goldRows += item.tasks.filter((t) => t.row).length;
  score.predicted += predicted.length;
  const used = new Set<TaskMention>();
  for (const g of item.tasks) {
    const from = (item.body[g.paragraph] as string).indexOf(g.anchor);
    const to = from + g.anchor.length;
    const overlapping = predicted.filter((p) => p.field === 'body' && p.index === g.paragraph && p.start < to && p.end > from && !used.has(p));
    const leadKey = goldAgencyKey(g.lead);
    const match = overlapping.find((p) => agencyKey(p.lead) === leadKey);
    if (overlapping.length > 0) score.spanMatched++;
    if (!match) {
      score.misses.push({ item: item.id, anchor: g.anchor, lead: g.lead, predictedLeads: overlapping.map((p) => agencyKey(p.lead)) });
      continue;
    }
    used.add(match);
    score.leadAgrees++;
    score.matched++;
    if (g.row) score.matchedRows++;
    const error = (field: string, expected: unknown, got: unknown) =>
      score.fieldErrors.push({ item: item.id, anchor: g.anchor, field, expected: JSON.stringify(expected), got: JSON.stringify(got) });
    const co = match.coAgencies.map(agencyKey);
    const goldCo = g.co.map(goldAgencyKey);
    if (sameSet(co, goldCo)) score.co++;
    else error('co', goldCo, co);
    if (match.product === g.product) score.product++;
    else error('product', g.product, match.product);
    const deadline = deadlineKey(match);
    if (deadline === g.deadline) score.deadline++;
    else error('deadline', g.deadline, deadline);
    if ((deadline?.split('/')[1] ?? deadline) === (g.deadline?.split('/')[1] ?? g.deadline)) score.deadlinePrecision++;
    const assigner = match.assignedBy?.id ?? null;
    if (assigner === g.assignedBy) score.assignedBy++;
    else error('assignedBy', g.assignedBy, assigner);
    const overlap = wordingOverlap(match.wording, g.wording);
    score.wordingSum += overlap;
    if (overlap < 0.8) error('wording', g.wording, match.wording);
  }
  for (const p of predicted) {
    if (!used.has(p)) score.falsePositives.push({ item: item.id, text: p.text, lead: agencyKey(p.lead), wording: p.wording });
  }
}

export const TARGETS = { precision: 0.9, recall: 0.85, lead: 0.9, deadline: 0.9 } as const;

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

export function summary(s: TaskScore) {
  return {
    precision: ratio(s.matched, s.predicted),
    recall: ratio(s.matched, s.gold),
    rowRecall: ratio(s.matchedRows, s.goldRows),
    lead: ratio(s.leadAgrees, s.spanMatched),
    co: ratio(s.co, s.matched),
    product: ratio(s.product, s.matched),
    deadline: ratio(s.deadline, s.matched),
    deadlinePrecision: ratio(s.deadlinePrecision, s.matched),
    assignedBy: ratio(s.assignedBy, s.matched),
    wording: ratio(s.wordingSum, s.matched),
  };
}
