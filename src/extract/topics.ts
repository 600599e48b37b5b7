// STUB: replaced by the real topic scorer. Signature is the contract used by ./index.ts.
import type { StructuredDocument } from '../records.ts';
import type { ExtractContext, TopicScore } from './facts.ts';

export const EXTRACTOR = { name: 'topics', version: '0.0.0' } as const;

export function scoreTopics(_doc: StructuredDocument, _ctx: ExtractContext): TopicScore[] {
  return [];
}
