// npm run bench:search [-- --docs N --iterations I]: search latency over the bench:ingest database.
// A fixed query mix (common word, rare word, phrase, folded, filtered), I queries in all (default
// 1,000), after a warm-up. Prints p50 and p99 per query class and overall.
// With --distinct Q: instead, the first Q of bench:api's distinct queries (word pairs of the seeds,
// alone or with a filter; about 10,000 in all), each asked once of the store alone, as the uncached
// HTTP load asks them: the mean (what a server's throughput depends on), p50, p90, p99, the slowest.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openStore } from '../src/store/index.ts';
import { benchDb } from './bench-data.ts';
import { benchLocation, benchSchemaExists, postgresArg } from './bench-db.ts';
import { displayLocation } from '../src/store/postgres/open.ts';
import { machineLine, median, numberArg, percentile } from './machine.ts';
import { distinctQueries } from './distinct-queries.ts';

interface QueryCase {
  label: string;
  query: string;
  options: Parameters<Awaited<Awaited<ReturnType<typeof openStore>>>['search']>[1];
}

const MIX: QueryCase[] = [
  { label: 'common word', query: 'chuyển đổi số', options: { limit: 20 } },
  { label: 'rare word', query: 'VNNIC', options: { limit: 20 } },
  { label: 'phrase', query: '"Bình dân học vụ số"', options: { limit: 20 } },
  { label: 'folded', query: 'dien bien', options: { limit: 20 } },
  { label: 'filtered', query: 'nghị quyết', options: { limit: 20, kind: 'article', from: '2025-07-01', to: '2025-12-31' } },
];

interface Measured {
  label: string;
  documents: number;
  /** Per query class: the times (ms) and the hits of the last run. */
  classes: { c: QueryCase; times: number[]; hits: number }[];
}

/** The query mix over one store: a warm-up, then `iterations` queries cycling through the classes. */
async function measure(location: string, label: string, iterations: number): Promise<Measured> {
  const store = await openStore(location);
  try {
    for (const c of MIX) for (let i = 0; i < 20; i++) await store.search(c.query, c.options); // warm caches
    const classes = MIX.map((c) => ({ c, times: [] as number[], hits: 0 }));
    for (let i = 0; i < iterations; i++) {
      const k = classes[i % classes.length]!;
      const t0 = process.hrtime.bigint();
      const res = await store.search(k.c.query, k.c.options);
      k.times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      k.hits = res.length;
    }
    return { label, documents: await store.countDocuments(), classes };
  } finally {
    await store.close();
  }
}

const fmt = (t: number[]): string => `${median(t).toFixed(2)} / ${percentile(t, 99).toFixed(2)}`;

/** --distinct: each of the first `count` distinct queries once, over one store. */
async function measureDistinct(location: string, label: string, count: number): Promise<void> {
  const store = await openStore(location);
  try {
    const queries = distinctQueries().slice(0, count);
    for (const { q, options } of queries.slice(0, 20)) await store.search(q, options); // warm caches
    const times: { ms: number; q: string; options: object }[] = [];
    for (const { q, options } of queries) {
      const t0 = process.hrtime.bigint();
      await store.search(q, options);
      times.push({ ms: Number(process.hrtime.bigint() - t0) / 1e6, q, options });
    }
    const ms = times.map((t) => t.ms);
    const mean = ms.reduce((a, b) => a + b, 0) / ms.length;
    console.log(`${label}: ${await store.countDocuments()} documents, ${ms.length} distinct queries`);
    console.log(`  mean ${mean.toFixed(2)} ms, p50 ${median(ms).toFixed(2)}, p90 ${percentile(ms, 90).toFixed(2)}, p99 ${percentile(ms, 99).toFixed(2)}, max ${Math.max(...ms).toFixed(1)} ms`);
    for (const t of times.sort((a, b) => b.ms - a.ms).slice(0, 5)) console.log(`  slow: ${t.ms.toFixed(1)} ms  ${JSON.stringify(t.q)} ${JSON.stringify(t.options)}`);
  } finally {
    await store.close();
  }
}

async function main(): Promise<void> {
  const n = numberArg('docs', 'BENCH_DOCS', 100_000);
  const iterations = numberArg('iterations', 'BENCH_ITERATIONS', 1000);
  const pgUrl = postgresArg();
  // With --db postgres://…, both backends over the same corpus, in this one run.
  const backends: { label: string; location: string; pg: string | null }[] = [{ label: 'SQLite', location: benchDb(n), pg: null }];
  if (pgUrl !== null) backends.push({ label: 'PostgreSQL', location: benchLocation(n), pg: pgUrl });
  for (const b of backends) {
    if (b.pg === null ? !existsSync(benchDb(n)) : !(await benchSchemaExists(n))) {
      process.stderr.write(`no ${b.label} database for ${n} documents yet: running bench:ingest first\n`);
      execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./ingest.ts', import.meta.url)), '--docs', String(n), ...(b.pg ? ['--db', b.pg, '--only-db'] : [])], { stdio: 'inherit' });
    }
  }
  console.log(machineLine());
  if (process.argv.includes('--distinct')) {
    const count = numberArg('distinct', 'BENCH_DISTINCT', 3000);
    for (const b of backends) await measureDistinct(b.location, b.label, count);
    return;
  }
  const results: Measured[] = [];
  for (const b of backends) {
    const m = await measure(b.location, b.label, iterations);
    results.push(m);
    console.log(`${b.label}: ${m.documents} documents (${b.pg ? displayLocation(b.location) : b.location}), ${iterations} queries`);
    const all = m.classes.flatMap((k) => k.times);
    for (const k of m.classes) {
      console.log(`  ${k.c.label.padEnd(12)} ${JSON.stringify(k.c.query).padEnd(26)} hits ${String(k.hits).padStart(3)}  p50 ${median(k.times).toFixed(2)} ms  p99 ${percentile(k.times, 99).toFixed(2)} ms`);
    }
    console.log(`  all ${all.length} queries: p50 ${median(all).toFixed(2)} ms, p99 ${percentile(all, 99).toFixed(2)} ms (target p99 ≤ ${b.pg ? 100 : 50} ms)`);
  }
  if (results.length === 2) {
    const [a, b] = results as [Measured, Measured];
    console.log(`\nside by side, p50 / p99 in ms (${a.label} | ${b.label} | ${b.label} p50 ÷ ${a.label} p50):`);
    const rows = [...a.classes.map((k, i) => ({ label: k.c.label, x: k.times, y: b.classes[i]!.times })), { label: 'all', x: a.classes.flatMap((k) => k.times), y: b.classes.flatMap((k) => k.times) }];
    for (const r of rows) console.log(`  ${r.label.padEnd(12)} ${fmt(r.x).padStart(16)} | ${fmt(r.y).padStart(16)} | ${(median(r.y) / median(r.x)).toFixed(1)}×`);
  }
}

await main();
