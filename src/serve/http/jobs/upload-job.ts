// Ingesting the files of one upload: each file read, structured, its facts extracted and stored in
// one transaction with its audit entry (who uploaded it, under which name), one file at a time;
// a bad file is reported by name and the others go on. Then the new facts are linked to the
// programme. Runs in a worker thread (jobs/worker.ts) with its own connection to the database.
import { readFileSync } from 'node:fs';
import type { Pack } from '../../../programme/schema.ts';
import type { Store } from '../../../store/index.ts';
import { readInput } from '../../../pipeline/read-input.ts';
import { factsForResult } from '../../../pipeline/facts-for-result.ts';
import { linkStored } from '../../../pipeline/link-stored.ts';
import { EXTRACTION_VERSION } from '../../../extract/index.ts';
import { uploadOrigin, type UploadedFile } from '../uploads.ts';
import type { UploadSummary } from './upload-summary.ts';

export interface UploadJob {
  kind: 'upload';
  actor: string;
  /** In the order the client sent them, received and refused alike. */
  files: UploadedFile[];
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function runUpload(store: Store, pack: Pack, job: UploadJob): Promise<UploadSummary> {
  const summary: UploadSummary = { files: job.files.length, results: [], stored: 0, created: 0, updated: 0, unchanged: 0, rejected: [], warnings: [] };
  for (const file of job.files) {
    const reject = (reason: string) => {
      summary.results.push({ name: file.name, status: 'rejected', created: 0, updated: 0, unchanged: 0, reason });
      summary.rejected.push({ origin: file.name, reason });
    };
    if (file.status === 'refused') {
      reject(file.reason);
      continue;
    }
    const origin = uploadOrigin(file.sha256, file.name);
    try {
      const result = readInput({ origin, bytes: readFileSync(file.path) });
      if (result.documents.length === 0) throw new Error('no documents found');
      const saved = await store.saveFile({
        origin,
        sourceHash: file.sha256,
        format: result.format,
        documents: result.documents,
        facts: factsForResult(result, null),
        extractionVersion: EXTRACTION_VERSION,
        audit: { actor: job.actor, action: 'ingest.file', target: `upload:${file.name}`, details: { name: file.name, sha256: file.sha256, format: result.format } },
      });
      summary.results.push({ name: file.name, status: 'stored', created: saved.created, updated: saved.updated, unchanged: saved.unchanged });
      summary.stored++;
      summary.created += saved.created;
      summary.updated += saved.updated;
      summary.unchanged += saved.unchanged;
      for (const w of result.warnings) summary.warnings.push({ origin: file.name, message: w.replaceAll(origin, file.name) });
    } catch (error) {
      // The client sees its own file name, not the stored origin.
      reject(message(error).replaceAll(`${origin}: `, '').replaceAll(origin, file.name));
    }
  }
  if (summary.stored > 0) {
    // The files are stored whatever happens here; a linking failure is said, not hidden.
    const linked = await linkStored(store, pack, job.actor);
    if ('error' in linked) summary.warnings.push({ origin: 'programme', message: `số liệu chưa được liên kết với chương trình: ${linked.error}` });
  }
  await store.audit.append({ actor: job.actor, action: 'ingest.upload', target: 'documents', after: { files: job.files.length, created: summary.created, updated: summary.updated, rejected: summary.rejected.length } });
  return summary;
}
