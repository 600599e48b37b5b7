// Runs the extract stage over every document of one input, with the context each needs:
// the document's own date, else the user's hint, else the dominant year of the input (its collection).
import type { StructureResult } from '../records.ts';
import type { DocumentFacts } from '../extract/facts.ts';
import { extractFacts } from '../extract/index.ts';

/** The year of an ISO date or datetime. */
export function yearOf(iso: string | null): number | null {
  const m = iso ? /^(\d{4})/.exec(iso) : null;
  return m ? Number(m[1]) : null;
}

/** The most frequent published year among the documents, used for those that have none. */
export function dominantYear(result: StructureResult): number | null {
  const counts = new Map<number, number>();
  for (const d of result.documents) {
    const y = yearOf(d.published);
    if (y !== null) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [y, c] of counts) if (c > bestCount) [best, bestCount] = [y, c];
  return best;
}

export function factsForResult(result: StructureResult, dateHint: string | null): DocumentFacts[] {
  const collectionYear = dominantYear(result);
  return result.documents.map((doc) => {
    // A teaser inherits the date of the page it was listed on only as a year source, not as its own date.
    const parent = doc.parent !== null ? result.documents[doc.parent] : undefined;
    const published = doc.published ?? null;
    return extractFacts(doc, {
      published,
      dateHint: dateHint ?? result.capturedOn ?? null,
      collectionYear: collectionYear ?? yearOf(parent?.published ?? null),
    });
  });
}
