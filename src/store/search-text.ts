// How text is keyed for the two search indexes, and how a user's query becomes terms.
// Both indexes receive text already keyed here, so the database tokenizer only splits words and
// never has to know Vietnamese: `exact` keeps diacritics, `folded` drops them (đ → d included,
// which no database tokenizer does).
import { foldForSearch } from '../text/fold.ts';
import { normalizeText } from '../text/normalize.ts';
import { canonicalTones } from '../text/tones.ts';
import type { IndexedFields, TermTokens } from './dialect.ts';
import type { StructuredDocument } from '../records.ts';

const canonicalWords = new Map<string, string>();
const MAX_CACHED_WORDS = 100_000;

/** canonicalTones of one word, remembered: a news collection uses a few thousand distinct syllables. */
function canonicalWord(word: string): string {
  let key = canonicalWords.get(word);
  if (key === undefined) {
    key = canonicalTones(word);
    if (canonicalWords.size >= MAX_CACHED_WORDS) canonicalWords.clear();
    canonicalWords.set(word, key);
  }
  return key;
}

/**
 * Key for the exact index: NFC, lower case, canonical tone placement (hoà and hòa are one word).
 * The same as `matchKey` (src/text/tones.ts), computed word by word with a cache because tone
 * placement was most of the indexing time.
 */
export function exactKey(text: string): string {
  return normalizeText(text).toLowerCase().replace(/[\p{L}\p{M}]+/gu, canonicalWord);
}

export const foldedKey = foldForSearch;

function keyedFields(doc: StructuredDocument, key: (text: string) => string): IndexedFields {
  return {
    title: key(doc.title ?? ''),
    lede: key(doc.lede ?? ''),
    body: key(doc.body.join('\n')),
    captions: key(doc.captions.map((c) => c.text).join('\n')),
  };
}

/** A document's text as both search indexes receive it. */
export interface DocumentSearchKeys {
  exact: IndexedFields;
  folded: IndexedFields;
}

/**
 * The keyed text of a document for both indexes. A pure function of the document, so a bulk load
 * computes it in its extraction threads (about a tenth of the writing thread's time per document).
 */
export function documentSearchKeys(doc: StructuredDocument): DocumentSearchKeys {
  return { exact: keyedFields(doc, exactKey), folded: keyedFields(doc, foldedKey) };
}

/** A word: letters or digits, each optionally followed by combining marks. Everything else separates. */
const WORD = /(?:[\p{L}\p{N}]\p{M}*)+/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

export interface QueryTerm {
  /** The words of the term as typed (NFC); more than one means they must be adjacent. */
  words: string[];
  /** The user put the term in double quotes. */
  quoted: boolean;
}

/** At most this many terms are used: a longer query is almost certainly pasted text, not a search. */
export const MAX_QUERY_TERMS = 32;

/**
 * Splits a query into terms: "double-quoted phrases" (straight or curly quotes) and bare words,
 * all required (AND). A bare chunk with inner punctuation (`COVID-19`, `Hà-Nội`) is one term whose words must be
 * adjacent, as they are in the text. Operators and punctuation have no meaning: they are words or
 * separators, so no input can form an invalid full-text query. An unclosed quote runs to the end.
 */
export function parseQuery(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  // Curly quotes count too: Vietnamese keyboards and pasted titles often produce “…”.
  const parts = normalizeText(query).split(/["“”]/u);
  parts.forEach((part, i) => {
    const quoted = i % 2 === 1;
    const chunks = quoted ? [part] : part.split(/\s+/u);
    for (const chunk of chunks) {
      const w = words(chunk);
      if (w.length > 0) terms.push({ words: w, quoted });
    }
  });
  return terms.slice(0, MAX_QUERY_TERMS);
}

/** Keys every term; a term may key to no tokens (it then matches nothing) but keeps its position. */
export function keyTerms(terms: QueryTerm[], key: (text: string) => string): TermTokens[] {
  return terms.map((t) => t.words.map(key).flatMap(words));
}
