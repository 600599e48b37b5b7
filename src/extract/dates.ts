// STUB: replaced by the real extractor. Signature is the contract used by ./index.ts.
import type { StructuredDocument } from '../records.ts';
import type { ExtractContext, DateMention } from './facts.ts';

export const EXTRACTOR = { name: 'dates', version: '0.0.0' } as const;

export function extractDates(_doc: StructuredDocument, _ctx: ExtractContext): DateMention[] {
  return [];
}
