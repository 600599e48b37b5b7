// Scoring of HTML extraction against benchmark ground truth: WCXB's word F1, ScrapingHub's shingle
// F1, and exact matches of title, author and date. Used by `npm run eval:html` and bench/html.ts.
export { meanF1, wordF1, wordTokens } from './word-f1.ts';
export type { PageF1 } from './word-f1.ts';
export { pageShingleF1, shingleCounts, shingleScore } from './shingle-f1.ts';
export type { ShingleCounts, ShingleScore } from './shingle-f1.ts';
export { authorMatches, dateMatches, normaliseAuthors, normaliseDate, normaliseTitle, titleMatches } from './fields.ts';
