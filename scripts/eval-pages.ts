// Reads the vn-pages development set (../shared/eval/vn-pages: real Vietnamese page texts with hand-made
// gold) the way `radar57 extract` does, and scores it with the set's own rule (its README, "Scoring").
//   npm run eval:pages -- [--data DIR] [--verbose] [--json] [--only 01,07]
// Facts found in captions are left out of the fact scores: the gold annotates the article only.
// The reading and scoring: src/pipeline/evaluate-pages.ts.
// Exits 0 (a report), 2 on a usage error; skips with a message when the data is absent.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EXTRACTION_VERSION } from '../src/extract/index.ts';
import { PAGE_FACT_KINDS, pool, type PageScore, type Ratio } from '../src/extract/eval/vn-pages.ts';
import { evaluateVnPages, vnPageIds } from '../src/pipeline/evaluate-pages.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: flags } = parseArgs({
  options: {
    data: { type: 'string', default: join(ROOT, '..', 'shared', 'eval', 'vn-pages') },
    verbose: { type: 'boolean', short: 'v', default: false },
    json: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});

const pct = (r: Ratio): string => (r.total === 0 ? 'n/a' : `${(r.hit / r.total).toFixed(3)} (${r.hit}/${r.total})`);
const f3 = (n: number): string => n.toFixed(3);

function main(): number {
  const dir = resolve(flags.data);
  if (!existsSync(dir)) {
    console.log(`eval:pages skipped: ${dir} is absent (the shared evaluation data lives beside the repository in ../shared)`);
    return 0;
  }
  const only = flags.only ? new Set(flags.only.split(',').map((s) => s.trim())) : null;
  const started = performance.now();
  const { pages, errors } = evaluateVnPages(dir, vnPageIds(dir, only));
  const seconds = (performance.now() - started) / 1000;
  const all = pool(pages);
  if (flags.json) {
    console.log(JSON.stringify({ extractionVersion: EXTRACTION_VERSION, data: dir, all, pages, errors }, null, 2));
    return 0;
  }
  if (flags.verbose) for (const p of pages) printPage(p);
  console.log(`vn-pages: ${pages.length} pages from ${dir}; extractors ${EXTRACTION_VERSION}; ${seconds.toFixed(2)} s`);
  for (const e of errors) console.log(`  error ${e}`);
  console.log(`title exact           ${pct(all.title)}`);
  console.log(`published (prefix)    ${pct(all.published)}`);
  console.log(`author exact          ${pct(all.author)}`);
  console.log(`body strings kept     ${pct(all.body)}`);
  console.log(`boilerplate leaked    ${pct(all.leak)}`);
  console.log('facts          P      R      F1     tp   fp   fn');
  for (const k of PAGE_FACT_KINDS) {
    const s = all.facts[k];
    console.log(`${k.padEnd(13)}  ${f3(s.precision)}  ${f3(s.recall)}  ${f3(s.f1)}  ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`);
  }
  console.log(`facts macro-F1 ${f3(all.factsMacroF1)}`);
  return 0;
}

function printPage(p: PageScore): void {
  const lines: string[] = [];
  if (p.title.ok === false) lines.push(`title: gold «${p.title.gold}» got «${p.title.predicted}»`);
  if (p.published.ok === false) lines.push(`published: gold ${p.published.gold} got ${p.published.predicted}`);
  if (p.published.gold === null && p.published.predicted !== null) lines.push(`published (gold none) got ${p.published.predicted}`);
  if (!p.author.ok) lines.push(`author: gold «${p.author.gold}» got «${p.author.predicted}»`);
  for (const s of p.bodyMissing) lines.push(`body missing: «${s}»`);
  for (const s of p.leaked) lines.push(`leaked: «${s}»`);
  for (const k of PAGE_FACT_KINDS) {
    const f = p.facts[k];
    if (f.misses.length) lines.push(`${k} missed: ${f.misses.map((s) => `«${s}»`).join(' ')}`);
    if (f.falsePositives.length) lines.push(`${k} false: ${f.falsePositives.map((s) => `«${s}»`).join(' ')}`);
  }
  if (lines.length) console.log(`── ${p.id}\n  ${lines.join('\n  ')}`);
}

try {
  process.exitCode = main();
} catch (err) {
  console.error(`eval:pages: ${(err as Error).message}`);
  process.exitCode = 2;
}
