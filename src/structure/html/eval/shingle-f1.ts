// The ScrapingHub article-extraction benchmark's metric: \w+ tokens in 4-token shingles counted as
// multisets; per page TP, FP, FN; precision and recall are means over pages and F1 is the harmonic
// mean of those two means (so it is not the mean of per-page F1s).

const SHINGLE = 4;

export interface ShingleCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ShingleScore {
  precision: number;
  recall: number;
  f1: number;
}

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

export function shingleCounts(truth: string, predicted: string): ShingleCounts {
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

/** The page's own F1 from its counts: for ranking the worst pages. */
export function pageShingleF1({ tp, fp, fn }: ShingleCounts): number {
  return fp === 0 && fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn);
}

export function shingleScore(pages: readonly ShingleCounts[]): ShingleScore {
  const precisions: number[] = [];
  const recalls: number[] = [];
  for (const { tp, fp, fn } of pages) {
    if (fp === 0 && fn === 0) {
      precisions.push(1);
      recalls.push(1);
      continue;
    }
    if (tp + fp > 0) precisions.push(tp / (tp + fp));
    if (tp + fn > 0) recalls.push(tp / (tp + fn));
  }
  const precision = mean(precisions);
  const recall = mean(recalls);
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

function mean(values: readonly number[]): number {
  return values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : 0;
}
