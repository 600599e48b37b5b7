// STUB: replaced by the real extractor. Signature is the contract used by ./index.ts.
import type { StructuredDocument } from '../records.ts';
import type { ExtractContext, LegalRefMention } from './facts.ts';

export const EXTRACTOR = { name: 'legal-refs', version: '0.0.0' } as const;

export function extractLegalRefs(_doc: StructuredDocument, _ctx: ExtractContext): LegalRefMention[] {
  return [];
}
