// The ingest job: paths → files → structured documents → facts → store (the steps of chain.ts),
// then the figures linked to the programme once for the run, from the documents kept in memory.
// One input file is one unit of work: a bad file is reported and skipped, never aborting the job,
// and never leaving half of its documents behind. Files are stored in batches, one transaction per
// batch and one savepoint per file (so a bad file still rolls back alone), and their CPU work
// (decoding, structuring, facts) runs in a pool of threads while the previous batch is written.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { SourceFile, StructureResult } from '../records.ts';
import type { Store } from '../store/index.ts';
import { countInputFiles, walkInputFiles } from '../sources/files.ts';
import { readInput, type ReadOptions } from './read-input.ts';
import { EXTRACTION_VERSION } from '../extract/index.ts';
import { remember, type ProgrammeStep } from './chain.ts';
import type { LinkMemory } from './track.ts';
import type { LinkOutcome } from './link-stored.ts';
import { extractFile, type Extracted } from './extract-file.ts';
import { createExtractPool, defaultPoolSize, type ExtractPool } from './extract-pool.ts';

/** Files per transaction: enough to spread a commit's cost, few enough to keep memory small. */
export const FILES_PER_BATCH = 64;
/** Below this many files the threads would cost more to start (about a second) than they save. */
const POOL_FROM_FILES = 48;

/**
 * Documents kept in memory for the link-to-programme step at the end of the run (their text and
 * figures). Past it, the step reads the rest back from the store, so an archive of a million files
 * runs in the same memory as a folder of a hundred. Kept documents cost far more than their text
 * (about 56 KB each for 3.9 KB pages: their strings hold on to the decoded page): 10,000 corpus
 * files through the compiled `radar57 ingest` peaked at 524–652 MB keeping 5,000, and at 373 MB
 * keeping none, with the same links (15,464 observations) and no slower (90 s against 104 s);
 * keeping 500, 401 MB; keeping 200, 361 MB. A couple of hundred still spare a small ingest the read-back.
 */
export const LINK_MEMORY_DOCUMENTS = 200;

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
  /** The reader (default readInput); tests count its calls. A reader given runs in this thread. */
  reader?: (file: SourceFile, options: ReadOptions) => StructureResult;
  /** The pipeline's last step (chain.ts programmeStep): run once after the files, when facts were stored. */
  linkProgramme?: ProgrammeStep;
  /**
   * Extraction threads: 0 runs the CPU work in this thread; by default (defaultPoolSize) one per
   * core but this one, when there are enough files to pay for starting them.
   */
  workers?: number;
  /**
   * Extraction threads the caller owns (a worker's, kept from one job to the next): used instead of
   * starting threads for this run, and never closed by it. A pool is used for any number of files
   * (its start is paid already); a function is called only when the run would start threads of its
   * own (enough files), so that the caller starts its pool when first needed. Either way, none with
   * a `reader` or with `workers: 0`.
   */
  pool?: ExtractPool | (() => ExtractPool);
  /** Files per transaction (default FILES_PER_BATCH). */
  batchFiles?: number;
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
  /** What linking the new figures to the programme did (null: not asked, no facts, or nothing stored). */
  programme: LinkOutcome | null;
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

/** One file of a batch, after the quick checks and with its CPU work started or planned. */
type Planned =
  | { origin: string; kind: 'unchanged'; documents: number }
  | { origin: string; kind: 'failed'; error: unknown }
  | { origin: string; kind: 'read'; sourceHash: string; work: () => Promise<Extracted> };

/** The reason shown for a rejected file, without the path its message may start with. */
function reasonFor(origin: string, err: unknown): string {
  const reason = errorMessage(err);
  return reason.startsWith(origin) ? reason.slice(origin.length).replace(/^:\s*/, '') : reason;
}

