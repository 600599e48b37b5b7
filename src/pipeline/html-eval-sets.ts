// Loads the HTML evaluation sets of ../shared/eval (never copied into the repository): WCXB dev,
// ScrapingHub dev and the VnExpress page, each as pages with their HTML decoded and their truth.
// Decoding happens here, so that timing the extractors measures extraction alone.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { decodeHtmlBytes } from '../structure/html/index.ts';

export interface EvalPage {
  set: 'wcxb' | 'scrapinghub' | 'vnexpress';
  id: string;
  url: string | null;
  html: string;
  /** The main content the extractor should return. */
  body: string;
  /** Metadata truths; null where the set gives none. */
  title: string | null;
  author: string | null;
  date: string | null;
  /** WCXB's page type (article, forum, product, …); `article` for the news sets. */
  type: string;
}

const wcxbTruth = z.object({
  url: z.string().nullish(),
  _internal: z.object({ page_type: z.object({ primary: z.string() }).partial().nullish() }).partial().nullish(),
  ground_truth: z.object({
    title: z.string().nullish(),
    author: z.string().nullish(),
    publish_date: z.string().nullish(),
    main_content: z.string().nullish(),
  }),
});

/** WCXB pages with a non-empty main content (the benchmark skips the others), in id order. */
export function loadWcxb(dir: string): EvalPage[] | null {
  const types = join(dir, 'page-types.json');
  if (!existsSync(types)) return null;
  const pageTypes = z.record(z.string(), z.string()).parse(JSON.parse(readFileSync(types, 'utf8')));
  const pages: EvalPage[] = [];
  for (const file of readdirSync(join(dir, 'ground-truth')).filter((name) => name.endsWith('.json')).sort()) {
    const id = file.replace(/\.json$/, '');
    const truth = wcxbTruth.parse(JSON.parse(readFileSync(join(dir, 'ground-truth', file), 'utf8')));
    const body = truth.ground_truth.main_content ?? '';
    if (body.trim() === '') continue;
    const htmlPath = join(dir, 'html', `${id}.html.gz`);
    if (!existsSync(htmlPath)) throw new Error(`${htmlPath}: missing (ground truth ${file} names it)`);
    pages.push({
      set: 'wcxb', id, url: truth.url ?? null, html: decodeHtmlBytes(readFileSync(htmlPath)), body,
      title: truth.ground_truth.title || null, author: truth.ground_truth.author || null, date: truth.ground_truth.publish_date || null,
      // page-types.json lacks some pages (139 of 1,497); their truth file names the type too.
      type: pageTypes[id] ?? truth._internal?.page_type?.primary ?? 'unknown',
    });
  }
  return pages;
}

const scrapinghubTruth = z.record(z.string(), z.object({ url: z.string(), articleBody: z.string() }));

export function loadScrapinghub(dir: string): EvalPage[] | null {
  const truthPath = join(dir, 'ground-truth.json');
  if (!existsSync(truthPath)) return null;
  const truth = scrapinghubTruth.parse(JSON.parse(readFileSync(truthPath, 'utf8')));
  return readdirSync(join(dir, 'html')).filter((name) => name.endsWith('.html.gz')).sort().map((file) => {
    const id = file.replace(/\.html\.gz$/, '');
    const entry = truth[id];
    if (!entry) throw new Error(`${join(dir, 'html', file)}: no ground truth for ${id}`);
    return {
      set: 'scrapinghub' as const, id, url: entry.url, html: decodeHtmlBytes(readFileSync(join(dir, 'html', file))), body: entry.articleBody,
      title: null, author: null, date: null, type: 'article',
    };
  });
}

const vnexpressTruth = z.record(z.string(), z.object({
  title: z.string(),
  authors: z.array(z.string()),
  publishing_date: z.string(),
  body: z.object({ summary: z.array(z.string()), sections: z.array(z.object({ paragraphs: z.array(z.string()) })) }),
}));

export function loadVnexpress(dir: string): EvalPage[] | null {
  const truthPath = join(dir, 'VnExpress.json');
  const htmlName = readdirSync(dir, { withFileTypes: true }).find((entry) => entry.name.endsWith('.html.gz'))?.name;
  if (!existsSync(truthPath) || !htmlName) return null;
  const truths = vnexpressTruth.parse(JSON.parse(readFileSync(truthPath, 'utf8')));
  const meta = existsSync(join(dir, 'meta.info'))
    ? z.record(z.string(), z.object({ url: z.string() })).parse(JSON.parse(readFileSync(join(dir, 'meta.info'), 'utf8')))
    : {};
  const truth = Object.values(truths)[0];
  if (!truth) return null;
  return [{
    set: 'vnexpress', id: htmlName.replace(/\.html\.gz$/, ''), url: meta[htmlName]?.url ?? null,
    html: decodeHtmlBytes(readFileSync(join(dir, htmlName))),
    body: [...truth.body.summary, ...truth.body.sections.flatMap((section) => section.paragraphs)].join('\n\n'),
    title: truth.title, author: truth.authors.join(', '), date: truth.publishing_date, type: 'article',
  }];
}
