// Saving and reading documents. Generic: Kysely builders run through the executor; the search index
// is updated through the dialect inside the same transaction as the row it describes.
import type { Insertable, Selectable } from 'kysely';
import type { Caption, DocumentKind, RelatedLink, StructuredDocument, TimePrecision } from '../records.ts';
import type { SqlExecutor, StoreDialect } from './dialect.ts';
import { contentHash, documentKeys } from './document-identity.ts';
import type { DocumentsTable } from './schema.ts';
import { factRecords, saveMentions, UNKNOWN_EXTRACTION_VERSION } from './mentions.ts';
import type { EntityCache } from './entities-link.ts';
import { documentSearchKeys } from './search-text.ts';
import { linkUrl } from './crawl-state.ts';
import { updateNearDuplicates } from './near-duplicate-index.ts';
import { publishedTime } from '../link/near-duplicates.ts';
import { safeHttpUrl } from '../text/safe-url.ts';
import { appendAudit } from './tracking/audit.ts';
import type { DocumentListOptions, SaveFileInput, SaveFileResult, StoredDocument } from './types.ts';

export type Clock = () => string;

function rowValues(doc: StructuredDocument) {
  return {
    url: doc.url,
    kind: doc.kind,
    title: doc.title,
    lede: doc.lede,
    body: JSON.stringify(doc.body),
    captions: JSON.stringify(doc.captions),
    related: JSON.stringify(doc.related),
    author: doc.author,
    author_note: doc.authorNote,
    site: doc.site,
    category: doc.category,
    published: doc.published,
    published_precision: doc.publishedPrecision,
  } satisfies Partial<Insertable<DocumentsTable>>;
}

/** Rejects parent indexes that point nowhere before anything is written. */
function checkParents(origin: string, documents: readonly StructuredDocument[]): void {
  documents.forEach((doc, i) => {
    const p = doc.parent;
    if (p === null) return;
    if (!Number.isInteger(p) || p < 0 || p >= documents.length || p === i) {
      throw new RangeError(`${origin}: document ${i} has parent ${p}, not another document of the same file`);
    }
  });
}

/**
 * When other URLs were linked to document `id` (as the same content), the stored row is handed to
 * the first of them before `doc` replaces its content, so that their content is not lost: the row
 * is re-keyed to that URL and `doc` becomes a new document. Returns whether that happened.
 */
async function handOverToLinkedUrl(exec: SqlExecutor, id: number, doc: StructuredDocument): Promise<boolean> {
  const others = (await exec
    .all(exec.db.selectFrom('document_urls').select('url').where('document_id', '=', id).where('url', '!=', doc.url ?? '').orderBy('first_seen_at').orderBy('url')))
    .map((r) => r.url);
  const heir = others[0];
  if (heir === undefined) return false;
  await exec.run(exec.db.updateTable('documents').set({ source: heir, doc_key: `${doc.kind}:url:${heir}`, url: heir }).where('id', '=', id));
  if (doc.url) await exec.run(exec.db.deleteFrom('document_urls').where('url', '=', doc.url).where('document_id', '=', id));
  return true;
}

/** A document of the same kind with exactly this content, stored from another URL or file. */
async function sameContentElsewhere(exec: SqlExecutor, hash: string, doc: StructuredDocument): Promise<number | undefined> {
  return (await exec.first(
    exec.db.selectFrom('documents').select('id').where('content_hash', '=', hash).where('kind', '=', doc.kind).orderBy('id').limit(1),
  ))?.id;
}

/** Only http(s) links are stored (src/text/safe-url.ts): a `javascript:` URL would be a stored script. */
function withSafeUrls(doc: StructuredDocument): StructuredDocument {
  return { ...doc, url: safeHttpUrl(doc.url), related: doc.related.map((r) => ({ ...r, url: safeHttpUrl(r.url) })) };
}

/** Full-text index writes held back until the end of a batch (see save-batch.ts). */
export type DeferredIndexWrite = () => Promise<void>;

/** What the files of one batch transaction share (save-batch.ts). */
export interface SaveBatch {
  /** Full-text rows, written once every file of the batch is saved. */
  indexWrites: DeferredIndexWrite[];
  /** Entities and aliases written earlier in the batch. */
  entities: EntityCache;
}

/** Whether any string in `value`, however deep, holds a NUL character (read only: nothing copied). */
function hasNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\0');
  if (Array.isArray(value)) return value.some(hasNul);
  if (value !== null && typeof value === 'object') return Object.values(value).some(hasNul);
  return false;
}

/**
 * `value` with every NUL character removed from its strings, however deep. A NUL is never text (a
 * decoding accident or a hostile page), SQLite would store it, PostgreSQL refuses it in text: both
 * backends store the same thing. Copied only when there is one (this is on every save's path).
 */
