// Live sources and the crawl queue. Every state change is written as it happens, so a crawl that is
// killed resumes with what was still pending and never fetches a stored page again.
import type { SqlExecutor } from './dialect.ts';
import type { QueuedUrl, SourceKind, SourceRecord, UrlOutcome } from '../sources/source-types.ts';
import type { Selectable } from 'kysely';
import type { Clock } from './documents.ts';
import type { SourcesTable } from './schema.ts';

export interface SourceWithCounts extends SourceRecord {
  stored: number;
  pending: number;
  failed: number;
  skipped: number;
}

type SourceRow = Selectable<SourcesTable>;

function toSource(r: SourceRow): SourceRecord {
  return {
    id: r.id,
    url: r.url,
    name: r.name,
    kind: r.kind as SourceKind,
    etag: r.etag,
    lastModified: r.last_modified,
    lastCheckedAt: r.last_checked_at,
    lastError: r.last_error,
  };
}

/** A failed page is tried again on later runs, up to this many attempts in all. */
export const MAX_URL_ATTEMPTS = 3;

export async function addSource(exec: SqlExecutor, now: Clock, input: { url: string; name: string | null; kind: SourceKind }): Promise<{ created: boolean; source: SourceRecord }> {
  const existing = await exec.first(exec.db.selectFrom('sources').selectAll().where('url', '=', input.url));
  if (existing) return { created: false, source: toSource(existing) };
  await exec.run(exec.db.insertInto('sources').values({ url: input.url, name: input.name, kind: input.kind, created_at: now() }));
  const row = (await exec.first(exec.db.selectFrom('sources').selectAll().where('url', '=', input.url)))!;
  return { created: true, source: toSource(row) };
}

export async function listSources(exec: SqlExecutor): Promise<SourceRecord[]> {
  return (await exec.all(exec.db.selectFrom('sources').selectAll().orderBy('id'))).map(toSource);
}

export async function listSourcesWithCounts(exec: SqlExecutor): Promise<SourceWithCounts[]> {
  const counts = await exec.all(
    exec.db
      .selectFrom('crawl_urls')
      .select((eb) => ['source_id', 'status', eb.fn.countAll<number>().as('n')])
      .groupBy(['source_id', 'status']),
  );
  return (await listSources(exec)).map((s) => {
    const of = (status: string) => Number(counts.find((c) => c.source_id === s.id && c.status === status)?.n ?? 0);
    return { ...s, stored: of('stored'), pending: of('pending'), failed: of('failed'), skipped: of('skipped') };
  });
}

/** Removes a source (by id or URL); its stored documents stay, its pending URLs are dropped. */
export async function removeSource(exec: SqlExecutor, key: number | string): Promise<boolean> {
  return exec.transaction(async () => {
    const row = await exec.first(exec.db.selectFrom('sources').select('id').where(typeof key === 'number' ? 'id' : 'url', '=', key));
    if (!row) return false;
    await exec.run(exec.db.deleteFrom('crawl_urls').where('source_id', '=', row.id).where('status', '=', 'pending'));
    await exec.run(exec.db.deleteFrom('sources').where('id', '=', row.id));
    return true;
  });
}

export async function recordSourceCheck(exec: SqlExecutor, now: Clock, id: number, check: { etag: string | null; lastModified: string | null; error: string | null }): Promise<void> {
  await exec.run(
    exec.db
      .updateTable('sources')
      .set({ etag: check.etag, last_modified: check.lastModified, last_error: check.error, last_checked_at: now() })
      .where('id', '=', id),
  );
}

/** Queues, in the order given, the URLs never seen before, at most `limit` of them; returns how many. */
export async function enqueueUrls(exec: SqlExecutor, now: Clock, sourceId: number, urls: string[], limit = Infinity): Promise<number> {
  const distinct = [...new Set(urls)];
  if (distinct.length === 0 || limit <= 0) return 0;
  return exec.transaction(async () => {
    let added = 0;
    const at = now();
    for (const url of distinct) {
      if (added >= limit) break;
      // A URL already known under a document (another source, a redirect) is not queued again.
      const known = await exec.first(exec.db.selectFrom('document_urls').select('url').where('url', '=', url));
      if (known) continue;
      added += (await exec.run(
        exec.db
          .insertInto('crawl_urls')
          .values({ url, source_id: sourceId, status: 'pending', queued_at: at })
          .onConflict((oc) => oc.column('url').doNothing()),
      )).changes;
    }
    return added;
  });
}

/**
 * Pending URLs first, then failed ones that may be tried again; within each, the sources take turns
 * (each source's first URL in queue order, then each one's second…), so that a source with a long
 * backlog cannot hold back the others for a whole run.
 */
export async function pendingUrls(exec: SqlExecutor, limit: number): Promise<QueuedUrl[]> {
  const rows = await exec.all(
    exec.db
      .selectFrom('crawl_urls')
      .select((eb) => [
        'url',
        'source_id',
        'attempts',
        'status',
        eb.fn.agg<number>('row_number').over((ob) => ob.partitionBy(['status', 'source_id']).orderBy('queued_at').orderBy('url')).as('turn'),
      ])
      .where((eb) => eb.or([eb('status', '=', 'pending'), eb.and([eb('status', '=', 'failed'), eb('attempts', '<', MAX_URL_ATTEMPTS)])]))
      .orderBy('status', 'desc')
      .orderBy('turn')
      .orderBy('source_id')
      .limit(limit),
  );
  return rows.map((r) => ({ url: r.url, sourceId: r.source_id ?? 0, attempts: r.attempts }));
}

export async function recordUrl(exec: SqlExecutor, now: Clock, url: string, outcome: UrlOutcome): Promise<void> {
  await exec.transaction(async () => {
    const at = now();
    await exec.run(
      exec.db
        .updateTable('crawl_urls')
        .set((eb) => ({
          status: outcome.status,
          attempts: eb('attempts', '+', 1),
          final_url: outcome.finalUrl ?? null,
          last_error: outcome.reason ?? null,
          fetched_at: at,
        }))
        .where('url', '=', url),
    );
    const documentId = outcome.documentIds?.[0];
    if (outcome.status === 'stored' && documentId !== undefined) {
      for (const u of new Set([url, outcome.finalUrl ?? url])) await linkUrl(exec, now, documentId, u);
    }
  });
}

/** Records that `url` shows document `documentId` now (a URL shows one document: the latest saved). */
export async function linkUrl(exec: SqlExecutor, now: Clock, documentId: number, url: string): Promise<void> {
  await exec.run(
    exec.db
      .insertInto('document_urls')
      .values({ url, document_id: documentId, first_seen_at: now() })
      .onConflict((oc) => oc.column('url').doUpdateSet({ document_id: documentId })),
  );
}

export async function documentUrls(exec: SqlExecutor, documentId: number): Promise<string[]> {
  return (await exec.all(exec.db.selectFrom('document_urls').select('url').where('document_id', '=', documentId).orderBy('first_seen_at').orderBy('url'))).map((r) => r.url);
}
