// Where the benchmarks keep their generated corpus and database, shared by bench:ingest and bench:search.
import { existsSync, mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus, writeJsonlCorpus, writeTemplateJsonl } from './corpus.ts';

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

export type JsonlKind = 'articles' | 'template';

/**
 * One JSON Lines file of `n` records (many records in one file): the corpus's articles, or records
 * from one template (near-duplicates of each other).
 */
export function jsonlCorpusFile(n: number, kind: JsonlKind): string {
  const dir = join(OUT, `jsonl-${kind}-${n}`);
  const file = join(dir, 'records.jsonl');
  const marker = join(dir, '.ready.json');
  if (!existsSync(marker)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    process.stderr.write(`generating ${n} JSONL records (${kind}) in ${file} …\n`);
    writeFileSync(marker, JSON.stringify(kind === 'articles' ? writeJsonlCorpus(file, n) : writeTemplateJsonl(file, n)));
  }
  return file;
}

export function jsonlCorpusInfo(n: number, kind: JsonlKind): { files: number; bytes: number } {
  return JSON.parse(readFileSync(join(OUT, `jsonl-${kind}-${n}`, '.ready.json'), 'utf8'));
}

export const benchDb = (n: number) => join(OUT, `ingest-${n}.db`);
