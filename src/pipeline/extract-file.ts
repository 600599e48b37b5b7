// One file's CPU work in ingest: bytes → structured documents → facts and near-duplicate
// signatures. The same function runs in the ingest thread and in the extraction pool's threads, so
// both give the same documents and facts.
import type { SourceFile, StructureResult } from '../records.ts';
import type { DocumentFacts } from '../extract/facts.ts';
import { readInput, type ReadOptions } from './read-input.ts';
import { factsForResult } from './facts-for-result.ts';
import { documentSignature } from '../link/near-duplicates.ts';
import { documentSearchKeys, type DocumentSearchKeys } from '../store/search-text.ts';

export interface ExtractRequest {
  origin: string;
  bytes: Uint8Array;
  options: ReadOptions;
  /** Extract facts (false for a bulk load). */
  facts: boolean;
  /**
   * Compute the documents' near-duplicate signatures and search keys here (otherwise the store
   * computes them while writing).
   */
  signatures?: boolean;
  dateHint: string | null;
}

export interface Extracted {
  result: StructureResult;
  facts: DocumentFacts[] | undefined;
  /** Each document's near-duplicate signature (documentSignature), when asked for. */
  signatures?: (Uint32Array | null)[];
  /** Each document's search keys (documentSearchKeys), when asked for with the signatures. */
  searchKeys?: DocumentSearchKeys[];
}


export function extractFile(request: ExtractRequest, read: (file: SourceFile, options: ReadOptions) => StructureResult = readInput): Extracted {
  const result = read({ origin: request.origin, bytes: Buffer.from(request.bytes.buffer, request.bytes.byteOffset, request.bytes.byteLength) }, request.options);
  if (result.documents.length === 0) throw new Error(`${request.origin}: no documents found`);
  return {
    result,
    facts: request.facts ? factsForResult(result, request.dateHint) : undefined,
    ...(request.signatures ? { signatures: result.documents.map(documentSignature), searchKeys: result.documents.map(documentSearchKeys) } : {}),
  };
}
