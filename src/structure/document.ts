// Factories for StructuredDocument, so every reader fills every field the same way.
import type { StructuredDocument } from '../records.ts';

/** A document with every optional field empty; readers override what they know. */
export function emptyDocument(kind: StructuredDocument['kind']): StructuredDocument {
  return {
    kind,
    title: null,
    published: null,
    publishedPrecision: 'unknown',
    author: null,
    authorNote: null,
    site: null,
    category: null,
    lede: null,
    body: [],
    captions: [],
    related: [],
    parent: null,
    url: null,
  };
}
