// A worker thread's body: loads the job code, says it is ready, then runs the one job it is sent
// with its own connection to the server's database, posts the result and ends, so that all the
// memory the job took goes back with the thread.
import { parentPort } from 'node:worker_threads';
import { openStore } from '../../../store/index.ts';
import type { Pack } from '../../../programme/schema.ts';
import { runJob, type Job } from './jobs.ts';

const port = parentPort!;
async function handle({ location, pack, job }: { location: string; pack: Pack; job: Job }): Promise<void> {
  let store: Awaited<ReturnType<typeof openStore>> | null = null;
  try {
    store = await openStore(location);
    port.postMessage({ ok: true, result: await runJob(store, pack, job) });
  } catch (error) {
    port.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined });
  } finally {
    await store?.close();
    port.close();
  }
}
port.once('message', (message: Parameters<typeof handle>[0]) => void handle(message));
port.postMessage({ ready: true });
