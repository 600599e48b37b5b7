// Scores HTML extraction on the evaluation sets of ../shared/eval, with @mozilla/readability run
// side by side on the same pages and machine:
//   WCXB dev       body word-F1 (all page types and articles), title/date/author exact; each also for
//                  the odd- and even-numbered pages apart (tune on one half, check on the other)
//   ScrapingHub    the benchmark's shingle F1
//   VnExpress      title, author, date, body word-F1 of the one page
// and pages per second of both extractors (parse + extract; decoding is done before the clock starts).
//   npm run eval:html -- [--data DIR] [--set wcxb,scrapinghub,vnexpress] [--only ours] [--verbose] [--worst N]
// Skips, with a message, every set whose data is absent.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractHtmlArticle } from '../src/structure/html/index.ts';
import {
  authorMatches, dateMatches, meanF1, pageShingleF1, shingleCounts, shingleScore, titleMatches, wordF1,
} from '../src/structure/html/eval/index.ts';
import type { PageF1 } from '../src/structure/html/eval/index.ts';
import { loadScrapinghub, loadVnexpress, loadWcxb } from '../src/pipeline/html-eval-sets.ts';
import type { EvalPage } from '../src/pipeline/html-eval-sets.ts';
import { machineLine } from '../bench/machine.ts';
import { readabilityInWorkers } from '../bench/readability.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: flags } = parseArgs({
  options: {
    data: { type: 'string', default: join(ROOT, '..', 'shared', 'eval') },
    set: { type: 'string', default: 'wcxb,scrapinghub,vnexpress' },
    only: { type: 'string' },
    verbose: { type: 'boolean', short: 'v', default: false },
    worst: { type: 'string', default: '15' },
  },
});

/** What an extractor returned for one page, in the form the scorers take. */
interface Output {
  text: string;
  title: string | null;
  author: string | null;
  date: string | null;
  error: string | null;
}

interface Extractor {
  name: string;
  /** Outputs in page order, and the seconds spent parsing and extracting. */
  run: (pages: readonly EvalPage[]) => Promise<{ outputs: Output[]; seconds: number }>;
}

function extractOurs(page: EvalPage): Output {
  try {
    const article = extractHtmlArticle(page.html, { url: page.url });
    const paragraphs = article.lede && !article.body.includes(article.lede) ? [article.lede, ...article.body] : article.body;
    return { text: paragraphs.join('\n'), title: article.title, author: article.author, date: article.published, error: null };
  } catch (error) {
    return { text: '', title: null, author: null, date: null, error: (error as Error).message };
  }
}

const ours: Extractor = {
  name: 'radar57 html',
  run(pages) {
    const started = performance.now();
    const outputs = pages.map(extractOurs);
    return Promise.resolve({ outputs, seconds: (performance.now() - started) / 1000 });
  },
};

const readability: Extractor = {
  name: '@mozilla/readability',
  async run(pages) {
    const results = await readabilityInWorkers(pages);
    return {
      outputs: results.map((result) => ({ text: result.text, title: result.title, author: result.byline, date: result.published, error: null })),
      seconds: results.reduce((sum, result) => sum + result.seconds, 0),
    };
  },
};

interface Run {
  extractor: Extractor;
  outputs: Output[];
  seconds: number;
}

async function run(extractor: Extractor, pages: readonly EvalPage[]): Promise<Run> {
  const { outputs, seconds } = await extractor.run(pages);
  return { extractor, outputs, seconds };
}

const f3 = (value: number): string => value.toFixed(3);
const rate = (hits: number, total: number): string => (total === 0 ? '  n/a' : `${f3(hits / total)} (${hits}/${total})`);

type Half = 'all' | 'odd' | 'even';
const inHalf = (page: EvalPage, half: Half): boolean => half === 'all' || (Number.parseInt(page.id, 10) % 2 === 1) === (half === 'odd');

function bodyF1(pages: readonly EvalPage[], outputs: readonly Output[], keep: (page: EvalPage) => boolean): { f1: PageF1; count: number } {
  const scores = pages.flatMap((page, index) => (keep(page) ? [wordF1(page.body, outputs[index]?.text ?? '')] : []));
  return { f1: meanF1(scores), count: scores.length };
}

