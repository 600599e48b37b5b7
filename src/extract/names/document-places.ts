// The local places one document names with their level word, worked out once per document and
// shared by the organisation, person and place extractors (see localPlacesIn, parenthesisedLocalNames).
import type { StructuredDocument } from '../../records.ts';
import { fieldsOf } from '../facts.ts';
import { localPlacesIn, parenthesisedLevelIn } from './local-names.ts';
import type { PhraseIndex } from './phrase-index.ts';
import { tokenize } from './tokens.ts';

export interface DocumentPlaces {
  /** Local names given a level word somewhere in the document. */
  names: PhraseIndex<true>;
  /** The document places a village in its commune in parentheses, so other parenthesised names are communes. */
  parenthesisedCommunes: boolean;
}

const cache = new WeakMap<StructuredDocument, DocumentPlaces>();

export function documentPlaces(doc: StructuredDocument): DocumentPlaces {
  let found = cache.get(doc);
  if (!found) {
    const fields = fieldsOf(doc).map((f) => tokenize(f.text));
    found = { names: localPlacesIn(fields), parenthesisedCommunes: fields.some(parenthesisedLevelIn) };
    cache.set(doc, found);
  }
  return found;
}

export function documentLocalPlaces(doc: StructuredDocument): PhraseIndex<true> {
  return documentPlaces(doc).names;
}
