// npm run bench:workers [-- --docs N --runs R --workers 1,2 --chunk F --no-facts --db postgres://… [--only-db]]:
// ingest throughput with W `radar57 worker` processes sharing one database (issue 14's queue).
// For each backend and each worker count (default 1 and 2): a fresh store, the N page dumps
// (default 3,000) queued as ingest jobs of F files each (default 100: enough jobs that the workers
// share the corpus evenly), W `radar57 worker --once` processes started at once, and the wall time
// until the last one exits (their start-up included). Prints docs/s, jobs done and failed, files
// rejected and each worker's peak RSS; the median when R > 1, then the ratios W ÷ 1 worker and
// PostgreSQL ÷ SQLite. A job runs as a worker runs it: ingest, then linking to the programme.
// SQLite always (bench/out/workers-N.db); with --db postgres://…, that database too, in a schema
// of its own (bench_workers_N); with --only-db, that database alone. The workers run the compiled
// command (dist/), so `npm run build:cli` runs first: a stale build would measure old code.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { postgresArg, removeSqlite, resetSchema, schemaLocation } from './bench-db.ts';
import { corpusDir, corpusInfo } from './bench-data.ts';
import { displayLocation } from '../src/store/postgres/open.ts';
import type { PathsIngestJob } from '../src/serve/jobs/execute.ts';
import type { IngestSummary } from '../src/pipeline/ingest.ts';
import { machineLine, median, numberArg } from './machine.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CLI = join(ROOT, 'bin', 'radar57.js');
// GNU time gives each worker's peak RSS (threads included) without touching the worker.
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

interface Backend {
  label: string;
  location: string;
  reset: () => Promise<void>;
}

interface Measure {
  seconds: number;
  documents: number;
  jobs: number;
  done: number;
  failed: string[];
  rejected: number;
  rssMb: (number | null)[];
}

/** The corpus's files in a fixed order (subfolders of 1,000 pages). */
function corpusFiles(dir: string): string[] {
  const subs = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  return subs.flatMap((sub) => readdirSync(join(dir, sub)).sort().map((f) => join(dir, sub, f)));
}

/** One `radar57 worker --once`; resolves with its peak RSS in MB (null without GNU time). */
function runWorker(location: string, rssFile: string): Promise<number | null> {
  const args = [CLI, '--db', location, 'worker', '--once'];
  const child = TIME ? spawn(TIME, ['-f', '%M', '-o', rssFile, process.execPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'] }) : spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-4000);
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`a worker exited with ${code}:\n${log}`));
      else resolve(TIME ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) / 1024 : null);
    });
  });
}

async function measure(backend: Backend, files: string[], chunk: number, facts: boolean, workers: number): Promise<Measure> {
  const { openStore } = await import('../src/store/index.ts');
  await backend.reset();
  // Opened here first, so the fresh store is migrated before the workers race to it.
  let store = await openStore(backend.location);
  let jobs = 0;
  for (let i = 0; i < files.length; i += chunk, jobs++) {
    // What `radar57 jobs add ingest PATH…` queues; one attempt, so a failure shows rather than waits.
    const payload: PathsIngestJob = { source: 'paths', actor: 'bench', paths: files.slice(i, i + chunk), facts };
    await store.jobs.enqueue({ kind: 'ingest', createdBy: 'bench', maxAttempts: 1, payload });
  }
  await store.close();
  const tmp = mkdtempSync(join(tmpdir(), 'radar57-bench-workers-'));
  const t0 = process.hrtime.bigint();
  const rssMb = await Promise.all(Array.from({ length: workers }, (_, w) => runWorker(backend.location, join(tmp, `rss-${w}`))));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  rmSync(tmp, { recursive: true, force: true });
  store = await openStore(backend.location);
  try {
    const list = await store.jobs.list({ limit: jobs + 10 });
    const rejected = list.reduce((sum, j) => sum + ((j.result as IngestSummary | null)?.rejected.length ?? 0), 0);
    const failed = list.filter((j) => j.status !== 'done').map((j) => `#${j.id} ${j.status}${j.error ? `: ${j.error}` : ''}`);
    return { seconds, documents: (await store.stats()).documents, jobs, done: list.length - failed.length, failed, rejected, rssMb };
  } finally {
    await store.close();
  }
}

