// Observations in the store: the pack's own rows (replaced whenever a different pack is loaded) and
// those linked from quantity facts (replaced per document whenever its facts or the pack change).
// Rows are never edited by review: a review is its own row (reviews.ts) applied when reading.
import { acceptedObservations } from './submissions.ts';
import type { SqlExecutor } from '../dialect.ts';
import type { ObservationsTable } from '../schema.ts';
import type { Pack, PackObservation } from '../../programme/schema.ts';
import type { ObservationDraft } from '../../link/observations.ts';
import type { Observation } from '../../track/observation.ts';
import { appendAudit } from './audit.ts';
import { latestReviews } from './reviews.ts';
import { applyReview } from '../../track/review.ts';
import type { Selectable, Insertable } from 'kysely';

export interface LoadedPack {
  programmeId: string;
  hash: string;
  dir: string;
  loadedAt: string;
  loadedBy: string;
}

export interface LinkedDocument {
  documentId: number;
  /** document_facts.extracted_at of the facts linked. */
  extractedAt: string;
  /** Where the document can be found: its URL, else its source file. */
  source: string;
  drafts: ObservationDraft[];
}

export interface ObservationFilter {
  indicator?: string;
  scope?: string;
  documentId?: number;
  /** Include rejected observations (default: they are left out). */
  withRejected?: boolean;
  /** Only these keys (at most a few hundred). */
  keys?: readonly string[];
  /** Without the sentence and fact text: for computing status over many observations. */
  compact?: boolean;
  /**
   * Also the accepted submissions (origin submitted, no document): they are figures of the series
   * as much as the news ones, so every status, series, league table, report and alert asks for
   * them here, in one place. Left out for a document's own figures (`documentId`).
   */
  withSubmitted?: boolean;
}

type Row = Selectable<ObservationsTable>;

const COLUMNS = [
  'id', 'obs_key', 'origin', 'pack_hash', 'indicator', 'scope', 'value', 'value_max', 'unit', 'qualifier', 'stance', 'as_of',
  'as_of_from', 'reported', 'document_id', 'field', 'idx', 'start', 'end', 'sources', 'confidence', 'extractor_version', 'verified', 'note',
] as const;

export async function currentPack(exec: SqlExecutor): Promise<LoadedPack | null> {
  const row = await exec.first(exec.db.selectFrom('programme_loads').selectAll().orderBy('id', 'desc').limit(1));
  return row ? { programmeId: row.programme_id, hash: row.pack_hash, dir: row.dir, loadedAt: row.loaded_at, loadedBy: row.loaded_by } : null;
}

function packRow(o: PackObservation, key: string, hash: string): Insertable<ObservationsTable> {
  return {
    obs_key: key,
    origin: 'pack',
    pack_hash: hash,
    indicator: o.indicator,
    scope: o.scope,
    value: o.value,
    value_max: o.valueMax ?? null,
    unit: null,
    qualifier: o.qualifier,
    stance: o.stance,
    as_of: o.asOf,
    as_of_from: 'pack',
    reported: o.reported ?? null,
    sources: JSON.stringify(o.sources),
    confidence: o.verified ? 1 : 0.5,
    extractor_version: null,
    verified: o.verified ? 1 : 0,
    note: o.note ?? null,
  };
}

