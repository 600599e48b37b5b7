// STUB: replaced by the real extractor. Signature is the contract used by ./index.ts.
import type { StructuredDocument } from '../records.ts';
import type { ExtractContext, PersonMention } from './facts.ts';

export const EXTRACTOR = { name: 'persons', version: '0.0.0' } as const;

export function extractPersons(_doc: StructuredDocument, _ctx: ExtractContext): PersonMention[] {
  return [];
}
