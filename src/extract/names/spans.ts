// Mentions found by one extractor mask text for another (a place inside an organisation's name is
// not a place mention): these helpers turn mention offsets into token positions.
import type { Span } from '../../records.ts';
import type { Token } from './tokens.ts';

export interface Range {
  start: number;
  end: number;
}

/** Mention ranges grouped by `field:index`. */
export function spansByField(mentions: readonly Span[]): Map<string, Range[]> {
  const out = new Map<string, Range[]>();
  for (const m of mentions) {
    const key = `${m.field}:${m.index}`;
    const list = out.get(key) ?? [];
    list.push({ start: m.start, end: m.end });
    out.set(key, list);
  }
  return out;
}

/** For each range: the token where it starts → the token after it ends; and every token inside. */
export function coveredTokens(tokens: readonly Token[], ranges: readonly Range[]): { starts: Map<number, number>; covered: Set<number> } {
  const starts = new Map<number, number>();
  const covered = new Set<number>();
  for (const r of ranges) {
    let first = -1;
    let after = -1;
    tokens.forEach((t, i) => {
      if (t.start >= r.start && t.end <= r.end) {
        if (first < 0) first = i;
        after = i + 1;
        covered.add(i);
      }
    });
    if (first >= 0) starts.set(first, after);
  }
  return { starts, covered };
}
