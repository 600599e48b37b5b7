// `radar57 jobs`: the queue of background work. Lists jobs, shows one, and queues new ones for
// `radar57 worker` (or a running server's own worker) to run.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { openStore, type Store } from '../../../store/index.ts';
import { JOB_STATUSES, type JobRecord, type JobStatus, type NewJob } from '../../../store/jobs-types.ts';
import { actorName, dbPath, parsePositiveInt, printJson } from '../options.ts';
import { printText } from '../output.ts';
import { summaryOf } from '../command-list.ts';

const STATUS_LABEL: Record<JobStatus, string> = { queued: 'đang chờ', running: 'đang chạy', done: 'xong', failed: 'lỗi' };

function parseStatus(value: string): JobStatus {
  if (!(JOB_STATUSES as readonly string[]).includes(value)) throw new InvalidArgumentError(`one of ${JOB_STATUSES.join(', ')}`);
  return value as JobStatus;
}

function parseId(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('a job number');
  return n;
}

const progressText = (j: JobRecord) => (j.progress.total === null ? `${j.progress.done}` : `${j.progress.done}/${j.progress.total}`);

async function withStore<T>(command: Command, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(dbPath(command));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

export function registerJobs(program: Command): void {
  const jobs = program
    .command('jobs')
    .description(summaryOf('jobs'))
    .option('--status <status>', `only jobs in this status: ${JOB_STATUSES.join(', ')}`, parseStatus)
    .option('--limit <n>', 'newest jobs shown', parsePositiveInt, 100)
    .option('--json', 'print JSON')
    .action(async (flags: { status?: JobStatus; limit: number; json?: boolean }, command: Command) => {
      await withStore(command, async (store) => {
        const list = await store.jobs.list({ status: flags.status, limit: flags.limit });
        if (flags.json) {
          printJson({ jobs: list.map(({ payload: _p, ...rest }) => rest) });
          return;
        }
        if (list.length === 0) printText('Không có công việc nào.\n');
        for (const j of list) {
          printText(`#${j.id}\t${j.kind}\t${STATUS_LABEL[j.status]}\tlần thử ${j.attempts}/${j.maxAttempts}\ttiến độ ${progressText(j)}\t${j.createdBy}\t${j.createdAt}${j.error ? `\t${j.error}` : ''}\n`);
        }
      });
    });

  jobs
    .command('show')
    .description('một công việc: trạng thái, tiến độ, kết quả hoặc lỗi')
    .argument('<id>', 'job number', parseId)
    .option('--json', 'print JSON')
    .action(async (id: number, flags: { json?: boolean }, command: Command) => {
      await withStore(command, async (store) => {
        const job = await store.jobs.get(id);
        if (!job) {
          printText(`Không có công việc số ${id}.\n`);
          process.exitCode = 1;
          return;
        }
        if (flags.json) {
          printJson(job);
          return;
        }
        printText(`Công việc #${job.id} (${job.kind}): ${STATUS_LABEL[job.status]}\n`);
        printText(`Lần thử: ${job.attempts}/${job.maxAttempts}; tiến độ: ${progressText(job)}\n`);
        printText(`Người tạo: ${job.createdBy}; tạo lúc ${job.createdAt}${job.startedAt ? `; bắt đầu ${job.startedAt}` : ''}${job.finishedAt ? `; kết thúc ${job.finishedAt}` : ''}\n`);
        if (job.lockedBy) printText(`Worker: ${job.lockedBy} (đến ${job.lockedUntil})\n`);
        if (job.error) printText(`Lỗi: ${job.error}\n`);
        if (job.result !== null) printText(`Kết quả: ${JSON.stringify(job.result, null, 2)}\n`);
      });
    });

  jobs
    .command('add')
    .description('xếp một công việc vào hàng đợi: ingest PATH..., crawl, reextract, link')
    .argument('<kind>', 'ingest, crawl, reextract or link')
    .argument('[paths...]', 'for ingest: files or directories (the worker must see the same paths)')
    .option('--max <n>', 'crawl: pages to fetch', parsePositiveInt, 200)
    .option('--all', 'reextract: every document, not only those of an older extractor')
    .option('--no-facts', 'ingest: documents only (bulk loads)')
    .option('--attempts <n>', 'attempts before the job is failed', parsePositiveInt, 3)
    .option('--json', 'print JSON')
    .action(async (kind: string, paths: string[], flags: { max: number; all?: boolean; facts: boolean; attempts: number; json?: boolean }, command: Command) => {
      const actor = actorName(command);
      const base = { createdBy: actor, maxAttempts: flags.attempts };
      let job: NewJob;
      if (kind === 'ingest') {
        if (paths.length === 0) throw new InvalidArgumentError('ingest: give the files or directories to read');
        job = { ...base, kind, payload: { source: 'paths', actor, paths: paths.map((p) => resolve(p)), facts: flags.facts } };
      } else if (kind === 'crawl') job = { ...base, kind, payload: { actor, maxPages: flags.max } };
      else if (kind === 'reextract') job = { ...base, kind, payload: { actor, all: flags.all === true } };
      else if (kind === 'link') job = { ...base, kind, payload: { actor } };
      else throw new InvalidArgumentError(`unknown job kind ${kind}: ingest, crawl, reextract or link`);
      await withStore(command, async (store) => {
        const queued = await store.jobs.enqueue(job);
        if (flags.json) printJson({ id: queued.id, kind: queued.kind, status: queued.status });
        else printText(`Đã xếp công việc #${queued.id} (${queued.kind}) vào hàng đợi; chạy bằng \`radar57 worker\`.\n`);
      });
    });
}
