// Several rules may read the same words (`ngày 22 tháng 12 năm 2024` contains `tháng 12 năm 2024` and
// `năm 2024`): keep the longest reading, then the most confident, and drop whatever overlaps it.
import type { DateCandidate } from './lexicon.ts';

export function selectNonOverlapping(candidates: DateCandidate[]): DateCandidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start,
  );
  const kept: DateCandidate[] = [];
  for (const c of ranked) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