function withoutNul<T>(value: T): T {
  if (!hasNul(value)) return value;
  if (typeof value === 'string') return value.replaceAll('\0', '') as T;
  if (Array.isArray(value)) return value.map(withoutNul) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutNul(v)])) as T;
  }
  return value;
}

export async function saveFile(
  exec: SqlExecutor,
  dialect: StoreDialect,
  now: Clock,
  input: SaveFileInput,
  nearDuplicateThreshold?: number,
  batch?: SaveBatch,
): Promise<SaveFileResult> {
  const { origin } = input;
  const cleaned = input.documents.map(withoutNul);
  // A signature computed before the NUL characters were removed describes other text.
  const signatures = cleaned.map((d, i) => (d === input.documents[i] ? input.signatures?.[i] : undefined));
  const searchKeys = cleaned.map((d, i) => (d === input.documents[i] ? input.searchKeys?.[i] : undefined));
  const documents = cleaned.map(withSafeUrls);
  const facts = input.facts?.map(withoutNul);
  checkParents(origin, documents);
  if (facts && facts.length !== documents.length) {
    throw new RangeError(`${origin}: ${facts.length} fact sets for ${documents.length} documents`);
  }
  const keys = documentKeys(documents);
  const { db } = exec;

  return exec.transaction(async () => {
    const stamp = now();
    const existing = new Map(
      (await exec
        .all(
          db
            .selectFrom('documents')
            .select(['id', 'doc_key', 'content_hash', 'parent_id'])
            .where('source', '=', origin),
        ))
        .map((r) => [r.doc_key, r]),
    );
    const result: SaveFileResult = { created: 0, updated: 0, unchanged: 0, ids: [] };
    const fileIndexWrites: DeferredIndexWrite[] = [];
    const parentIds: (number | null)[] = [];
    const changed: { id: number; doc: StructuredDocument; fresh: boolean; signature: Uint32Array | null | undefined }[] = [];

    for (const [i, doc] of documents.entries()) {
      const key = keys[i] as string;
      const parentKey = doc.parent === null ? null : (keys[doc.parent] ?? null);
      const hash = contentHash(doc, parentKey);
      let row = existing.get(key);
      // A changed document that other URLs were linked to (their content is the old one) is split:
      // the stored row goes on as those URLs' document, and this file's new content gets its own.
      if (row && row.content_hash !== hash && (await handOverToLinkedUrl(exec, row.id, doc))) row = undefined;
      // The same content already stored under another URL: one document, one more URL.
      const twin = !row && doc.url ? await sameContentElsewhere(exec, hash, doc) : undefined;
      let id: number;
      if (row && row.content_hash === hash) {
        id = row.id;
        result.unchanged++;
      } else if (twin !== undefined) {
        id = twin;
        await linkUrl(exec, now, id, doc.url as string);
        result.unchanged++;
      } else {
        if (row) {
          id = row.id;
          await exec.run(
            db
              .updateTable('documents')
              .set({ ...rowValues(doc), content_hash: hash, updated_at: stamp })
              .where('id', '=', id),
          );
          result.updated++;
        } else {
          const inserted = await exec.first(
            db
              .insertInto('documents')
              .values({
                ...rowValues(doc),
                source: origin,
                doc_key: key,
                content_hash: hash,
                parent_id: null,
                created_at: stamp,
                updated_at: stamp,
              })
              .returning('id'),
          );
          if (!inserted) throw new Error(`${origin}: document ${i} was not inserted`);
          id = inserted.id;
          result.created++;
        }
        const indexed = {
          ...(searchKeys[i] ?? documentSearchKeys(doc)),
          kind: doc.kind,
          site: doc.site,
          published: doc.published,
        };
        const replace = row !== undefined;
        const docId = id;
        const write = () => dialect.indexDocument(exec, docId, indexed, replace);
        if (batch) fileIndexWrites.push(write);
        else await write();
        if (doc.url) await linkUrl(exec, now, id, doc.url);
        changed.push({ id, doc, fresh: row === undefined, signature: signatures[i] });
        // New content without facts: stale facts must not describe it, and `reextract` must find it.
        if (!facts) await saveMentions(exec, id, [], { extractionVersion: UNKNOWN_EXTRACTION_VERSION, now: stamp, fresh: row === undefined, entities: batch?.entities });
      }
      result.ids.push(id);
      parentIds.push(row ? row.parent_id : null);
    }

    // Placed earliest first: a cluster's representative is its earliest document, so a file listing
    // copies of one story newest first (a feed export) would otherwise change the representative,
    // and rewrite the whole cluster, at every document.
    changed.sort((a, b) => publishedTime(a.doc.published) - publishedTime(b.doc.published) || a.id - b.id);
    for (const { id, doc, fresh, signature } of changed) {
      await updateNearDuplicates(exec, id, doc, { ...(nearDuplicateThreshold !== undefined ? { threshold: nearDuplicateThreshold } : {}), signature, fresh });
    }
    const freshIds = new Set(changed.filter((c) => c.fresh).map((c) => c.id));

    for (const [i, f] of (facts ?? []).entries()) {
      const id = result.ids[i] as number;
      await saveMentions(exec, id, factRecords(f), { extractionVersion: input.extractionVersion, now: stamp, fresh: freshIds.has(id), entities: batch?.entities });
    }

    // Parents are linked once every document of the file has an id, whatever their order.
    for (const [i, doc] of documents.entries()) {
      const wanted = doc.parent === null ? null : (result.ids[doc.parent] ?? null);
      if (parentIds[i] !== wanted) {
        await exec.run(db.updateTable('documents').set({ parent_id: wanted }).where('id', '=', result.ids[i] as number));
      }
    }

    // Written anew (not updated in place) so that the highest id is always the version stored
    // last, whatever the clock says: resuming an ingest compares a file with that version.
    await exec.run(db.deleteFrom('ingest_files').where('origin', '=', origin).where('source_hash', '=', input.sourceHash));
    await exec.run(
      db.insertInto('ingest_files').values({
        origin,
        source_hash: input.sourceHash,
        format: input.format,
        ingested_at: stamp,
        document_count: documents.length,
      }),
    );
    if (input.audit) {
      const { details, ...entry } = input.audit;
      await appendAudit(exec, stamp, { ...entry, after: { ...details, created: result.created, updated: result.updated, unchanged: result.unchanged, documentIds: result.ids } });
    }
    // Handed over only once nothing else of this file can fail: a file rolled back leaves none.
    batch?.indexWrites.push(...fileIndexWrites);
    return result;
  });
}

