// The ingest job: paths → files → structured documents → facts → store.
// One input file is one unit of work and one transaction: a bad file is reported and skipped,
// never aborting the job, and never leaving half of its documents behind.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { SourceFile, StructureResult } from '../records.ts';
import type { Store } from '../store/index.ts';
import { listInputFiles } from '../sources/files.ts';
import { readInput, type ReadOptions } from './read-input.ts';
import { factsForResult } from './facts-for-result.ts';
import { EXTRACTION_VERSION } from '../extract/index.ts';

/** Larger inputs are refused before reading: no news page or dump is this big. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export interface IngestOptions extends ReadOptions {
  onFileDone?: (done: number, total: number, origin: string) => void;
  /** Year hint for dates without one, when documents carry no published date. */
  dateHint?: string | null;
  /**
   * Extract facts while ingesting (default). Off for bulk loads: documents are stored and searchable
   * at once, and `radar57 reextract` extracts their facts afterwards.
   */
  facts?: boolean;
  /** The reader (default readInput); tests count its calls. */
  reader?: (file: SourceFile, options: ReadOptions) => StructureResult;
}

export interface Rejection {
  origin: string;
  reason: string;
}

export interface IngestSummary {
  files: number;
  stored: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: Rejection[];
  warnings: { origin: string; message: string }[];
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The bytes of one file and their content hash, within the size limit. */
function readFileBytes(origin: string): { bytes: Buffer; sourceHash: string } {
  const size = statSync(origin).size;
  if (size > MAX_FILE_BYTES) {
    throw new Error(`${origin}: file is ${(size / 1048576).toFixed(1)} MB, larger than the ${MAX_FILE_BYTES / 1048576} MB limit`);
  }
  const bytes = readFileSync(origin);
  return { bytes, sourceHash: createHash('sha256').update(bytes).digest('hex') };
}

/** Reads one file from disk into a structure result, or says why it cannot be used. */
export function readFileInput(origin: string, options: ReadOptions): { result: StructureResult; sourceHash: string } {
  const { bytes, sourceHash } = readFileBytes(origin);
  return { result: readInput({ origin, bytes }, options), sourceHash };
}

export async function ingestPaths(paths: string[], store: Store, options: IngestOptions = {}): Promise<IngestSummary> {
  const listing = listInputFiles(paths);
  const summary: IngestSummary = {
    files: listing.files.length,
    stored: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: [...listing.problems],
    warnings: [],
  };
  let done = 0;
  const read = options.reader ?? readInput;
  // A forced reader or encoding may read the same bytes differently: then every file is read.
  const mayResume = options.format === undefined && options.encoding === undefined;
  const version = options.facts === false ? null : EXTRACTION_VERSION;
  for (const origin of listing.files) {
    try {
      const { bytes, sourceHash } = readFileBytes(origin);
      // Resuming (or re-running) an ingest: a file whose stored version has these bytes, with facts
      // of this extractor, is counted as unchanged before any decoding or extraction.
      const stored = mayResume ? await store.storedFileVersion(origin, sourceHash, version) : null;
      if (stored !== null) {
        summary.stored += 1;
        summary.unchanged += stored;
      } else {
        const result = read({ origin, bytes }, options);
        if (result.documents.length === 0) throw new Error(`${origin}: no documents found`);
        const facts = options.facts === false ? undefined : factsForResult(result, options.dateHint ?? null);
        const saved = await store.saveFile({ origin, sourceHash, format: result.format, documents: result.documents, facts, extractionVersion: EXTRACTION_VERSION });
        summary.stored += 1;
        summary.created += saved.created;
        summary.updated += saved.updated;
        summary.unchanged += saved.unchanged;
        for (const message of result.warnings) summary.warnings.push({ origin, message });
      }
    } catch (err) {
      const reason = errorMessage(err);
      summary.rejected.push({ origin, reason: reason.startsWith(origin) ? reason.slice(origin.length).replace(/^:\s*/, '') : reason });
    }
    done += 1;
    options.onFileDone?.(done, listing.files.length, origin);
    // Let the progress display repaint between files; the work itself is synchronous.
    await yieldToEventLoop();
  }
  return summary;
}