function fieldRate(pages: readonly EvalPage[], outputs: readonly Output[], field: 'title' | 'author' | 'date', keep: (page: EvalPage) => boolean): string {
  let hits = 0;
  let total = 0;
  pages.forEach((page, index) => {
    const truth = page[field];
    if (!truth || !keep(page)) return;
    total++;
    const got = outputs[index]?.[field] ?? null;
    const match = field === 'title' ? titleMatches(truth, got) : field === 'author' ? authorMatches(truth, got) : dateMatches(truth, got);
    if (match) hits++;
  });
  return rate(hits, total);
}

function reportWcxb(pages: readonly EvalPage[], runs: readonly Run[], worst: number): void {
  const articles = pages.filter((page) => page.type === 'article').length;
  console.log(`\nWCXB dev: ${pages.length} pages with main content (${articles} articles); body word-F1, mean over pages`);
  console.log(`${''.padEnd(22)} ${'all types'.padEnd(9)} articles | odd: all  articles | even: all articles`);
  for (const { extractor, outputs } of runs) {
    const cell = (half: Half, articleOnly: boolean) => f3(bodyF1(pages, outputs, (page) => inHalf(page, half) && (!articleOnly || page.type === 'article')).f1.f1);
    console.log(`${extractor.name.padEnd(22)} ${cell('all', false).padEnd(9)} ${cell('all', true).padEnd(8)} | ${cell('odd', false).padEnd(8)} ${cell('odd', true).padEnd(8)} | ${cell('even', false).padEnd(8)} ${cell('even', true)}`);
  }
  const types = [...new Set(pages.map((page) => page.type))].sort();
  console.log(`by page type: ${runs.map((r) => r.extractor.name).join(' / ')}`);
  for (const type of types) {
    const cells = runs.map(({ outputs }) => bodyF1(pages, outputs, (page) => page.type === type));
    console.log(`  ${type.padEnd(14)} ${String(cells[0]?.count ?? 0).padStart(4)} pages  ${cells.map((cell) => f3(cell.f1.f1)).join(' / ')}`);
  }
  console.log('metadata exact, on pages whose truth has the field:');
  for (const half of ['all', 'odd', 'even'] as const) {
    for (const articleOnly of [false, true]) {
      const keep = (page: EvalPage) => inHalf(page, half) && (!articleOnly || page.type === 'article');
      for (const { extractor, outputs } of runs) {
        const label = `${half}${articleOnly ? ' articles' : ' types'}`.padEnd(13);
        console.log(`  ${label} ${extractor.name.padEnd(21)} title ${fieldRate(pages, outputs, 'title', keep).padEnd(19)} date ${fieldRate(pages, outputs, 'date', keep).padEnd(19)} author ${fieldRate(pages, outputs, 'author', keep)}`);
      }
    }
  }
  const oursRun = runs[0];
  if (!oursRun || worst <= 0) return;
  const ranked = pages.map((page, index) => ({ page, output: oursRun.outputs[index] as Output, score: wordF1(page.body, oursRun.outputs[index]?.text ?? '') }))
    .sort((a, b) => a.score.f1 - b.score.f1);
  console.log(`worst ${worst} WCXB pages (ours): F1 P R  id type url`);
  for (const { page, output, score } of ranked.slice(0, worst)) {
    console.log(`  ${f3(score.f1)} ${f3(score.precision)} ${f3(score.recall)}  ${page.id} ${page.type.padEnd(13)} ${page.url ?? ''}${output.error ? `  error: ${output.error}` : ''}`);
  }
  const worstArticles = ranked.filter(({ page }) => page.type === 'article').slice(0, worst);
  console.log(`worst ${worst} WCXB articles (ours):`);
  for (const { page, score } of worstArticles) console.log(`  ${f3(score.f1)} ${f3(score.precision)} ${f3(score.recall)}  ${page.id} ${page.url ?? ''}`);
  console.log('metadata misses on articles (ours): field  id  truth | extracted');
  let shown = 0;
  pages.forEach((page, index) => {
    const output = oursRun.outputs[index] as Output;
    if (page.type !== 'article' || shown >= worst * 3) return;
    const misses = [
      page.title && !titleMatches(page.title, output.title) ? `  title  ${page.id}  ${page.title} | ${output.title ?? '—'}` : null,
      page.date && !dateMatches(page.date, output.date) ? `  date   ${page.id}  ${page.date} | ${output.date ?? '—'}` : null,
      page.author && !authorMatches(page.author, output.author) ? `  author ${page.id}  ${page.author} | ${output.author ?? '—'}` : null,
    ].filter((line): line is string => line !== null);
    for (const line of misses) console.log(line);
    shown += misses.length;
  });
}

