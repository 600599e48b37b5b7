// Ingesting the files of one upload through the pipeline (pipeline/chain.ts): each file read,
// structured, its facts extracted and stored in one transaction with its audit entry (who uploaded
// it, under which name), one file at a time; a bad file is reported by name and the others go on.
// Then the new facts are linked to the programme from memory. The bytes come from the job's files
// in the database (job_files), so any worker can run it and a retry reads the same bytes; saving
// is idempotent (content hashes), so a retried upload stores nothing twice.
import type { Pack } from '../../../programme/schema.ts';
import type { Store } from '../../../store/index.ts';
import { programmeStep, runFile } from '../../../pipeline/chain.ts';
import type { LinkMemory } from '../../../pipeline/track.ts';
import { uploadOrigin } from '../uploads.ts';
import type { UploadSummary } from './upload-summary.ts';

/** One file of an upload as the job payload lists it; a received file's bytes are job file `file`. */
export type UploadEntry = { status: 'received'; name: string; sha256: string; file: number } | { status: 'refused'; name: string; reason: string };

export interface UploadJob {
  source: 'upload';
  actor: string;
  /** In the order the client sent them, received and refused alike. */
  files: UploadEntry[];
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function runUpload(
  store: Store,
  pack: Pack | (() => Pack),
  job: UploadJob,
  bytesOf: (file: number) => Uint8Array,
  onProgress?: (done: number, total: number) => void,
): Promise<UploadSummary> {
  const summary: UploadSummary = { files: job.files.length, results: [], stored: 0, created: 0, updated: 0, unchanged: 0, rejected: [], warnings: [] };
  // The saved documents' facts, linked to the programme from memory at the end.
  const memory: LinkMemory = new Map();
  let done = 0;
  for (const file of job.files) {
    const reject = (reason: string) => {
      summary.results.push({ name: file.name, status: 'rejected', created: 0, updated: 0, unchanged: 0, reason });
      summary.rejected.push({ origin: file.name, reason });
    };
    if (file.status === 'refused') {
      reject(file.reason);
      onProgress?.(++done, job.files.length);
      continue;
    }
    const origin = uploadOrigin(file.sha256, file.name);
    try {
      const bytes = Buffer.from(bytesOf(file.file));
      const { saved, file: read } = await runFile(store, { origin, bytes, sourceHash: file.sha256 }, {
        audit: (read) => ({ actor: job.actor, action: 'ingest.file', target: `upload:${file.name}`, details: { name: file.name, sha256: file.sha256, format: read.format } }),
      }, memory);
      summary.results.push({ name: file.name, status: 'stored', created: saved.created, updated: saved.updated, unchanged: saved.unchanged });
      summary.stored++;
      summary.created += saved.created;
      summary.updated += saved.updated;
      summary.unchanged += saved.unchanged;
      for (const w of read.result.warnings) summary.warnings.push({ origin: file.name, message: w.replaceAll(origin, file.name) });
    } catch (error) {
      // The client sees its own file name, not the stored origin.
      reject(message(error).replaceAll(`${origin}: `, '').replaceAll(origin, file.name));
    }
    onProgress?.(++done, job.files.length);
  }
  if (summary.stored > 0) {
    // The files are stored whatever happens here; a linking failure is said, not hidden.
    const linked = await programmeStep(store, { pack: typeof pack === 'function' ? pack() : pack, actor: job.actor })(memory);
    if ('error' in linked) summary.warnings.push({ origin: 'programme', message: `số liệu chưa được liên kết với chương trình: ${linked.error}` });
  }
  await store.audit.append({ actor: job.actor, action: 'ingest.upload', target: 'documents', after: { files: job.files.length, created: summary.created, updated: summary.updated, rejected: summary.rejected.length } });
  return summary;
}
