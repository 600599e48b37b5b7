// The distinct search queries of the benchmarks: every pair of adjacent words of the seed texts, so
// that no cache can answer and the mix holds both ordinary and hard queries (two common words that
// seldom stand together make FTS5 check positions over long lists). Shared by bench:api (over HTTP)
// and bench:search --distinct (the store alone), so the two measure the same queries.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SEED_DIR = fileURLToPath(new URL('../data/seeds/', import.meta.url));

/** The variants each pair is asked with: alone, with a kind filter or a page size. */
export const QUERY_VARIANTS = [{}, { kind: 'article' }, { kind: 'brief' }, { limit: 10 }] as const;

/** Each word pair of the seeds, lower-cased, in the order first met (about 2,500 pairs). */
export function seedWordPairs(): string[] {
  const text = readdirSync(SEED_DIR).map((f) => readFileSync(join(SEED_DIR, f), 'utf8')).join('\n');
  const words = text.normalize('NFC').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
  const pairs = new Set<string>();
  for (let i = 1; i < words.length; i++) pairs.add(`${words[i - 1]} ${words[i]}`.toLowerCase());
  return [...pairs];
}

/** The pairs with each variant: the queries of the uncached load (about ten thousand). */
export function distinctQueries(): { q: string; options: (typeof QUERY_VARIANTS)[number] }[] {
  return seedWordPairs().flatMap((q) => QUERY_VARIANTS.map((options) => ({ q, options })));
}

/** The same queries as API paths. */
export function distinctQueryPaths(): string[] {
  return distinctQueries().map(({ q, options }) => {
    const extra = Object.entries(options).map(([k, v]) => `&${k}=${encodeURIComponent(String(v))}`).join('');
    return `/api/v1/search?q=${encodeURIComponent(q)}${extra}`;
  });
}