function reportScrapinghub(pages: readonly EvalPage[], runs: readonly Run[], worst: number): void {
  console.log(`\nScrapingHub dev: ${pages.length} pages; the benchmark's shingle F1 (P, R: means over pages)`);
  for (const { extractor, outputs } of runs) {
    const counts = pages.map((page, index) => shingleCounts(page.body, outputs[index]?.text ?? ''));
    const score = shingleScore(counts);
    console.log(`${extractor.name.padEnd(22)} F1 ${f3(score.f1)}  P ${f3(score.precision)}  R ${f3(score.recall)}`);
  }
  const oursRun = runs[0];
  if (!oursRun || worst <= 0) return;
  const ranked = pages.map((page, index) => ({ page, counts: shingleCounts(page.body, oursRun.outputs[index]?.text ?? '') }))
    .sort((a, b) => pageShingleF1(a.counts) - pageShingleF1(b.counts));
  console.log(`worst ${worst} ScrapingHub pages (ours): F1 tp fp fn id url`);
  for (const { page, counts } of ranked.slice(0, worst)) {
    console.log(`  ${f3(pageShingleF1(counts))} tp ${counts.tp} fp ${counts.fp} fn ${counts.fn}  ${page.id.slice(0, 12)} ${page.url ?? ''}`);
  }
}

function reportVnexpress(pages: readonly EvalPage[], runs: readonly Run[]): void {
  console.log(`\nVnExpress: ${pages.length} page; exact title / author / date (day), body word-F1`);
  for (const { extractor, outputs } of runs) {
    const page = pages[0] as EvalPage;
    const output = outputs[0] as Output;
    const mark = (ok: boolean) => (ok ? 'yes' : 'NO ');
    console.log(`${extractor.name.padEnd(22)} title ${mark(titleMatches(page.title ?? '', output.title))}  author ${mark(authorMatches(page.author ?? '', output.author))}  date ${mark(dateMatches(page.date ?? '', output.date))}  body F1 ${f3(wordF1(page.body, output.text).f1)}`);
  }
}

async function main(): Promise<number> {
  const dataDir = resolve(flags.data);
  const sets = new Set(flags.set.split(',').map((name) => name.trim()));
  const worst = flags.verbose ? Number(flags.worst) : 0;
  const extractors = flags.only === 'ours' ? [ours] : [ours, readability];
  console.log(machineLine());
  let timedPages = 0;
  const seconds = new Map<string, number>();
  const loaders: [string, (dir: string) => EvalPage[] | null, string][] = [
    ['wcxb', loadWcxb, 'wcxb-dev'],
    ['scrapinghub', loadScrapinghub, 'scrapinghub-dev'],
    ['vnexpress', loadVnexpress, 'vnexpress'],
  ];
  for (const [name, load, folder] of loaders) {
    if (!sets.has(name)) continue;
    const dir = join(dataDir, folder);
    const pages = existsSync(dir) ? load(dir) : null;
    if (!pages || pages.length === 0) {
      console.log(`\n${name}: skipped, ${dir} is absent (the shared evaluation data lives beside the repository in ../shared)`);
      continue;
    }
    const runs: Run[] = [];
    for (const extractor of extractors) runs.push(await run(extractor, pages));
    timedPages += pages.length;
    for (const r of runs) seconds.set(r.extractor.name, (seconds.get(r.extractor.name) ?? 0) + r.seconds);
    const errors = runs[0]?.outputs.filter((output) => output.error).length ?? 0;
    if (errors > 0) console.log(`\n${name}: ${errors} pages refused by ours (see --verbose)`);
    if (name === 'wcxb') reportWcxb(pages, runs, worst);
    else if (name === 'scrapinghub') reportScrapinghub(pages, runs, worst);
    else reportVnexpress(pages, runs);
  }
  if (timedPages === 0) return 0;
  console.log(`\nspeed over the ${timedPages} pages above (parse + extract, one run):`);
  for (const [name, total] of seconds) console.log(`  ${name.padEnd(22)} ${(timedPages / total).toFixed(1)} pages/s`);
  const oursSeconds = seconds.get(ours.name);
  const peerSeconds = seconds.get(readability.name);
  if (oursSeconds && peerSeconds) console.log(`  ratio ours/readability: ${(peerSeconds / oursSeconds).toFixed(1)}x`);
  return 0;
}

process.exitCode = await main();
