// The local places one document names with their level word, worked out once per document and
// shared by the organisation, person and place extractors (see localPlacesIn).
import type { StructuredDocument } from '../../records.ts';
import { fieldsOf } from '../facts.ts';
import { localPlacesIn } from './local-names.ts';
import type { PhraseIndex } from './phrase-index.ts';
import { tokenize } from './tokens.ts';

const cache = new WeakMap<StructuredDocument, PhraseIndex<true>>();

export function documentLocalPlaces(doc: StructuredDocument): PhraseIndex<true> {
  let found = cache.get(doc);
  if (!found) {
    found = localPlacesIn(fieldsOf(doc).map((f) => tokenize(f.text)));
    cache.set(doc, found);
  }
  return found;
}
