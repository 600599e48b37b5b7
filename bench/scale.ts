// npm run bench:scale [-- --docs N --duration S --runs R --db postgres://…]: throughput at scale (issue 14).
// Generates N page dumps (default 5,000, small enough for a few minutes here; `--docs 1000000` for
// the full run, hours with facts on two cores) with the bench corpus generator, then:
//   1. the ceiling: SQLite FTS5's raw insert rate for the same N texts, measured in this run;
//   2. bulk ingest without facts (structure, signatures and search keys in the extraction threads);
//   3. full ingest with 1, then 2 extraction threads (the last one is kept for what follows);
//   4. full ingest by 1 and 2 `radar57 worker` processes from the job queue, on SQLite and, with
//      --db, on PostgreSQL (bench:workers);
//   5. the search query mix on that database (bench:search);
//   6. the HTTP load: uncached search at 50 connections, mixed reads at 200 (bench:api).
// Prints the machine line, the corpus size and each rate side by side with the ceiling.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { corpusDir, corpusInfo } from './bench-data.ts';
import { postgresArg } from './bench-db.ts';
import { machineLine, numberArg } from './machine.ts';

const n = numberArg('docs', 'BENCH_DOCS', 5_000);
const duration = numberArg('duration', 'BENCH_DURATION', 20);
const runs = numberArg('runs', 'BENCH_RUNS', 1);
const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

/** Every file of the corpus, depth first. */
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.name.startsWith('.') ? [] : e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/**
 * FTS5 alone: the corpus's texts inserted into tables shaped like the store's two indexes (exact
 * and folded, contentless), in one transaction. No decoding, no structure, no facts: the ceiling.
 */
function rawFts5Rate(dir: string): number {
  const db = join(tmpdir(), `radar57-fts5-ceiling-${process.pid}.db`);
  const sqlite = new Database(db);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    for (const t of ['a', 'b']) {
      sqlite.exec(`CREATE VIRTUAL TABLE fts_${t} USING fts5(title, lede, body, captions, facets, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')`);
    }
    const texts = files(dir).map((f) => readFileSync(f, 'utf8'));
    const inserts = ['a', 'b'].map((t) => sqlite.prepare(`INSERT INTO fts_${t} (rowid, title, lede, body, captions, facets) VALUES (?, ?, '', ?, '', '')`));
    const t0 = process.hrtime.bigint();
    sqlite.transaction(() => {
      texts.forEach((text, i) => {
        for (const insert of inserts) insert.run(i + 1, text.slice(0, 120), text);
      });
    })();
    return texts.length / (Number(process.hrtime.bigint() - t0) / 1e9);
  } finally {
    sqlite.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  }
}

/** Runs another bench script, shows its output, and returns it. */
function bench(script: string, args: string[]): string {
  const out = execFileSync(process.execPath, ['--import', 'tsx', here(script), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 });
  process.stdout.write(out.split('\n').filter((l) => !l.startsWith('machine:')).map((l) => `  ${l}`).join('\n') + '\n');
  return out;
}

const rateOf = (out: string): number => Number(/median of \d+: (\d+) docs\/s/.exec(out)?.[1] ?? NaN);

console.log(machineLine());
const dir = corpusDir(n);
const info = corpusInfo(n);
console.log(`corpus: ${info.files} page dumps, ${(info.bytes / 1e6).toFixed(1)} MB (bench corpus generator, recombined from the seed paragraphs)`);
const ceiling = rawFts5Rate(dir);
console.log(`ceiling: SQLite FTS5 raw inserts (two indexes, one transaction): ${ceiling.toFixed(0)} docs/s`);

const rows: [string, number][] = [];
console.log('bulk ingest without facts (the extraction threads structure the files and compute signatures and search keys):');
rows.push(['bulk ingest, no facts', rateOf(bench('ingest.ts', ['--docs', String(n), '--no-facts', '--runs', String(runs)]))]);
for (const workers of [1, 2]) {
  console.log(`full ingest, ${workers} extraction thread${workers > 1 ? 's' : ''}:`);
  rows.push([`full ingest, ${workers} thread${workers > 1 ? 's' : ''}`, rateOf(bench('ingest.ts', ['--docs', String(n), '--workers', String(workers), '--runs', String(runs)]))]);
}
const pg = postgresArg();
console.log(`full ingest by worker processes from the job queue, SQLite${pg ? ' and PostgreSQL' : ''}:`);
const byWorkers = bench('workers.ts', ['--docs', String(n), '--runs', String(runs), ...(pg ? ['--db', pg] : [])]);
for (const backend of pg ? ['SQLite', 'PostgreSQL'] : ['SQLite']) {
  const line = new RegExp(`^${backend}: 1 worker (\\d+) \\| 2 workers (\\d+)`, 'm').exec(byWorkers);
  rows.push([`full ingest, ${backend}, 1 worker process`, Number(line?.[1] ?? NaN)], [`full ingest, ${backend}, 2 worker processes`, Number(line?.[2] ?? NaN)]);
}
console.log('search query mix, one client:');
bench('search.ts', ['--docs', String(n)]);
console.log('HTTP, uncached search and cached reads, 50 connections:');
bench('api.ts', ['--docs', String(n), '--duration', String(duration), '--connections', '50', '--runs', String(runs)]);
console.log('HTTP, mixed reads, 200 connections:');
bench('api.ts', ['--docs', String(n), '--mixed', '--duration', String(duration * 3), '--connections', '200', '--runs', String(runs)]);

console.log(`\nrates against the ceiling (${ceiling.toFixed(0)} docs/s, FTS5 alone, this run):`);
for (const [label, rate] of rows) console.log(`  ${label.padEnd(36)} ${rate.toFixed(0).padStart(6)} docs/s  = ${((100 * rate) / ceiling).toFixed(1)} % of the ceiling`);
