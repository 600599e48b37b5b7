// STUB: replaced by the real extractor. Signature is the contract used by ./index.ts.
import type { StructuredDocument } from '../records.ts';
import type { ExtractContext, OrganizationMention } from './facts.ts';

export const EXTRACTOR = { name: 'organizations', version: '0.0.0' } as const;

export function extractOrganizations(_doc: StructuredDocument, _ctx: ExtractContext): OrganizationMention[] {
  return [];
}
