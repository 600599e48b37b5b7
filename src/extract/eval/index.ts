// Fact-extraction evaluation against hand-made gold annotations (test/gold/).
export type { GoldDocument, GoldFile, GoldMention, GoldMentionKind } from './gold.ts';
export { parseGold, MENTION_KINDS } from './gold.ts';
export type { EvalResult, EvaluateOptions, KindScore, Listing, ScoredKind } from './score.ts';
export { evaluate, mergeResults, shortfalls, precision, recall, f1, keyMatches, SCORED_KINDS } from './score.ts';
export { formatResult } from './report.ts';
export { readSeedFallback } from './seed-reader.ts';
