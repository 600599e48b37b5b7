// STUB: replaced by the real extractor. Signature is the contract used by ./index.ts.
import type { StructuredDocument } from '../records.ts';
import type { ExtractContext, PlaceMention } from './facts.ts';

export const EXTRACTOR = { name: 'places', version: '0.0.0' } as const;

export function extractPlaces(_doc: StructuredDocument, _ctx: ExtractContext): PlaceMention[] {
  return [];
}
