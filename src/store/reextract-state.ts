// What re-extraction reads and writes: documents whose stored mentions came from another
// extraction version (or none), the dominant year of each source, and batches of new facts.
import { sql } from 'kysely';
import type { SqlExecutor } from './dialect.ts';
import { saveMentions } from './mentions.ts';
import type { FactsUpdate, ReextractSelection } from './types.ts';

function selectionQuery(exec: SqlExecutor, version: string, selection: ReextractSelection) {
  let q = exec.db
    .selectFrom('documents')
    .leftJoin('document_facts', 'document_facts.document_id', 'documents.id');
  if (!selection.all) {
    q = q.where((eb) =>
      eb.or([
        eb('document_facts.extraction_version', 'is', null),
        eb('document_facts.extraction_version', '!=', version),
      ]),
    );
  }
  if (selection.afterId !== undefined) q = q.where('documents.id', '>', selection.afterId);
  return q;
}

export async function countToReextract(exec: SqlExecutor, version: string, selection: ReextractSelection = {}): Promise<number> {
  const row = await exec.first(
    selectionQuery(exec, version, selection).select((eb) => eb.fn.countAll<number>().as('n')),
  );
  return Number(row?.n ?? 0);
}

export async function idsToReextract(exec: SqlExecutor, version: string, selection: ReextractSelection = {}): Promise<number[]> {
  let q = selectionQuery(exec, version, selection).select('documents.id').orderBy('documents.id');
  if (selection.limit !== undefined) q = q.limit(Math.max(0, Math.trunc(selection.limit)));
  return (await exec.all(q)).map((r) => r.id);
}

/** The most frequent publication year per source (ties: the later year), as ingest computes it per file. */
export async function sourceYears(exec: SqlExecutor): Promise<Map<string, number>> {
  const year = sql<string>`substr(published, 1, 4)`;
  const rows = await exec.all(
    exec.db
      .selectFrom('documents')
      .select((eb) => ['source', year.as('year'), eb.fn.countAll<number>().as('n')])
      .where('published', 'is not', null)
      .groupBy(['source', year]),
  );
  const best = new Map<string, { year: number; n: number }>();
  for (const r of rows) {
    const y = Number(r.year);
    const n = Number(r.n);
    if (!Number.isInteger(y)) continue;
    const b = best.get(r.source);
    if (!b || n > b.n || (n === b.n && y > b.year)) best.set(r.source, { year: y, n });
  }
  return new Map([...best].map(([source, b]) => [source, b.year]));
}

/** Saves the facts of several documents in one transaction: all of them or none. */
export async function saveFacts(exec: SqlExecutor, updates: readonly FactsUpdate[], extractionVersion: string, now: string): Promise<void> {
  await exec.transaction(async () => {
    for (const u of updates) await saveMentions(exec, u.documentId, u.mentions, { extractionVersion, now });
  });
}
