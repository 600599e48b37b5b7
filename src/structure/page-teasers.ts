// The list of other stories under an article ("Tin bài khác"): headline, the headline again (the
// dump prints a link's image alt and its text), then an optional summary paragraph.
import type { StructuredDocument } from '../records.ts';
import { emptyDocument } from './document.ts';
import { isDomainLine, isProse, isTeaserHeader, stripBullet, textKey } from './line-kinds.ts';
import { parseCaption } from './captions.ts';

/** Teaser documents, each pointing at `parent` (the article's index in the result). */
export function readTeasers(lines: string[], parent: number): StructuredDocument[] {
  const teasers: StructuredDocument[] = [];
  const byTitle = new Map<string, StructuredDocument>();
  let current: StructuredDocument | null = null;
  for (const line of lines) {
    if (isTeaserHeader(line) || isDomainLine(line) || parseCaption(line)) continue;
    if (isProse(line)) {
      // A summary belongs to the headline above it; a second paragraph in a row is not a teaser's.
      if (current && current.lede === null) current.lede = line;
      continue;
    }
    const title = stripBullet(line);
    // Each headline is printed twice; a repeat continues the teaser already started.
    const key = textKey(title);
    const existing = byTitle.get(key);
    if (existing) {
      current = existing;
      continue;
    }
    current = { ...emptyDocument('teaser'), title, parent };
    byTitle.set(key, current);
    teasers.push(current);
  }
  return teasers;
}
