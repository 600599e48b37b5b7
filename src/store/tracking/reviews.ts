// Reviews: a reviewer confirms, rejects or corrects a fact, an observation or an entity link.
// A review is a row of its own holding the target as it was (with its extractor version), so the
// original extraction is never overwritten: reading applies the latest review on top of it, and
// re-extraction or re-linking cannot lose a reviewer's work as long as the target's key is the same.
//
// Target keys:
//   observation  its obs_key (`x:12:body:7:45-56:5g_stations`, `p:…`)
//   fact         `<document id>:<field>:<index>:<start>-<end>:<kind>` — a stored mention
//   link         the same key as the fact: the mention's link to its entity
import { z } from 'zod';
import type { Selectable } from 'kysely';
import type { SqlExecutor } from '../dialect.ts';
import type { ReviewsTable } from '../schema.ts';
import type { Observation, ReviewState } from '../../track/observation.ts';
import { isoDate, qualifiers, scope } from '../../programme/schema.ts';
import { appendAudit } from './audit.ts';

export type ReviewTargetKind = 'fact' | 'observation' | 'link';
export type Verdict = 'confirmed' | 'rejected' | 'corrected';

export interface ReviewInput {
  kind: ReviewTargetKind;
  key: string;
  verdict: Verdict;
  /** For `corrected`: the fields that change (see correction schemas below). */
  correction?: Record<string, unknown>;
  note?: string;
}

export interface ReviewRecord {
  id: number;
  kind: ReviewTargetKind;
  key: string;
  verdict: Verdict;
  correction: Record<string, unknown> | null;
  original: Record<string, unknown>;
  originalVersion: string | null;
  reviewer: string;
  at: string;
  note: string | null;
}

/** What a correction may change on an observation. Moving it to another indicator is a reject. */
export const observationCorrection = z
  .strictObject({
    value: z.number(),
    valueMax: z.number().nullable(),
    unit: z.string().nullable(),
    qualifier: z.enum(qualifiers),
    stance: z.enum(['reported', 'target']),
    asOf: isoDate.nullable(),
    scope,
  })
  .partial()
  .refine((c) => Object.keys(c).length > 0, 'a correction must change at least one field');

/** On a fact, any of the kind's own fields (name, value, unit, id…) except where it is. */
const factCorrection = z
  .record(z.string(), z.unknown())
  .refine((c) => Object.keys(c).length > 0, 'a correction must change at least one field')
  .refine((c) => !['field', 'index', 'start', 'end', 'text', 'kind'].some((k) => k in c), 'a correction cannot move a fact: field, index, start, end, text and kind are fixed');

const linkCorrection = z.strictObject({ entity: z.string().min(1) });

const FACT_KEY = /^(\d+):(title|lede|body|caption):(\d+):(\d+)-(\d+):(\w+)$/;

async function mentionByKey(exec: SqlExecutor, key: string) {
  const m = FACT_KEY.exec(key);
  if (!m) throw new Error(`review: "${key}" is not a fact key (<document>:<field>:<index>:<start>-<end>:<kind>)`);
  const row = await exec.first(
    exec.db
      .selectFrom('mentions as m')
      .leftJoin('entities as e', 'e.id', 'm.entity_id')
      .select(['m.id', 'm.text', 'm.value', 'm.extractor', 'm.extractor_version', 'm.confidence', 'm.entity_id', 'e.name as entity_name'])
      .where('m.document_id', '=', Number(m[1]))
      .where('m.field', '=', m[2]!)
      .where('m.idx', '=', Number(m[3]))
      .where('m.start', '=', Number(m[4]))
      .where('m.end', '=', Number(m[5]))
      .where('m.kind', '=', m[6]!),
  );
  if (!row) throw new Error(`review: no stored fact has key "${key}"`);
  return row;
}

/** The target as it is now, and the version of what produced it. */
async function original(exec: SqlExecutor, kind: ReviewTargetKind, key: string): Promise<{ value: Record<string, unknown>; version: string | null }> {
  if (kind === 'observation') {
    const row = await exec.first(exec.db.selectFrom('observations').selectAll().where('obs_key', '=', key));
    if (!row) throw new Error(`review: no observation has key "${key}"`);
    return { value: row as unknown as Record<string, unknown>, version: row.extractor_version };
  }
  const m = await mentionByKey(exec, key);
  if (kind === 'link') {
    if (m.entity_id === null) throw new Error(`review: fact "${key}" is not linked to an entity`);
    return { value: { text: m.text, entityId: m.entity_id, entity: m.entity_name }, version: `${m.extractor}@${m.extractor_version}` };
  }
  return {
    value: { text: m.text, ...(JSON.parse(m.value) as Record<string, unknown>), confidence: m.confidence },
    version: `${m.extractor}@${m.extractor_version}`,
  };
}

