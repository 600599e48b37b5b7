// STUB: replaced by the real extractor. Signature is the contract used by ./index.ts.
import type { StructuredDocument } from '../records.ts';
import type { ExtractContext, QuantityMention } from './facts.ts';

export const EXTRACTOR = { name: 'quantities', version: '0.0.0' } as const;

export function extractQuantities(_doc: StructuredDocument, _ctx: ExtractContext): QuantityMention[] {
  return [];
}