async function main(): Promise<void> {
  const n = numberArg('docs', 'BENCH_DOCS', 3000);
  const runs = numberArg('runs', 'BENCH_RUNS', 1);
  const chunk = numberArg('chunk', 'BENCH_CHUNK', 100);
  const facts = !process.argv.includes('--no-facts');
  const w = process.argv.indexOf('--workers');
  const counts = (w >= 0 ? (process.argv[w + 1] ?? '') : '1,2').split(',').map(Number);
  if (counts.some((c) => !Number.isInteger(c) || c <= 0)) throw new Error(`--workers: worker counts such as 1,2, got ${process.argv[w + 1]}`);
  const pg = postgresArg();

  execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT, stdio: 'inherit' });
  const files = corpusFiles(corpusDir(n));
  const info = corpusInfo(n);
  const sqliteFile = join(ROOT, 'bench', 'out', `workers-${n}.db`);
  const schema = `bench_workers_${n}`;
  const backends: Backend[] = [];
  if (pg === null || !process.argv.includes('--only-db')) backends.push({ label: 'SQLite', location: sqliteFile, reset: async () => removeSqlite(sqliteFile) });
  if (pg !== null) backends.push({ label: 'PostgreSQL', location: schemaLocation(pg, schema), reset: () => resetSchema(pg, schema) });

  console.log(machineLine());
  console.log(`corpus: ${info.files} page-dump files, ${(info.bytes / 1e6).toFixed(1)} MB (one article each, recombined from the seed paragraphs)`);
  console.log(`mode: ${facts ? 'full ingest (decode, structure, extract facts, store, index, near-duplicates, link to the programme)' : 'no facts (decode, structure, store, index, near-duplicates)'}`);
  console.log(`queue: ${Math.ceil(files.length / chunk)} ingest jobs of ≤ ${chunk} files; workers: ${counts.join(', ')} \`radar57 worker --once\` processes (concurrency 1 each, extraction threads by default)`);
  for (const b of backends) console.log(`store: ${b.label === 'SQLite' ? `SQLite (${sqliteFile})` : `PostgreSQL (${displayLocation(pg!)}, schema ${schema})`}`);
  if (!TIME) console.log('peak RSS: not measured (no /usr/bin/time)');

  // Runs interleaved (run 1 of every case, then run 2…), so that a change in the machine's load
  // falls on every case alike rather than on one backend or worker count.
  const rates = new Map<string, number[]>();
  for (let r = 0; r < runs; r++) {
    for (const b of backends) {
      for (const count of counts) {
        const m = await measure(b, files, chunk, facts, count);
        const rate = m.documents / m.seconds;
        const key = `${b.label} ${count}`;
        rates.set(key, [...(rates.get(key) ?? []), rate]);
        const rss = m.rssMb.every((x) => x === null) ? 'n/a' : `${m.rssMb.map((x) => x!.toFixed(0)).join(', ')} MB`;
        console.log(`${b.label}, ${count} worker${count > 1 ? 's' : ''}, run ${r + 1}: ${m.documents} documents in ${m.seconds.toFixed(1)} s = ${rate.toFixed(0)} docs/s; jobs ${m.done}/${m.jobs} done; rejected ${m.rejected}; peak RSS per worker ${rss}`);
        if (m.documents !== files.length) console.log(`  warning: ${files.length} files queued, ${m.documents} documents stored`);
        for (const f of m.failed) console.log(`  not done: ${f}`);
      }
    }
  }

  const med = (label: string, count: number) => median(rates.get(`${label} ${count}`)!);
  const first = counts[0]!;
  console.log(`\ndocs/s, median of ${runs}:`);
  for (const b of backends) {
    const cells = counts.map((c) => `${c} worker${c > 1 ? 's' : ''} ${med(b.label, c).toFixed(0)}`);
    const ratios = counts.slice(1).map((c) => `${c} ÷ ${first}: ${(med(b.label, c) / med(b.label, first)).toFixed(2)}×`);
    console.log(`${b.label}: ${[...cells, ...ratios].join(' | ')}`);
  }
  if (backends.length === 2) console.log(`PostgreSQL ÷ SQLite: ${counts.map((c) => `${c} worker${c > 1 ? 's' : ''} ${(med('PostgreSQL', c) / med('SQLite', c)).toFixed(2)}×`).join(' | ')}`);
  if (facts && pg !== null && counts.includes(2)) console.log(`target (full ingest, PostgreSQL, 2 workers ≥ 600 docs/s): ${med('PostgreSQL', 2).toFixed(0)} docs/s`);
}

await main();
