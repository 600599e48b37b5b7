// npm run bench:ingest [-- --docs N --runs R --no-facts --jsonl [--template]]: ingest throughput and peak memory.
// Generates N page dumps (default 100,000) recombined from the seed paragraphs, then ingests them
// into a fresh database, R times (default 1), each run in its own process so that the peak RSS
// reported is that run's alone. Prints docs/s and peak RSS; the median when R > 1. With
// --no-facts the documents are stored and indexed without fact extraction (a bulk load, followed by
// `radar57 reextract`), which separates the store's throughput from the extractors'. With --jsonl
// the same N articles are one JSON Lines file of N records: many documents in one input file; with
// --template as well, the N records come from one template, each a near-duplicate of the others.
// Each run then ingests the same corpus again, as a resumed ingest would, and prints how long that took.
// --workers W: extraction threads (0: in the ingest thread; default: one per core but one).
// --db postgres://…: the same runs on SQLite and on that database (a schema of its own), side by
// side; with --only-db, on that database alone.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchLocation, postgresArg, resetBenchLocation } from './bench-db.ts';
import { corpusDir, corpusInfo, jsonlCorpusFile, jsonlCorpusInfo, type JsonlKind } from './bench-data.ts';
import { displayLocation } from '../src/store/postgres/open.ts';
import { machineLine, median, numberArg } from './machine.ts';

interface RunResult {
  seconds: number;
  documents: number;
  files: number;
  rejected: number;
  peakRssMb: number;
  /** The same ingest run again over the stored corpus (a resumed or repeated ingest). */
  rerunSeconds: number;
}

/** One measured run, in this process: fresh database, whole corpus. */
async function childRun(n: number, facts: boolean, jsonl: JsonlKind | null, workers: number | undefined): Promise<void> {
  const { openStore } = await import('../src/store/index.ts');
  const { ingestPaths } = await import('../src/pipeline/ingest.ts');
  await resetBenchLocation(n);
  const store = await openStore(benchLocation(n));
  const t0 = process.hrtime.bigint();
  const s = await ingestPaths([jsonl ? jsonlCorpusFile(n, jsonl) : corpusDir(n)], store, { facts, workers });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const t1 = process.hrtime.bigint();
  await ingestPaths([jsonl ? jsonlCorpusFile(n, jsonl) : corpusDir(n)], store, { facts, workers });
  const rerunSeconds = Number(process.hrtime.bigint() - t1) / 1e9;
  await store.close();
  const result: RunResult = {
    seconds,
    documents: s.created + s.updated + s.unchanged,
    files: s.files,
    rejected: s.rejected.length,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    rerunSeconds,
  };
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

async function main(): Promise<void> {
  const n = numberArg('docs', 'BENCH_DOCS', 100_000);
  const facts = !process.argv.includes('--no-facts');
  const jsonl: JsonlKind | null = process.argv.includes('--jsonl') ? (process.argv.includes('--template') ? 'template' : 'articles') : null;
  // 0 runs the CPU work in the ingest thread (numberArg refuses 0).
  const w = process.argv.indexOf('--workers');
  const workers = w >= 0 ? Math.max(0, Math.trunc(Number(process.argv[w + 1]))) : undefined;
  if (process.argv.includes('--child')) return childRun(n, facts, jsonl, workers);
  const runs = numberArg('runs', 'BENCH_RUNS', 1);
  if (jsonl) jsonlCorpusFile(n, jsonl);
  else corpusDir(n);
  const info = jsonl ? jsonlCorpusInfo(n, jsonl) : corpusInfo(n);
  console.log(machineLine());
  console.log(
    jsonl
      ? `corpus: one JSON Lines file of ${n} records, ${(info.bytes / 1e6).toFixed(1)} MB (${jsonl === 'template' ? 'one template, near-duplicates of each other' : 'recombined from the seed paragraphs'})`
      : `corpus: ${info.files} page-dump files, ${(info.bytes / 1e6).toFixed(1)} MB (one article each, recombined from the seed paragraphs)`,
  );
  const pg = postgresArg();
  // With --db postgres://…, both backends over the same corpus in this one run (--only-db: that one alone).
  const backends: (string | null)[] = pg === null ? [null] : process.argv.includes('--only-db') ? [pg] : [null, pg];
  console.log(`extraction threads: ${workers ?? 'default'}`);
  console.log(`mode: ${facts ? 'full ingest (decode, structure, extract facts, store, index, near-duplicates)' : 'no facts (decode, structure, store, index, near-duplicates)'}`);
  const medians: { label: string; rate: number; rss: number; rerun: number }[] = [];
  for (const db of backends) {
    const label = db === null ? 'SQLite' : 'PostgreSQL';
    console.log(`store: ${db === null ? 'SQLite' : `PostgreSQL (${displayLocation(db)}, schema bench_${n})`}`);
    const results: RunResult[] = [];
    for (let r = 0; r < runs; r++) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', '--docs', String(n), ...(facts ? [] : ['--no-facts']), ...(jsonl ? ['--jsonl'] : []), ...(jsonl === 'template' ? ['--template'] : []), ...(workers !== undefined ? ['--workers', String(workers)] : []), ...(db ? ['--db', db] : [])], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
        maxBuffer: 1 << 24,
      });
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (!line) throw new Error(`run ${r + 1} printed no result`);
      const res = JSON.parse(line.slice(7)) as RunResult;
      results.push(res);
      console.log(`run ${r + 1}: ${res.documents} documents in ${res.seconds.toFixed(1)} s = ${(res.documents / res.seconds).toFixed(0)} docs/s, ${(info.bytes / 1e6 / res.seconds).toFixed(2)} MB/s; peak RSS ${res.peakRssMb.toFixed(0)} MB; rejected ${res.rejected}; run again over the stored corpus (resume): ${res.rerunSeconds.toFixed(1)} s`);
    }
    const rate = median(results.map((r) => r.documents / r.seconds));
    const rss = median(results.map((r) => r.peakRssMb));
    medians.push({ label, rate, rss, rerun: median(results.map((r) => r.rerunSeconds)) });
    console.log(`${label}, median of ${runs}: ${rate.toFixed(0)} docs/s (target ≥ ${facts ? '1,000' : '3,000'}), peak RSS ${rss.toFixed(0)} MB (target ≤ 400 MB)`);
  }
  if (medians.length === 2) {
    const [a, b] = medians as [(typeof medians)[0], (typeof medians)[0]];
    console.log(`side by side: ${a.label} ${a.rate.toFixed(0)} docs/s, run again ${a.rerun.toFixed(1)} s | ${b.label} ${b.rate.toFixed(0)} docs/s, run again ${b.rerun.toFixed(1)} s | ${b.label} ÷ ${a.label}: ${(b.rate / a.rate).toFixed(2)}×`);
  }
}

await main();