/** The files of the walk in batches of `size`, one batch at a time. */
function* batchesOf(paths: string[], size: number): Generator<string[], void, undefined> {
  let batch: string[] = [];
  for (const entry of walkInputFiles(paths)) {
    if (entry.kind !== 'file') continue; // counted with its reason by countInputFiles
    batch.push(entry.path);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

export async function ingestPaths(paths: string[], store: Store, options: IngestOptions = {}): Promise<IngestSummary> {
  // The paths are walked twice: once counted, for the progress total and the problems (reported
  // first, as before), then streamed batch by batch. Holding a million-path listing for the run
  // took 40,000 files' load from 312–368 to 713 MB (docs/benchmarks.md); the count costs a second walk.
  const counted = countInputFiles(paths);
  const total = counted.files;
  const summary: IngestSummary = {
    files: total,
    stored: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: counted.problems,
    warnings: [],
    programme: null,
  };
  // A forced reader or encoding may read the same bytes differently: then every file is read.
  const mayResume = options.format === undefined && options.encoding === undefined;
  const version = options.facts === false ? null : EXTRACTION_VERSION;
  const readOptions: ReadOptions = { format: options.format, encoding: options.encoding };
  const facts = options.facts !== false;
  const dateHint = options.dateHint ?? null;
  // Threads also for a bulk load without facts, since they compute the near-duplicate signatures
  // as well as the structure: 3,000 files, medians of three, 212 docs/s in this thread, 287 with one
  // thread (docs/benchmarks.md).
  const wanted = options.reader ? 0 : (options.workers ?? (total >= POOL_FROM_FILES ? defaultPoolSize() : 0));
  const lent = options.reader || options.workers === 0 ? undefined : options.pool;
  let pool: ExtractPool | null = null;
  if (typeof lent === 'object') pool = lent; // started already: used whatever the number of files
  else if (wanted > 0) pool = lent ? lent() : createExtractPool(wanted);
  // A pool the caller lent stays open for its next run.
  const ownPool = pool !== null && lent === undefined;
  const threads = pool?.size ?? 0;
  // The near-duplicate signatures and search keys (about 0.6 ms a document) go to the side with time to spare.
  // Extracting facts, one thread is the slower side (about 7 ms a document against 4 ms of
  // writing; with the signatures there, 3,000 files went from 119 to 105 docs/s): they stay in this
  // thread unless there are two threads or more. A bulk load's threads only structure the files:
  // there, the signatures go to them (212 → 287 docs/s).
  const signaturesInThreads = pool !== null && (!facts || threads >= 2);
  const batchFiles = Math.max(1, options.batchFiles ?? FILES_PER_BATCH);
  const memory: LinkMemory | null = options.linkProgramme && facts ? new Map() : null;
  let done = 0;

  /** Reads the bytes, skips a file stored already, and starts (with a pool) or plans its CPU work. */
  const plan = async (origin: string): Promise<Planned> => {
    try {
      const { bytes, sourceHash } = readFileBytes(origin);
      // Resuming (or re-running) an ingest: a file whose stored version has these bytes, with facts
      // of this extractor, is counted as unchanged before any decoding or extraction.
      const stored = mayResume ? await store.storedFileVersion(origin, sourceHash, version) : null;
      if (stored !== null) return { origin, kind: 'unchanged', documents: stored };
      if (pool) {
        const started = pool.extract({ origin, bytes, options: readOptions, facts, dateHint, signatures: signaturesInThreads });
        started.catch(() => undefined); // settled when the batch is stored
        return { origin, kind: 'read', sourceHash, work: () => started };
      }
      const read = options.reader;
      return { origin, kind: 'read', sourceHash, work: async () => extractFile({ origin, bytes, options: readOptions, facts, dateHint }, read) };
    } catch (error) {
      return { origin, kind: 'failed', error };
    }
  };

  const planBatch = async (origins: string[]): Promise<Planned[]> => {
    const planned: Planned[] = [];
    for (const origin of origins) planned.push(await plan(origin));
    return planned;
  };

  const reject = (origin: string, err: unknown): void => {
    summary.rejected.push({ origin, reason: reasonFor(origin, err) });
  };

  /** Waits for the batch's CPU work, then stores its files in one transaction. */
  const storeBatch = async (planned: Planned[]): Promise<void> => {
    const toSave: { origin: string; extracted: Extracted; sourceHash: string }[] = [];
    for (const p of planned) {
      if (p.kind === 'unchanged') {
        summary.stored += 1;
        summary.unchanged += p.documents;
      } else if (p.kind === 'failed') {
        reject(p.origin, p.error);
      } else {
        try {
          toSave.push({ origin: p.origin, sourceHash: p.sourceHash, extracted: await p.work() });
        } catch (error) {
          reject(p.origin, error);
        }
        // Without threads the work is synchronous: let the progress display repaint between files.
        if (!pool) await yieldToEventLoop();
      }
    }
    if (toSave.length > 0) {
      let outcomes;
      try {
        outcomes = await store.saveFiles(
          toSave.map(({ origin, sourceHash, extracted }) => ({
            origin,
            sourceHash,
            format: extracted.result.format,
            documents: extracted.result.documents,
            facts: extracted.facts,
            ...(extracted.signatures ? { signatures: extracted.signatures } : {}),
            ...(extracted.searchKeys ? { searchKeys: extracted.searchKeys } : {}),
            extractionVersion: EXTRACTION_VERSION,
          })),
        );
      } catch (error) {
        // The batch's transaction itself failed (the commit, the lock): none of its files is stored.
        for (const f of toSave) reject(f.origin, error);
        outcomes = null;
      }
      for (const [i, outcome] of (outcomes ?? []).entries()) {
        const { origin, extracted } = toSave[i]!;
        if (!outcome.ok) {
          reject(origin, outcome.error);
          continue;
        }
        summary.stored += 1;
        if (memory && memory.size < LINK_MEMORY_DOCUMENTS) remember(memory, outcome.result, { origin, sourceHash: toSave[i]!.sourceHash, result: extracted.result, facts: extracted.facts });
        summary.created += outcome.result.created;
        summary.updated += outcome.result.updated;
        summary.unchanged += outcome.result.unchanged;
        for (const message of extracted.result.warnings) summary.warnings.push({ origin, message });
      }
    }
    for (const p of planned) {
      done += 1;
      // Files added between the count and the walk would take `done` past the count.
      options.onFileDone?.(done, Math.max(total, done), p.origin);
    }
    await yieldToEventLoop();
  };

  try {
    const batches = batchesOf(paths, batchFiles);
    const planNext = async (): Promise<Planned[] | null> => {
      const batch = batches.next();
      return batch.done ? null : planBatch(batch.value);
    };
    // The next batch's work is handed to the threads before this one is written, so that
    // extraction and writing overlap.
    let current = await planNext();
    while (current !== null) {
      const next = await planNext();
      await storeBatch(current);
      current = next;
    }
  } finally {
    if (ownPool) await pool?.close();
  }
  // The pipeline's last step, once for the run: the new figures are on the programme at once.
  if (options.linkProgramme && options.facts !== false && summary.stored > 0) summary.programme = await options.linkProgramme(memory ?? undefined);
  return summary;
}
