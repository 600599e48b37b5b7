// Runs the reader and the extractors over the vn-pages development set (real page texts with hand-made
// gold, read from ../shared/eval/vn-pages, never copied into the repository) the way `radar57 extract`
// does, and scores each page with the set's rule. Used by `npm run eval:pages` and its regression test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentFacts } from '../extract/facts.ts';
import { scorePage, vnPageGold, type PageScore } from '../extract/eval/vn-pages.ts';
import { factsForResult } from './facts-for-result.ts';
import { readInput } from './read-input.ts';

export interface PagesRun {
  pages: PageScore[];
  /** Pages that failed to read, or were read as something other than a page dump. */
  errors: string[];
}

/** The page ids of the set (`01`, `02`, …), those in `only` when given. */
export function vnPageIds(dir: string, only: Set<string> | null = null): string[] {
  return readdirSync(dir)
    .filter((f) => /^\d+\.json$/.test(f))
    .map((f) => f.replace(/\.json$/, ''))
    .filter((id) => !only || only.has(id))
    .sort();
}

export function evaluateVnPages(dir: string, ids: string[]): PagesRun {
  const pages: PageScore[] = [];
  const errors: string[] = [];
  for (const id of ids) {
    const gold = vnPageGold.parse(JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')));
    const origin = join(dir, `${id}.txt`);
    try {
      const result = readInput({ origin, bytes: readFileSync(origin) });
      const facts = factsForResult(result, null);
      pages.push(scorePage(gold, result.documents[0] ?? null, facts[0] ? articleOnly(facts[0]) : null));
      if (result.format !== 'page') errors.push(`${id}: read as ${result.format}, not as a page`);
    } catch (err) {
      errors.push(`${id}: ${(err as Error).message}`);
      pages.push(scorePage(gold, null, null));
    }
  }
  return { pages, errors };
}

/** The gold annotates the article only (title, lede, body), never captions: their facts are left out. */
function articleOnly(facts: DocumentFacts): DocumentFacts {
  const keep = <T extends { field: string }>(xs: T[]): T[] => xs.filter((x) => x.field !== 'caption');
  return {
    persons: keep(facts.persons),
    organizations: keep(facts.organizations),
    places: keep(facts.places),
    legalRefs: keep(facts.legalRefs),
    dates: keep(facts.dates),
    quantities: keep(facts.quantities),
    topics: facts.topics,
  };
}
