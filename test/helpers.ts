// Shared test helpers: temporary folders and the seed files.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Store } from '../src/store/index.ts';

export const REPO = fileURLToPath(new URL('..', import.meta.url));
export const SEED_DIR = join(REPO, 'data', 'seeds');
export const LEDES_SEED = join(SEED_DIR, '000_8fee37822d2a2a5b.txt');
export const PAGE_SEED = join(SEED_DIR, '002_00bf98e39be64d58.txt');

/** The lede seed holds one story per non-empty line. */
export function ledeLines(): string[] {
  return readFileSync(LEDES_SEED, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
}

export function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'radar57-test-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * One folder per name under `dir`, each holding `files` copies of the page seed, queued as one
 * ingest job each (with facts, and `batchFiles` when given). The job ids, in the order of `names`.
 */
export async function queueFolderIngests(store: Pick<Store, 'jobs'>, dir: string, names: string[], files: number, batchFiles?: number): Promise<number[]> {
  const ids: number[] = [];
  for (const name of names) {
    const folder = join(dir, name);
    mkdirSync(folder);
    for (let i = 0; i < files; i++) copyFileSync(PAGE_SEED, join(folder, `trang-${i}.txt`));
    const payload = { source: 'paths' as const, actor: 'kiem-thu', paths: [folder], facts: true, ...(batchFiles ? { batchFiles } : {}) };
    ids.push((await store.jobs.enqueue({ kind: 'ingest', payload, createdBy: 'kiem-thu' })).id);
  }
  return ids;
}
