// The programme job: makes the store's observations current for a pack. Loads the pack when it
// differs from the one stored (its observations, an audit entry), then links the quantity facts of
// every document whose facts or pack changed since it was last linked, in batches, one transaction
// each. Cheap when nothing changed: a query finds no stale documents. Then the task review queues
// (task-proposals.ts).
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { compileIndicators, linkObservations, OBSERVATION_LINKER_VERSION } from '../link/observations.ts';
import type { Pack } from '../programme/schema.ts';
import type { Store } from '../store/index.ts';
import type { LinkedDocument } from '../store/tracking/observations.ts';
import type { MentionRecord } from '../store/types.ts';
import { syncTasks } from './task-proposals.ts';

export const LINK_BATCH = 200;

export interface SyncSummary {
  /** The pack was loaded (it differed from the stored one). */
  packLoaded: boolean;
  linkedDocuments: number;
  observations: number;
}

export interface SyncOptions {
  actor: string;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export async function syncProgramme(store: Store, pack: Pack, options: SyncOptions): Promise<SyncSummary> {
  const packLoaded = await store.programme.load(pack, options.actor);
  if (packLoaded) await store.tasks.importPackTasks(pack, options.actor);
  const compiled = compileIndicators(pack);
  // Documents are linked again when the pack or the linker changes: the stamp holds both.
  const stamp = `${pack.hash}+observations@${OBSERVATION_LINKER_VERSION}`;
  const total = await store.programme.countStaleDocuments(stamp);
  const summary: SyncSummary = { packLoaded, linkedDocuments: 0, observations: 0 };
  let afterId = 0;
  for (;;) {
    const stale = await store.programme.staleDocuments(stamp, afterId, options.batchSize ?? LINK_BATCH);
    if (stale.length === 0) break;
    const linked: LinkedDocument[] = [];
    for (const { id, extractedAt } of stale) {
      // What the linker reads: the numbers, the dates that date them, the places and bodies that scope them.
      const mentions = (await store
        .listMentions({ documentId: id, kinds: ['quantity', 'date', 'place', 'organization'] }))
        .filter((m): m is typeof m & MentionRecord => m.kind !== 'topic');
      const doc = mentions.some((m) => m.kind === 'quantity') ? await store.getDocument(id) : null;
      const drafts = doc ? linkObservations(doc, mentions, compiled) : [];
      // The source is only stored with observations, so a document without any needs no read.
      linked.push({ documentId: id, extractedAt, source: doc ? (doc.url ?? doc.source) : '', drafts });
      summary.observations += drafts.length;
    }
    await store.programme.saveLinked(stamp, linked);
    summary.linkedDocuments += linked.length;
    afterId = stale[stale.length - 1]!.id;
    options.onProgress?.(summary.linkedDocuments, total);
    await yieldToEventLoop();
  }
  // The task review queues follow the same stored facts: proposals from task mentions, proposed
  // completions from legal documents. Cheap when nothing changed (one anti-join query).
  await syncTasks(store, pack, options.actor);
  return summary;
}
