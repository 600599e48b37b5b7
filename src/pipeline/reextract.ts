// The re-extraction job: runs the current extractors again over stored documents whose mentions
// came from another EXTRACTION_VERSION (or over all of them), and replaces their mentions and
// entity links, one transaction per batch. The context matches ingest's as far as the store can
// tell: the document's own date, the dominant year of its source file as the collection year (then
// the parent's year, as for teasers), no date hint.
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { StructuredDocument } from '../records.ts';
import { extractFacts, EXTRACTION_VERSION } from '../extract/index.ts';
import { factRecords } from '../store/mentions.ts';
import type { FactsUpdate, Store, StoredDocument } from '../store/types.ts';
import { yearOf } from './facts-for-result.ts';

export const REEXTRACT_BATCH = 200;

export interface ReextractOptions {
  /** Every document, not only those extracted by another version. */
  all?: boolean;
  /** Documents per transaction. */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
  /** For tests: the version recorded and compared with. */
  version?: string;
}

export interface ReextractSummary {
  version: string;
  /** Documents that needed it when the job started. */
  selected: number;
  reextracted: number;
  /** Mentions (and topic scores) stored by the job. */
  mentions: number;
  seconds: number;
}

/** The stored row as the structure stage made it; `parent` is an index within a file, unknown here. */
function structured(doc: StoredDocument): StructuredDocument {
  const { id: _id, source: _s, parentId: _p, contentHash: _h, createdAt: _c, updatedAt: _u, ...fields } = doc;
  return { ...fields, parent: null };
}

export async function reextract(store: Store, options: ReextractOptions = {}): Promise<ReextractSummary> {
  const started = process.hrtime.bigint();
  const version = options.version ?? EXTRACTION_VERSION;
  const batchSize = Math.max(1, Math.trunc(options.batchSize ?? REEXTRACT_BATCH));
  const all = options.all === true;
  const total = await store.countToReextract(version, { all });
  const years = await store.sourceYears();
  const summary: ReextractSummary = { version, selected: total, reextracted: 0, mentions: 0, seconds: 0 };
  // Paging by id: documents saved meanwhile by another process are picked up or not, never twice.
  let afterId = 0;
  while (summary.reextracted < total) {
    const ids = await store.idsToReextract(version, { all, afterId, limit: batchSize });
    if (ids.length === 0) break;
    const updates: FactsUpdate[] = [];
    for (const id of ids) {
      const doc = await store.getDocument(id);
      if (!doc) continue;
      const parent = doc.parentId !== null ? await store.getDocument(doc.parentId) : null;
      const facts = extractFacts(structured(doc), {
        published: doc.published,
        dateHint: null,
        collectionYear: years.get(doc.source) ?? yearOf(parent?.published ?? null),
      });
      const mentions = factRecords(facts);
      updates.push({ documentId: id, mentions });
      summary.mentions += mentions.length;
    }
    await store.saveFacts(updates, version);
    summary.reextracted += updates.length;
    afterId = ids[ids.length - 1] as number;
    options.onProgress?.(summary.reextracted, total);
    // Let a progress bar repaint between batches; the work itself is synchronous.
    await yieldToEventLoop();
  }
  summary.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return summary;
}
