// Which stored row a structured document is, and whether it changed.
//
// Identity is (source origin, doc_key), independent of the document's position in its file:
//   - with a URL:           `<kind>:url:<url>`
//   - articles and teasers: `<kind>:title:<title, NFC lower case, spaces collapsed>`
//   - briefs (and untitled documents): `<kind>:text:<sha256 of the keyed lede and body>`
// So an article whose body is corrected keeps its row (same URL or title) and is updated in place.
// A brief has nothing but its text, so an edited brief is a new document; the old row stays (the
// store never deletes what a newer file version no longer contains). Equal keys within one file
// (the same teaser listed twice) are told apart by their order of appearance: `#2`, `#3`, …
import { createHash } from 'node:crypto';
import type { StructuredDocument } from '../records.ts';
import { exactKey } from './search-text.ts';

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function collapse(text: string): string {
  return exactKey(text).replace(/\s+/gu, ' ').trim();
}

function baseKey(doc: StructuredDocument): string {
  const url = doc.url?.trim();
  if (url) return `${doc.kind}:url:${url}`;
  const title = doc.title ? collapse(doc.title) : '';
  if (doc.kind !== 'brief' && title) return `${doc.kind}:title:${title}`;
  const text = collapse([doc.title ?? '', doc.lede ?? '', ...doc.body].join('\n'));
  return `${doc.kind}:text:${sha256(text).slice(0, 32)}`;
}

/** The identity key of each document of one file, in the same order. */
export function documentKeys(documents: readonly StructuredDocument[]): string[] {
  const seen = new Map<string, number>();
  return documents.map((doc) => {
    const key = baseKey(doc);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}#${n}`;
  });
}

/** JSON with object keys sorted at every level, so equal content always serialises identically. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * sha256 of the document's canonical JSON. The parent is named by its key, not its index, so that
 * moving documents around in a file does not count as a change. The URL is left out: it is part of
 * the identity (the key), and leaving it out lets the same content found under another URL be
 * recognised as the document already stored.
 */
export function contentHash(doc: StructuredDocument, parentKey: string | null): string {
  return sha256(canonicalJson({ ...doc, url: null, parent: parentKey }));
}
