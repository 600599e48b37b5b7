// One batch of pages through @mozilla/readability, in a worker thread (see readability.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { readabilityExtract } from './readability.ts';
import type { ReadabilityPage } from './readability.ts';

const pages = (workerData as { pages: ReadabilityPage[] }).pages;
parentPort?.postMessage(pages.map((page) => readabilityExtract(page.html, page.url)));
