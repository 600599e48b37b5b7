// Seed-like documents for store tests: the project's own seed files (data/seeds) read by the real
// readers, so the store is tested on the texts it will hold, without keeping a copy of them here.
import { readFileSync } from 'node:fs';
import { structureText } from '../../src/structure/index.ts';
import { PAGE_SEED, ledeLines } from '../helpers.ts';

export const LEDE_LINES: readonly string[] = ledeLines();

const page = structureText({ origin: PAGE_SEED, text: readFileSync(PAGE_SEED, 'utf8'), encoding: 'utf-8', encodingEvidence: 'detected' });
const article = page.documents[0]!;

export const ARTICLE_TITLE: string = article.title ?? '';

/** The lede first, then the body paragraphs. */
export const ARTICLE_PARAGRAPHS: readonly string[] = [article.lede ?? '', ...article.body];

export const TEASERS: readonly { title: string; lede: string }[] = page.documents
  .filter((d) => d.kind === 'teaser')
  .map((d) => ({ title: d.title ?? '', lede: d.lede ?? '' }));
