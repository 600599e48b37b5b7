// Shared test helpers: temporary folders and the seed files.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
