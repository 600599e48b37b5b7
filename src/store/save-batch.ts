// Several files in one transaction: committing once per batch instead of once per file is most of
// a bulk load's write cost (each commit syncs the log). Every file is its own savepoint (saveFile's
// transaction nests as one), so a file that fails rolls back alone and the batch goes on.
// FTS5 flushes its pending index data to disk at every savepoint it sees (measured: SAVEPOINT and
// RELEASE were 15 % of a bulk load's CPU), so the files' full-text rows are written last, outside
// their savepoints, once per batch; a file rolled back hands over none.
import type { SqlExecutor } from './dialect.ts';
import type { SaveFileInput, SaveFileResult } from './types.ts';
import type { SaveBatch } from './documents.ts';
import { EntityCache } from './entities-link.ts';

export type BatchOutcome = { ok: true; result: SaveFileResult } | { ok: false; error: Error };

export async function saveFiles(
  exec: SqlExecutor,
  saveFile: (input: SaveFileInput, batch: SaveBatch) => Promise<SaveFileResult>,
  inputs: readonly SaveFileInput[],
): Promise<BatchOutcome[]> {
  return exec.transaction(async () => {
    const outcomes: BatchOutcome[] = [];
    const batch: SaveBatch = { indexWrites: [], entities: new EntityCache() };
    for (const input of inputs) {
      try {
        outcomes.push({ ok: true, result: await saveFile(input, batch) });
      } catch (error) {
        // Its savepoint rolled back entities it may have created: the cache must not hand them out.
        batch.entities.clear();
        outcomes.push({ ok: false, error: error instanceof Error ? error : new Error(String(error)) });
      }
    }
    for (const write of batch.indexWrites) await write();
    return outcomes;
  });
}
