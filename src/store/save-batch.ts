// Several files in one transaction: committing once per batch instead of once per file is most of
// a bulk load's write cost (each commit syncs the log). Every file is its own savepoint (saveFile's
// transaction nests as one), so a file that fails rolls back alone and the batch goes on.
import type { SqlExecutor } from './dialect.ts';
import type { SaveFileInput, SaveFileResult } from './types.ts';

export type BatchOutcome = { ok: true; result: SaveFileResult } | { ok: false; error: Error };

export async function saveFiles(
  exec: SqlExecutor,
  saveFile: (input: SaveFileInput) => Promise<SaveFileResult>,
  inputs: readonly SaveFileInput[],
): Promise<BatchOutcome[]> {
  return exec.transaction(async () => {
    const outcomes: BatchOutcome[] = [];
    for (const input of inputs) {
      try {
        outcomes.push({ ok: true, result: await saveFile(input) });
      } catch (error) {
        outcomes.push({ ok: false, error: error instanceof Error ? error : new Error(String(error)) });
      }
    }
    return outcomes;
  });
}
