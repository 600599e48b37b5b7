// What each kind of job does, given a claimed job: the same function whether a `radar57 worker`
// process, the server's in-process worker or its worker thread runs it. Every kind is safe to run
// again after a worker died half-way (the queue retries it): ingest recognises files already
// stored by their content hash, a crawl skips URLs already recorded, re-extraction selects only
// documents not yet extracted by this version, and linking links only what is stale.
import type { Pack } from '../../programme/schema.ts';
import type { Store } from '../../store/index.ts';
import type { JobRecord } from '../../store/jobs-types.ts';
import { ingestPaths } from '../../pipeline/ingest.ts';
import type { KeptExtractPool } from '../../pipeline/extract-pool.ts';
import { crawl } from '../../pipeline/crawl.ts';
import { reextract } from '../../pipeline/reextract.ts';
import { linkStored, type LinkOutcome } from '../../pipeline/link-stored.ts';
import type { ProgrammeStep } from '../../pipeline/chain.ts';
import { PoliteClient, DEFAULT_USER_AGENT } from '../../sources/polite-client.ts';
import { runUpload, type UploadJob } from '../http/jobs/upload-job.ts';
import { runTasksImport, type TasksImportJob } from '../http/jobs/tasks-import-job.ts';

/** Ingest of files on disk, read by the worker (which must see the same paths). */
export interface PathsIngestJob {
  source: 'paths';
  actor: string;
  /** Absolute. */
  paths: string[];
  /** False: documents only (bulk loads), facts by a later reextract job. */
  facts?: boolean;
  /**
   * Files per transaction (default the ingest's own). Progress reaches the database between
   * transactions, and a retried job starts again after the last one committed.
   */
  batchFiles?: number;
}

export interface CrawlJob {
  actor: string;
  maxPages: number;
  delayMs?: number;
  allowPrivate?: boolean;
}

export interface ReextractJob {
  actor: string;
  all?: boolean;
}

export interface LinkJob {
  actor: string;
}

export type JobPayload =
  | { kind: 'ingest'; payload: PathsIngestJob | UploadJob }
  | { kind: 'crawl'; payload: CrawlJob }
  | { kind: 'reextract'; payload: ReextractJob }
  | { kind: 'link'; payload: LinkJob }
  | { kind: 'tasks-import'; payload: Omit<TasksImportJob, 'kind'> };

export type Progress = (done: number, total: number) => void;

/** What a process running many jobs keeps from one job to the next. */
export interface JobResources {
  /** Extraction threads (a `radar57 worker`'s): ingest jobs of files borrow them instead of starting their own. */
  extractPool?: KeptExtractPool;
}

/** The pipeline's last step for a job: links what the job saved, from the documents it kept in memory. */
const linkStep = (store: Store, pack: Pack | (() => Pack), actor: string): ProgrammeStep => (memory) => linkStored(store, pack, actor, memory);

/** What a job's result says about the programme step (null: it did not run). */
const linkNote = (linked: LinkOutcome | null) =>
  linked === null ? null : 'error' in linked ? { error: linked.error } : { linkedDocuments: linked.linkedDocuments, observations: linked.observations };

/** Runs the job's work and returns its result (stored as JSON with the job). Throws when it fails. */
export async function executeJob(
  store: Store,
  pack: Pack | (() => Pack),
  job: Pick<JobRecord, 'id' | 'kind' | 'payload'>,
  onProgress: Progress = () => undefined,
  resources: JobResources = {},
): Promise<unknown> {
  const typed = { kind: job.kind, payload: job.payload } as JobPayload;
  switch (typed.kind) {
    case 'ingest': {
      const p = typed.payload;
      if (p.source === 'upload') {
        const files = await store.jobs.files(job.id);
        return runUpload(store, pack, p, (i) => {
          const f = files[i];
          if (!f) throw new Error('the uploaded bytes of this file are no longer kept');
          return f.bytes;
        }, onProgress);
      }
      const lent = resources.extractPool?.lend();
      let summary;
      try {
        summary = await ingestPaths(p.paths, store, {
          facts: p.facts !== false,
          ...(p.batchFiles ? { batchFiles: p.batchFiles } : {}),
          ...(lent ? { pool: lent.pool } : {}),
          onFileDone: (done, total) => onProgress(done, total),
          linkProgramme: linkStep(store, pack, p.actor),
        });
      } finally {
        await lent?.release();
      }
      if (summary.stored === 0 && summary.rejected.length > 0) throw new Error(`no file could be read: ${summary.rejected.map((r) => `${r.origin}: ${r.reason}`).join('; ')}`);
      return { ...summary, programme: linkNote(summary.programme) };
    }
    case 'crawl': {
      const p = typed.payload;
      const client = new PoliteClient({ delayMs: p.delayMs ?? 1000, userAgent: DEFAULT_USER_AGENT, allowPrivate: p.allowPrivate ?? false });
      const summary = await crawl(store, { maxPages: p.maxPages, client, onEvent: (e) => { if (e.type === 'page') onProgress(e.done, e.total); }, linkProgramme: linkStep(store, pack, p.actor) });
      return { ...summary, programme: linkNote(summary.programme) };
    }
    case 'reextract': {
      const summary = await reextract(store, { all: typed.payload.all === true, onProgress, linkProgramme: linkStep(store, pack, typed.payload.actor) });
      return { ...summary, programme: linkNote(summary.programme) };
    }
    case 'link': {
      const linked = await linkStored(store, pack, typed.payload.actor);
      if ('error' in linked) throw new Error(linked.error);
      return linked;
    }
    case 'tasks-import':
      return runTasksImport(store, typeof pack === 'function' ? pack() : pack, { kind: 'tasks-import', ...typed.payload });
  }
}
