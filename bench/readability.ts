// @mozilla/readability on jsdom, the peer every HTML evaluation runs side by side with ours. jsdom
// keeps memory after window.close() (over 4 GB across WCXB's 1,476 pages), so pages are read in
// worker threads, a batch each, and each worker's memory goes with it.
import { Worker } from 'node:worker_threads';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';

export interface ReadabilityResult {
  title: string | null;
  byline: string | null;
  published: string | null;
  text: string;
  /** Parse + extract time of this page, in seconds. */
  seconds: number;
}

export interface ReadabilityPage {
  html: string;
  url: string | null;
}

const silentConsole = new VirtualConsole();

// jsdom's CSS parser throws on some stylesheets of these sets; style sheets hold no article text,
// so Readability gets the page without them (which only makes it faster).
const STYLE_BLOCK = /<style\b[^>]*>[\s\S]*?<\/style>/gi;

export function readabilityExtract(html: string, url: string | null): ReadabilityResult {
  const started = performance.now();
  try {
    const dom = new JSDOM(html.replace(STYLE_BLOCK, ''), { url: url ?? 'https://example.invalid/', virtualConsole: silentConsole });
    const parsed = new Readability(dom.window.document).parse();
    dom.window.close();
    return { title: parsed?.title ?? null, byline: parsed?.byline ?? null, published: parsed?.publishedTime ?? null, text: parsed?.textContent ?? '', seconds: (performance.now() - started) / 1000 };
  } catch {
    return { title: null, byline: null, published: null, text: '', seconds: (performance.now() - started) / 1000 };
  }
}

// Workers do not inherit the TypeScript loader: the worker registers tsx, then loads its module.
const WORKER_MODULE = new URL('./readability-worker.ts', import.meta.url).href;
const WORKER_BOOT = `
const { workerData } = require('node:worker_threads');
import('tsx/esm/api').then(({ register }) => { register(); return import(workerData.module); });
`;

/** Pages per worker: small enough that jsdom's leftovers stay well under the heap limit. */
const BATCH = 100;

/** Every page, in order, each batch in a fresh worker thread (one at a time: timings stay honest). */
export async function readabilityInWorkers(pages: readonly ReadabilityPage[]): Promise<ReadabilityResult[]> {
  const results: ReadabilityResult[] = [];
  for (let start = 0; start < pages.length; start += BATCH) {
    const batch = pages.slice(start, start + BATCH).map((page) => ({ html: page.html, url: page.url }));
    const worker = new Worker(WORKER_BOOT, { eval: true, workerData: { pages: batch, module: WORKER_MODULE } });
    const output = await new Promise<ReadabilityResult[]>((resolve, reject) => {
      worker.once('message', (message: ReadabilityResult[]) => resolve(message));
      worker.once('error', reject);
      worker.once('exit', (code) => {
        if (code !== 0) reject(new Error(`readability worker exited with ${code}`));
      });
    });
    await worker.terminate();
    results.push(...output);
  }
  return results;
}
