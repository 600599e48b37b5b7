// Linking after storing: every path that stores documents or their facts (ingest, crawl, upload,
// reextract) ends by bringing the programme's observations up to date, so that a figure is on the
// programme as soon as its document is in the store, not at the next programme command or restart.
// Cheap when nothing changed: the sync links only the documents whose facts changed.
import type { Pack } from '../programme/schema.ts';
import type { Store } from '../store/index.ts';
import { syncProgramme, type LinkMemory, type SyncSummary } from './track.ts';

export type LinkOutcome = SyncSummary | { error: string };

/**
 * Links what was just stored. A pack that cannot be loaded does not undo the storing: the error is
 * returned for the caller to report, and the documents wait, unlinked, for a valid pack (every
 * programme command and the server's start link whatever is pending).
 */
export async function linkStored(store: Store, pack: Pack | (() => Pack), actor: string, memory?: LinkMemory): Promise<LinkOutcome> {
  try {
    return await syncProgramme(store, typeof pack === 'function' ? pack() : pack, { actor, memory });
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
