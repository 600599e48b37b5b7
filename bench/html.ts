// Article-body extraction benchmark: the project's HTML extractor against @mozilla/readability on
// the 91 pages of ../shared/eval/scrapinghub-dev, scored with that benchmark's shingle F1.
//
//   npx tsx bench/html.ts [--repeats 5] [--only ours] [--worst 10] [--with-lede]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeHtmlBytes, extractHtmlArticle } from '../src/structure/html/index.ts';
import type { HtmlArticle } from '../src/structure/html/index.ts';
import { median } from './machine.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = path.join(path.resolve(repoRoot, '../shared'), 'eval', 'scrapinghub-dev');

interface Page {
  id: string;
  url: string;
  html: string;
  truth: string;
}

interface Score {
  precision: number;
  recall: number;
  f1: number;
}

type Extractor = (page: Page) => string;

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function loadPages(): Page[] {
  const truth = JSON.parse(readFileSync(path.join(corpusDir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string; articleBody: string }>;
  const files = readdirSync(path.join(corpusDir, 'html')).filter((name) => name.endsWith('.html.gz')).sort();
  return files.map((file) => {
    const id = file.replace(/\.html\.gz$/, '');
    const entry = truth[id];
    if (!entry) throw new Error(`${file}: no ground truth for ${id}`);
    // Decompression and decoding happen here, outside the timed section.
    const html = decodeHtmlBytes(readFileSync(path.join(corpusDir, 'html', file)));
    return { id, url: entry.url, html, truth: entry.articleBody };
  });
}

// ---- The benchmark's metric: 4-token shingles of \w+ tokens, counted as multisets. ----

const SHINGLE = 4;

function shingles(text: string): Map<string, number> {
  const tokens = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const counts = new Map<string, number>();
  // Texts shorter than one shingle count as one shingle of all their tokens.
  const last = Math.max(tokens.length - SHINGLE + 1, tokens.length > 0 ? 1 : 0);
  for (let i = 0; i < last; i++) {
    const key = tokens.slice(i, i + SHINGLE).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function pageCounts(truth: string, predicted: string): Counts {
  const expected = shingles(truth);
  const got = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of got) {
    const want = expected.get(key) ?? 0;
    tp += Math.min(want, count);
    fp += Math.max(0, count - want);
  }
  for (const [key, count] of expected) fn += Math.max(0, count - (got.get(key) ?? 0));
  return { tp, fp, fn };
}

/** Precision and recall are means over pages; F1 is the harmonic mean of those two means. */
function score(all: Counts[]): Score {
  const precisions: number[] = [];
  const recalls: number[] = [];
  for (const { tp, fp, fn } of all) {
    if (fp === 0 && fn === 0) {
      precisions.push(1);
      recalls.push(1);
      continue;
    }
    const total = tp + fp + fn;
    if (tp + fp > 0) precisions.push(tp / total / ((tp + fp) / total));
    if (tp + fn > 0) recalls.push(tp / total / ((tp + fn) / total));
  }
  const precision = mean(precisions);
  const recall = mean(recalls);
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

function mean(values: number[]): number {
  return values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : 0;
}

// ---- Extractors ----

function oursText(article: HtmlArticle, withLede: boolean): string {
  const paragraphs = withLede && article.lede && !article.body.includes(article.lede) ? [article.lede, ...article.body] : article.body;
  return paragraphs.join('\n');
}

const silentConsole = new VirtualConsole();

// jsdom's CSS parser throws on some stylesheets of this corpus; style sheets hold no article text,
// so Readability gets the page without them (which only makes it faster).
const STYLE_BLOCK = /<style\b[^>]*>[\s\S]*?<\/style>/gi;

function readabilityText(page: Page): string {
  const dom = new JSDOM(page.html.replace(STYLE_BLOCK, ''), { url: page.url, virtualConsole: silentConsole });
  const parsed = new Readability(dom.window.document).parse();
  dom.window.close();
  return parsed?.textContent ?? '';
}

function run(name: string, pages: Page[], extract: Extractor, repeats: number): { name: string; score: Score; pagesPerSecond: number; counts: Counts[] } {
  let outputs: string[] = [];
  const seconds: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const start = process.hrtime.bigint();
    outputs = pages.map(extract);
    seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  const counts = pages.map((page, index) => pageCounts(page.truth, outputs[index] ?? ''));
  return { name, score: score(counts), pagesPerSecond: pages.length / median(seconds), counts };
}

function main(): void {
  if (!existsSync(path.join(corpusDir, 'ground-truth.json'))) {
    console.log(`skipped: ${corpusDir} is absent (the shared evaluation data lives beside the repository in ../shared)`);
    return;
  }
  const repeats = Number(argValue('repeats') ?? 5);
  const only = argValue('only');
  const worst = Number(argValue('worst') ?? 0);
  const withLede = !process.argv.includes('--without-lede');
  const pages = loadPages();
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`machine: ${cpu}, ${os.cpus().length} cores, node ${process.version}`);
  console.log(`corpus: ${pages.length} pages of scrapinghub-dev; timing = parse + extract, median of ${repeats} runs`);
  console.log(`ours: body paragraphs ${withLede ? 'preceded by the lede' : 'without the lede'}, captions excluded`);

  const ours = run('radar57 html', pages, (page) => oursText(extractHtmlArticle(page.html, { url: page.url }), withLede), repeats);
  const results = [ours];
  if (only !== 'ours') results.push(run('@mozilla/readability', pages, readabilityText, repeats));

  for (const result of results) {
    const { f1, precision, recall } = result.score;
    console.log(`${result.name.padEnd(22)} F1 ${f1.toFixed(3)}  P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  ${result.pagesPerSecond.toFixed(1)} pages/s`);
  }
  const readability = results[1];
  if (readability) {
    console.log(`ratio ours/readability: F1 ${(ours.score.f1 / readability.score.f1).toFixed(3)}, speed ${(ours.pagesPerSecond / readability.pagesPerSecond).toFixed(2)}x`);
  }
  if (worst > 0) {
    const ranked = pages.map((page, index) => ({ page, counts: ours.counts[index] as Counts }))
      .map(({ page, counts }) => ({ page, counts, f1: (2 * counts.tp) / (2 * counts.tp + counts.fp + counts.fn || 1) }))
      .sort((a, b) => a.f1 - b.f1)
      .slice(0, worst);
    for (const { page, counts, f1 } of ranked) console.log(`  ${f1.toFixed(3)} tp ${counts.tp} fp ${counts.fp} fn ${counts.fn}  ${page.id.slice(0, 12)} ${page.url}`);
  }
}

main();
