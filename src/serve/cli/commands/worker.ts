// `radar57 worker`: consumes queued jobs (uploads, ingest, crawl, re-extraction, linking). Several
// workers, on one machine or several sharing a database, never take the same job; a worker killed
// mid-job leaves it to be taken again once its lease runs out. Ctrl-C (SIGINT, SIGTERM) finishes
// the running jobs and stops. Ingest jobs share one pool of extraction threads, started by the first
// job that needs it and kept while jobs keep coming: starting it costs about a second, which a job
// of 100 files would otherwise pay each time. After --keep-threads seconds with no job the threads
// are closed, and an idle worker gives back the memory they hold.
import type { Command } from 'commander';
import { openStore } from '../../../store/index.ts';
import { loadPack } from '../../../programme/load.ts';
import type { Pack } from '../../../programme/schema.ts';
import { executeJob } from '../../jobs/execute.ts';
import { createExtractPool, keepExtractPool } from '../../../pipeline/extract-pool.ts';
import { DEFAULT_BACKOFF_MS, DEFAULT_LEASE_MS, startWorker } from '../../jobs/worker-loop.ts';
import { dbPath, packDir, parsePositiveInt } from '../options.ts';
import { printError } from '../output.ts';
import { summaryOf } from '../command-list.ts';

interface WorkerFlags {
  once?: boolean;
  concurrency: number;
  lease: number;
  backoff: number;
  poll: number;
  keepThreads: number;
}

/** Five minutes: a burst of uploads keeps the threads, a quiet evening does not. */
const KEEP_THREADS_SECONDS = 300;

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description(summaryOf('worker'))
    .option('--once', 'run the jobs queued now, then exit (default: wait for more)')
    .option('--concurrency <n>', 'jobs run at once by this process', parsePositiveInt, 1)
    .option('--lease <seconds>', 'how long a job stays this worker\'s without a heartbeat', parsePositiveInt, DEFAULT_LEASE_MS / 1000)
    .option('--backoff <ms>', 'wait before retrying a failed job (doubled per attempt)', parsePositiveInt, DEFAULT_BACKOFF_MS)
    .option('--poll <ms>', 'how often an idle worker looks for jobs', parsePositiveInt, 1000)
    .option('--keep-threads <seconds>', 'how long extraction threads are kept with no job', parsePositiveInt, KEEP_THREADS_SECONDS)
    .action(async (flags: WorkerFlags, command: Command) => {
      const store = await openStore(dbPath(command));
      // Loaded when a job first needs it; a broken pack fails linking, not the worker.
      let pack: Pack | null = null;
      const packOf = () => (pack ??= loadPack(packDir(command)));
      // Logged when started: by the first job, again after the threads were closed for idleness or one died.
      const extractPool = keepExtractPool(
        () => {
          const pool = createExtractPool();
          printError(`worker ${worker.id}: đã khởi động ${pool.size} luồng trích xuất, dùng chung cho các công việc nhập\n`);
          return pool;
        },
        {
          idleMs: flags.keepThreads * 1000,
          onIdleClose: () => printError(`worker ${worker.id}: đã dừng các luồng trích xuất sau ${flags.keepThreads} giây không có việc\n`),
        },
      );
      // Progress at most every two seconds per job: a log line, not a flood.
      const shown = new Map<number, number>();
      const worker = startWorker({
        store,
        once: flags.once,
        concurrency: flags.concurrency,
        leaseMs: flags.lease * 1000,
        backoffMs: flags.backoff,
        pollMs: flags.poll,
        execute: (job, onProgress) => executeJob(store, packOf, job, onProgress, { extractPool }),
        onEvent: (e) => {
          if (e.type === 'error') {
            printError(`radar57 worker: không đọc được hàng đợi: ${e.error}\n`);
            return;
          }
          const name = `công việc #${e.job.id} (${e.job.kind})`;
          if (e.type === 'claimed') printError(`${name}: bắt đầu, lần thử ${e.job.attempts}/${e.job.maxAttempts}\n`);
          else if (e.type === 'progress') {
            if (Date.now() - (shown.get(e.job.id) ?? 0) < 2000 && e.done < e.total) return;
            shown.set(e.job.id, Date.now());
            printError(`${name}: ${e.done}/${e.total}\n`);
          } else if (e.type === 'done') printError(`${name}: xong\n`);
          if (e.type === 'done' || e.type === 'failed' || e.type === 'lost') shown.delete(e.job.id);
          if (e.type === 'failed') printError(`${name}: lỗi: ${e.error}${e.status === 'queued' ? ' (sẽ thử lại)' : ''}\n`);
          else if (e.type === 'lost') printError(`${name}: không còn giữ công việc (hết hạn thuê); một worker khác sẽ làm\n`);
        },
      });
      printError(`worker ${worker.id}: đang chờ công việc${flags.once ? ' (một lượt)' : ''}\n`);
      const stop = () => void worker.stop();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      try {
        await worker.finished;
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        await extractPool.close();
        await store.close();
      }
    });
}
