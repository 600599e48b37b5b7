// Whether a structured document holds text a person can read. A page of scripts, a comment left
// open, zero-width characters or a line of punctuation all structure into "documents" with no
// words: stored, they are search hits and list rows with nothing in them. Documents without a
// letter or digit are dropped (with a warning); an input left with none is refused, by name.
import type { StructureResult, StructuredDocument } from '../records.ts';
import { StructureError } from './errors.ts';

/** A letter or a digit in any script. Zero-width characters, punctuation and symbols are not. */
const READABLE = /[\p{L}\p{N}]/u;

export function hasReadableText(doc: StructuredDocument): boolean {
  return [doc.title, doc.lede, ...doc.body, ...doc.captions.map((c) => c.text)].some((t) => t !== null && READABLE.test(t));
}

/** Why an input gave nothing readable, in the words of its format. */
function noTextReason(format: StructureResult['format']): string {
  return format === 'html'
    ? 'no readable text: the page has no title or paragraph outside markup, scripts, styles and comments'
    : 'no readable text: no letter or digit (zero-width characters, punctuation and symbols alone are not text)';
}

/** The result with its unreadable documents dropped and parents renumbered; throws when none is left. */
export function keepReadable(result: StructureResult): StructureResult {
  const kept = result.documents.map(hasReadableText);
  if (kept.every(Boolean)) return result;
  if (!kept.some(Boolean)) throw new StructureError(result.origin, noTextReason(result.format));
  const newIndex: (number | null)[] = [];
  let next = 0;
  for (const keep of kept) newIndex.push(keep ? next++ : null);
  const documents = result.documents
    .filter((_, i) => kept[i])
    .map((doc) => ({ ...doc, parent: doc.parent === null ? null : (newIndex[doc.parent] ?? null) }));
  const dropped = kept.filter((k) => !k).length;
  return { ...result, documents, warnings: [...result.warnings, `${dropped} document(s) without readable text left out`] };
}