/**
 * The number of documents `origin` gave when the newest version of it stored has this content
 * hash, so that reading it again would change nothing; null when it must be read (never stored,
 * changed since, or, given an extraction version, some document of it lacks facts of that version).
 * Resuming an ingest asks this before reading a file, not after extracting it.
 */
export async function storedFileVersion(exec: SqlExecutor, origin: string, sourceHash: string, extractionVersion: string | null): Promise<number | null> {
  // The version stored last has the highest id (saveFile writes the row anew each time).
  const newest = await exec.first(
    exec.db.selectFrom('ingest_files').select(['source_hash', 'document_count']).where('origin', '=', origin).orderBy('id', 'desc').limit(1),
  );
  if (!newest || newest.source_hash !== sourceHash) return null;
  if (extractionVersion !== null) {
    const stale = await exec.first(
      exec.db
        .selectFrom('documents')
        .leftJoin('document_facts', 'document_facts.document_id', 'documents.id')
        .select('documents.id')
        .where('documents.source', '=', origin)
        .where((eb) => eb.or([eb('document_facts.extraction_version', 'is', null), eb('document_facts.extraction_version', '!=', extractionVersion)]))
        .limit(1),
    );
    if (stale) return null;
  }
  return newest.document_count;
}

function fromRow(row: Selectable<DocumentsTable>): StoredDocument {
  return {
    id: row.id,
    source: row.source,
    kind: row.kind as DocumentKind,
    title: row.title,
    published: row.published,
    publishedPrecision: row.published_precision as TimePrecision,
    author: row.author,
    authorNote: row.author_note,
    site: row.site,
    category: row.category,
    lede: row.lede,
    body: JSON.parse(row.body) as string[],
    captions: JSON.parse(row.captions) as Caption[],
    related: JSON.parse(row.related) as RelatedLink[],
    url: row.url,
    parentId: row.parent_id,
    contentHash: row.content_hash,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function getDocument(exec: SqlExecutor, id: number): Promise<StoredDocument | null> {
  const row = await exec.first(exec.db.selectFrom('documents').selectAll().where('id', '=', id));
  return row ? fromRow(row) : null;
}

export async function listDocuments(exec: SqlExecutor, opts: DocumentListOptions = {}): Promise<StoredDocument[]> {
  let query = exec.db.selectFrom('documents').selectAll().orderBy('id', opts.newestFirst ? 'desc' : 'asc');
  if (opts.kind !== undefined) query = query.where('kind', '=', opts.kind);
  if (opts.source !== undefined) query = query.where('source', '=', opts.source);
  if (opts.parentId !== undefined) query = query.where('parent_id', '=', opts.parentId);
  query = query.limit(Math.max(0, Math.trunc(opts.limit ?? 1000))).offset(Math.max(0, Math.trunc(opts.offset ?? 0)));
  return (await exec.all(query)).map(fromRow);
}

export async function countDocuments(exec: SqlExecutor): Promise<number> {
  const row = await exec.first(exec.db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('n')));
  return Number(row?.n ?? 0);
}