function checkCorrection(kind: ReviewTargetKind, correction: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!correction) throw new Error('review: a correction needs the corrected fields');
  const schema = kind === 'observation' ? observationCorrection : kind === 'link' ? linkCorrection : factCorrection;
  const parsed = schema.safeParse(correction);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`review: correction${issue.path.length ? `.${issue.path.join('.')}` : ''}: ${issue.message}`);
  }
  return parsed.data as Record<string, unknown>;
}

export async function addReview(exec: SqlExecutor, now: string, input: ReviewInput, reviewer: string): Promise<ReviewRecord> {
  if (!reviewer.trim()) throw new Error('review: a reviewer name is required');
  if (input.verdict !== 'corrected' && input.correction) throw new Error('review: only a correction carries corrected fields');
  const correction = input.verdict === 'corrected' ? checkCorrection(input.kind, input.correction) : null;
  return exec.transaction(async () => {
    const { value, version } = await original(exec, input.kind, input.key);
    const previous = (await latestReviews(exec, input.kind, [input.key])).get(input.key) ?? null;
    const row = (await exec.first(
      exec.db
        .insertInto('reviews')
        .values({
          target_kind: input.kind,
          target_key: input.key,
          verdict: input.verdict,
          correction: correction ? JSON.stringify(correction) : null,
          original: JSON.stringify(value),
          original_version: version,
          reviewer,
          at: now,
          note: input.note ?? null,
        })
        .returningAll(),
    ))!;
    await appendAudit(exec, now, {
      actor: reviewer,
      action: `review.${input.verdict === 'confirmed' ? 'confirm' : input.verdict === 'rejected' ? 'reject' : 'correct'}`,
      target: `${input.kind}:${input.key}`,
      before: previous ? { verdict: previous.verdict, correction: previous.correction } : { verdict: null, original: value },
      after: { verdict: input.verdict, correction, note: input.note ?? null },
    });
    return recordOf(row);
  });
}

function recordOf(row: Selectable<ReviewsTable>): ReviewRecord {
  return {
    id: row.id,
    kind: row.target_kind as ReviewTargetKind,
    key: row.target_key,
    verdict: row.verdict as Verdict,
    correction: row.correction ? (JSON.parse(row.correction) as Record<string, unknown>) : null,
    original: JSON.parse(row.original) as Record<string, unknown>,
    originalVersion: row.original_version,
    reviewer: row.reviewer,
    at: row.at,
    note: row.note,
  };
}

/** Every review of a target, oldest first. */
export async function reviewHistory(exec: SqlExecutor, kind: ReviewTargetKind, key: string): Promise<ReviewRecord[]> {
  return (await exec
    .all(exec.db.selectFrom('reviews').selectAll().where('target_kind', '=', kind).where('target_key', '=', key).orderBy('id')))
    .map(recordOf);
}

export async function listReviews(exec: SqlExecutor, limit = 100): Promise<ReviewRecord[]> {
  return (await exec.all(exec.db.selectFrom('reviews').selectAll().orderBy('id', 'desc').limit(limit))).map(recordOf);
}

/** The latest review of each key (the one in force). */
export async function latestReviews(exec: SqlExecutor, kind: ReviewTargetKind, keys: readonly string[]): Promise<Map<string, ReviewRecord>> {
  const out = new Map<string, ReviewRecord>();
  if (keys.length === 0) return out;
  if (keys.length > 500) {
    // Many keys (a whole series or every observation): one pass over the kind's reviews, which are
    // far fewer than the things reviewed, beats many IN lists.
    const wanted = new Set(keys);
    for (const row of await exec.all(exec.db.selectFrom('reviews').selectAll().where('target_kind', '=', kind).orderBy('id'))) {
      if (wanted.has(row.target_key)) out.set(row.target_key, recordOf(row));
    }
    return out;
  }
  const rows = await exec.all(
    exec.db.selectFrom('reviews').selectAll().where('target_kind', '=', kind).where('target_key', 'in', [...keys]).orderBy('id'),
  );
  for (const row of rows) out.set(row.target_key, recordOf(row));
  return out;
}

/** The observation as the reviewer left it; the corrected fields' original values in review.original. */
export function applyReview(o: Observation, review: ReviewRecord | undefined): Observation {
  if (!review) return o;
  const state: ReviewState = { verdict: review.verdict, reviewer: review.reviewer, at: review.at, note: review.note, original: null };
  if (review.verdict !== 'corrected' || !review.correction) {
    return { ...o, confidence: review.verdict === 'confirmed' ? 1 : o.confidence, review: state };
  }
  const changed = review.correction as Partial<Observation>;
  const before = Object.fromEntries(Object.keys(changed).map((k) => [k, o[k as keyof Observation]]));
  return { ...o, ...changed, confidence: 1, review: { ...state, original: before } };
}
