// The pipeline's link-to-programme step (chain.ts), run by every writer: makes the store's observations current for a pack. Loads the pack when it
// differs from the one stored (its observations, an audit entry), then links the quantity facts of
// every document whose facts or pack changed since it was last linked, in batches, one transaction
// each. Cheap when nothing changed: a query finds no stale documents. Then the task review queues
// (task-proposals.ts).
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { compileIndicators, linkObservations, OBSERVATION_LINKER_VERSION, type LinkableDocument } from '../link/observations.ts';
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

/** A document the job has just saved, with the facts the linker reads, kept in memory to link it without reading it back. */
export interface RememberedDocument {
  doc: LinkableDocument;
  /** Where the document can be found: its URL, else its source file. */
  source: string;
  mentions: MentionRecord[];
}

/** Documents by id, as a job saved them (chain.ts runFile fills it). */
export type LinkMemory = Map<number, RememberedDocument>;

/** The mention kinds the observation linker reads: numbers, the dates that date them, the places and bodies that scope them. */
export const LINKED_KINDS = ['quantity', 'date', 'place', 'organization'] as const;

export interface SyncOptions {
  actor: string;
  /**
   * Documents the job saved, linked from their facts in memory; any other stale document (an
   * earlier run's, another process's) is read back from the store.
   */
  memory?: LinkMemory;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Documents are linked again when the pack or the linker changes: the stamp holds both. */
export function linkStamp(pack: Pack): string {
  return `${pack.hash}+observations@${OBSERVATION_LINKER_VERSION}`;
}

/** What the link-to-programme step would do now, read without writing anything. */
export interface PendingLinks {
  /** The stored observations come from another pack (or none was ever loaded). */
  packChanged: boolean;
  /** Documents whose facts are not linked to this pack yet. */
  staleDocuments: number;
}

/** Reads what is waiting for the link-to-programme step; a programme read says so instead of writing. */
export async function pendingLinks(store: Store, pack: Pack): Promise<PendingLinks> {
  const loaded = await store.programme.current();
  return { packChanged: loaded?.hash !== pack.hash, staleDocuments: await store.programme.countStaleDocuments(linkStamp(pack)) };
}

export async function syncProgramme(store: Store, pack: Pack, options: SyncOptions): Promise<SyncSummary> {
  const packLoaded = await store.programme.load(pack, options.actor);
  if (packLoaded) await store.tasks.importPackTasks(pack, options.actor);
  const compiled = compileIndicators(pack);
  const stamp = linkStamp(pack);
  const total = await store.programme.countStaleDocuments(stamp);
  const summary: SyncSummary = { packLoaded, linkedDocuments: 0, observations: 0 };
  let afterId = 0;
  for (;;) {
    const stale = await store.programme.staleDocuments(stamp, afterId, options.batchSize ?? LINK_BATCH);
    if (stale.length === 0) break;
    const linked: LinkedDocument[] = [];
    for (const { id, extractedAt } of stale) {
      const remembered = options.memory?.get(id);
      if (remembered) {
        const figures = remembered.mentions.some((m) => m.kind === 'quantity');
        const drafts = figures ? linkObservations(remembered.doc, remembered.mentions, compiled) : [];
        linked.push({ documentId: id, extractedAt, source: figures ? remembered.source : '', drafts });
        summary.observations += drafts.length;
        continue;
      }
      // What the linker reads: the numbers, the dates that date them, the places and bodies that scope them.
      const mentions = (await store
        .listMentions({ documentId: id, kinds: LINKED_KINDS }))
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
