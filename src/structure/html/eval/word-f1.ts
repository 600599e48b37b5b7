// WCXB's body metric: word-level F1 between the extracted text and the ground truth's main content,
// over lower-cased \w+ tokens counted as multisets, then averaged over pages.

export interface PageF1 {
  precision: number;
  recall: number;
  f1: number;
}

/** Unicode \w+: letters, digits (any script) and underscore, lower-cased. */
export function wordTokens(text: string): string[] {
  return (text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []);
}

function counts(tokens: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const token of tokens) map.set(token, (map.get(token) ?? 0) + 1);
  return map;
}

/** One page: precision and recall of the extracted words against the truth's, and their F1. */
export function wordF1(truth: string, extracted: string): PageF1 {
  const expected = counts(wordTokens(truth));
  const got = counts(wordTokens(extracted));
  let truthTotal = 0;
  let gotTotal = 0;
  let overlap = 0;
  for (const count of expected.values()) truthTotal += count;
  for (const [token, count] of got) {
    gotTotal += count;
    overlap += Math.min(count, expected.get(token) ?? 0);
  }
  if (truthTotal === 0 && gotTotal === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = gotTotal > 0 ? overlap / gotTotal : 0;
  const recall = truthTotal > 0 ? overlap / truthTotal : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Means of the per-page figures. */
export function meanF1(pages: readonly PageF1[]): PageF1 {
  const mean = (pick: (page: PageF1) => number) => (pages.length > 0 ? pages.reduce((sum, page) => sum + pick(page), 0) / pages.length : 0);
  return { precision: mean((page) => page.precision), recall: mean((page) => page.recall), f1: mean((page) => page.f1) };
}
