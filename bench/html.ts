// Article-body extraction benchmark: the project's HTML extractor against @mozilla/readability on
// the 91 pages of ../shared/eval/scrapinghub-dev, scored with that benchmark's shingle F1 (the
// scorer in src/structure/html/eval, shared with `npm run eval:html`).
//
//   npx tsx bench/html.ts [--repeats 5] [--only ours] [--worst 10] [--without-lede]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractHtmlArticle } from '../src/structure/html/index.ts';
import type { HtmlArticle } from '../src/structure/html/index.ts';
import { pageShingleF1, shingleCounts, shingleScore } from '../src/structure/html/eval/index.ts';
import type { ShingleCounts, ShingleScore } from '../src/structure/html/eval/index.ts';
import { loadScrapinghub } from '../src/pipeline/html-eval-sets.ts';
import type { EvalPage } from '../src/pipeline/html-eval-sets.ts';
import { machineLine, median } from './machine.ts';
import { readabilityExtract } from './readability.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = path.join(path.resolve(repoRoot, '../shared'), 'eval', 'scrapinghub-dev');

type Extractor = (page: EvalPage) => string;

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function oursText(article: HtmlArticle, withLede: boolean): string {
  const paragraphs = withLede && article.lede && !article.body.includes(article.lede) ? [article.lede, ...article.body] : article.body;
  return paragraphs.join('\n');
}

function run(name: string, pages: EvalPage[], extract: Extractor, repeats: number): { name: string; score: ShingleScore; pagesPerSecond: number; counts: ShingleCounts[] } {
  let outputs: string[] = [];
  const seconds: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const start = process.hrtime.bigint();
    outputs = pages.map(extract);
    seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  const counts = pages.map((page, index) => shingleCounts(page.body, outputs[index] ?? ''));
  return { name, score: shingleScore(counts), pagesPerSecond: pages.length / median(seconds), counts };
}

function main(): void {
  const pages = loadScrapinghub(corpusDir);
  if (!pages) {
    console.log(`skipped: ${corpusDir} is absent (the shared evaluation data lives beside the repository in ../shared)`);
    return;
  }
  const repeats = Number(argValue('repeats') ?? 5);
  const only = argValue('only');
  const worst = Number(argValue('worst') ?? 0);
  const withLede = !process.argv.includes('--without-lede');
  console.log(machineLine());
  console.log(`corpus: ${pages.length} pages of scrapinghub-dev; timing = parse + extract, median of ${repeats} runs`);
  console.log(`ours: body paragraphs ${withLede ? 'preceded by the lede' : 'without the lede'}, captions excluded`);

  const ours = run('radar57 html', pages, (page) => oursText(extractHtmlArticle(page.html, { url: page.url }), withLede), repeats);
  const results = [ours];
  if (only !== 'ours') results.push(run('@mozilla/readability', pages, (page) => readabilityExtract(page.html, page.url).text, repeats));

  for (const result of results) {
    const { f1, precision, recall } = result.score;
    console.log(`${result.name.padEnd(22)} F1 ${f1.toFixed(3)}  P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  ${result.pagesPerSecond.toFixed(1)} pages/s`);
  }
  const readability = results[1];
  if (readability) {
    console.log(`ratio ours/readability: F1 ${(ours.score.f1 / readability.score.f1).toFixed(3)}, speed ${(ours.pagesPerSecond / readability.pagesPerSecond).toFixed(2)}x`);
  }
  if (worst > 0) {
    const ranked = pages.map((page, index) => ({ page, counts: ours.counts[index] as ShingleCounts }))
      .map(({ page, counts }) => ({ page, counts, f1: pageShingleF1(counts) }))
      .sort((a, b) => a.f1 - b.f1)
      .slice(0, worst);
    for (const { page, counts, f1 } of ranked) console.log(`  ${f1.toFixed(3)} tp ${counts.tp} fp ${counts.fp} fn ${counts.fn}  ${page.id.slice(0, 12)} ${page.url}`);
  }
}

main();
