// The server's long jobs (uploads, CSV imports): what each is and the function that does it, the
// same whether it runs in a worker thread or, for a store in memory, in the server's own thread.
import type { Pack } from '../../../programme/schema.ts';
import type { Store } from '../../../store/index.ts';
import { runUpload, type UploadJob } from './upload-job.ts';
import type { UploadSummary } from './upload-summary.ts';
import { runTasksImport, type TasksImportJob, type TasksImportSummary } from './tasks-import-job.ts';

export type Job = UploadJob | TasksImportJob;

export type JobResult<J extends Job> = J extends UploadJob ? UploadSummary : TasksImportSummary;

export async function runJob<J extends Job>(store: Store, pack: Pack, job: J): Promise<JobResult<J>> {
  switch (job.kind) {
    case 'upload':
      return (await runUpload(store, pack, job)) as JobResult<J>;
    case 'tasks-import':
      return await runTasksImport(store, pack, job) as JobResult<J>;
  }
}