/** Keys of pack rows: their content, so that a review survives reloading an unchanged row. */
function packKeys(observations: readonly PackObservation[]): string[] {
  const seen = new Map<string, number>();
  return observations.map((o) => {
    const base = `p:${o.indicator}:${o.scope}:${o.asOf}:${o.stance}:${o.value}:${o.sources[0]}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}

/**
 * Makes `pack` the loaded one. A pack whose hash is already loaded changes nothing; otherwise its
 * observations replace the previous pack's, every document is queued for linking again, and the
 * load is audited. Returns whether anything changed.
 */
export async function loadPack(exec: SqlExecutor, now: string, pack: Pack, actor: string): Promise<boolean> {
  const before = await currentPack(exec);
  if (before?.hash === pack.hash) return false;
  await exec.transaction(async () => {
    await exec.run(
      exec.db
        .insertInto('programme_loads')
        .values({ programme_id: pack.programme.id, pack_hash: pack.hash, dir: pack.dir, loaded_at: now, loaded_by: actor }),
    );
    await exec.run(exec.db.deleteFrom('observations').where('origin', '=', 'pack'));
    const keys = packKeys(pack.observations);
    for (const [i, o] of pack.observations.entries()) {
      await exec.run(exec.db.insertInto('observations').values(packRow(o, keys[i]!, pack.hash)));
    }
    await exec.run(exec.db.deleteFrom('observation_links'));
    await appendAudit(exec, now, {
      actor,
      action: 'programme.load',
      target: `programme:${pack.programme.id}`,
      before: before ? { hash: before.hash, dir: before.dir } : null,
      after: {
        hash: pack.hash,
        dir: pack.dir,
        indicators: pack.indicators.length,
        targets: pack.targets.length,
        observations: pack.observations.length,
        tasks: pack.tasks.length,
      },
    });
  });
  return true;
}

/** Documents with facts whose observations are missing or derived from other facts or another pack. */
export async function staleDocuments(exec: SqlExecutor, packHash: string, afterId: number, limit: number): Promise<{ id: number; extractedAt: string }[]> {
  const rows = await exec.all(
    exec.db
      .selectFrom('document_facts as f')
      .leftJoin('observation_links as l', 'l.document_id', 'f.document_id')
      .select(['f.document_id as id', 'f.extracted_at as extractedAt'])
      .where('f.document_id', '>', afterId)
      .where((eb) =>
        eb.or([eb('l.document_id', 'is', null), eb('l.pack_hash', '!=', packHash), eb('l.extracted_at', '!=', eb.ref('f.extracted_at'))]),
      )
      .orderBy('f.document_id')
      .limit(limit),
  );
  return rows;
}

export async function countStaleDocuments(exec: SqlExecutor, packHash: string): Promise<number> {
  const row = await exec.first(
    exec.db
      .selectFrom('document_facts as f')
      .leftJoin('observation_links as l', 'l.document_id', 'f.document_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where((eb) =>
        eb.or([eb('l.document_id', 'is', null), eb('l.pack_hash', '!=', packHash), eb('l.extracted_at', '!=', eb.ref('f.extracted_at'))]),
      ),
  );
  return Number(row?.n ?? 0);
}

/** Replaces the extracted observations of each document, in one transaction. */
export async function saveLinked(exec: SqlExecutor, packHash: string, documents: readonly LinkedDocument[]): Promise<void> {
  await exec.transaction(async () => {
    for (const doc of documents) {
      await exec.run(exec.db.deleteFrom('observations').where('document_id', '=', doc.documentId).where('origin', '=', 'extracted'));
      for (const d of doc.drafts) {
        await exec.run(
          exec.db.insertInto('observations').values({
            obs_key: d.key,
            origin: 'extracted',
            pack_hash: packHash,
            indicator: d.indicator,
            scope: d.scope,
            value: d.value,
            value_max: d.valueMax,
            unit: d.unit,
            qualifier: d.qualifier,
            stance: d.stance,
            as_of: d.asOf,
            as_of_from: d.asOfFrom,
            reported: null,
            document_id: doc.documentId,
            field: d.field,
            idx: d.index,
            start: d.start,
            end: d.end,
            fact_text: d.factText,
            sentence: d.sentence,
            sources: JSON.stringify([doc.source]),
            confidence: d.confidence,
            extractor_version: d.extractorVersion,
            verified: 0,
            note: null,
          }),
        );
      }
      await exec.run(
        exec.db
          .insertInto('observation_links')
          .values({ document_id: doc.documentId, pack_hash: packHash, extracted_at: doc.extractedAt })
          .onConflict((oc) => oc.column('document_id').doUpdateSet({ pack_hash: packHash, extracted_at: doc.extractedAt })),
      );
    }
  });
}

export function observationFromRow(row: Row): Observation {
  return {
    id: row.id,
    key: row.obs_key,
    origin: row.origin as Observation['origin'],
    indicator: row.indicator,
    scope: row.scope,
    value: row.value,
    valueMax: row.value_max,
    unit: row.unit,
    qualifier: row.qualifier as Observation['qualifier'],
    stance: row.stance as Observation['stance'],
    asOf: row.as_of,
    asOfFrom: row.as_of_from as Observation['asOfFrom'],
    reported: row.reported,
    documentId: row.document_id,
    field: row.field,
    index: row.idx,
    start: row.start,
    end: row.end,
    factText: row.fact_text,
    sentence: row.sentence,
    sources: JSON.parse(row.sources) as string[],
    confidence: row.confidence,
    extractorVersion: row.extractor_version,
    verified: row.verified === 1,
    note: row.note,
    review: null,
  };
}

/** Observations with their latest review applied, in series order (indicator, scope, date). */
export async function listObservations(exec: SqlExecutor, filter: ObservationFilter = {}): Promise<Observation[]> {
  if (filter.keys?.length === 0) return [];
  // Read in table order and sorted here: walking the series index costs a random read per row.
  // Compact: the long text columns are not even read (most of a row's bytes).
  let q = exec.db
    .selectFrom('observations')
    .select((eb) => [...COLUMNS, filter.compact ? eb.val(null).as('sentence') : 'sentence', filter.compact ? eb.val(null).as('fact_text') : 'fact_text']);
  if (filter.keys) q = q.where('obs_key', 'in', [...filter.keys]);
  if (filter.indicator) q = q.where('indicator', '=', filter.indicator);
  if (filter.documentId !== undefined) q = q.where('document_id', '=', filter.documentId);
  const rows = (await exec.all(q)).map((row) => observationFromRow(row as Row));
  if (filter.withSubmitted && filter.documentId === undefined) {
    const keys = filter.keys ? new Set(filter.keys) : null;
    rows.push(...(await acceptedObservations(exec)).filter((o) => (!keys || keys.has(o.key)) && (!filter.indicator || o.indicator === filter.indicator)));
  }
  rows.sort((a, b) => (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0) || (a.scope < b.scope ? -1 : a.scope > b.scope ? 1 : 0) || (a.asOf ?? '').localeCompare(b.asOf ?? '') || a.id - b.id);
  const reviews = await latestReviews(exec, 'observation', rows.map((r) => r.key));
  const effective = rows.map((o) => applyReview(o, reviews.get(o.key)));
  // A correction may move an observation to another scope: filter scope after applying.
  return effective.filter(
    (o) => (filter.withRejected || o.review?.verdict !== 'rejected') && (!filter.scope || o.scope === filter.scope),
  );
}

export async function getObservation(exec: SqlExecutor, key: string): Promise<Observation | null> {
  const row = await exec.first(exec.db.selectFrom('observations').selectAll().where('obs_key', '=', key));
  if (!row) return null;
  const o = observationFromRow(row);
  return applyReview(o, (await latestReviews(exec, 'observation', [key])).get(key));
}
