// Where the benchmarks keep their generated corpus and database, shared by bench:ingest and bench:search.
import { existsSync, mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.ts';

const OUT = fileURLToPath(new URL('./out/', import.meta.url));

export function corpusDir(n: number): string {
  const dir = join(OUT, `corpus-${n}`);
  const marker = join(dir, '.ready.json');
  if (!existsSync(marker)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    process.stderr.write(`generating ${n} page dumps in ${dir} …\n`);
    const info = writeCorpus(dir, n);
    writeFileSync(marker, JSON.stringify(info));
  }
  return dir;
}

export function corpusInfo(n: number): { files: number; bytes: number } {
  return JSON.parse(readFileSync(join(corpusDir(n), '.ready.json'), 'utf8'));
}

export const benchDb = (n: number) => join(OUT, `ingest-${n}.db`);
