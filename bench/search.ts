// npm run bench:search [-- --docs N --iterations I]: search latency over the bench:ingest database.
// A fixed query mix (common word, rare word, phrase, folded, filtered), I queries in all (default
// 1,000), after a warm-up. Prints p50 and p99 per query class and overall.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openStore } from '../src/store/index.ts';
import { benchDb } from './bench-data.ts';
import { benchLocation, benchSchemaExists, postgresArg } from './bench-db.ts';
import { machineLine, median, numberArg, percentile } from './machine.ts';

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

async function main(): Promise<void> {
  const n = numberArg('docs', 'BENCH_DOCS', 100_000);
  const iterations = numberArg('iterations', 'BENCH_ITERATIONS', 1000);
  const pgUrl = postgresArg();
  const db = benchLocation(n);
  if (pgUrl === null ? !existsSync(benchDb(n)) : !(await benchSchemaExists(n))) {
    process.stderr.write(`no database for ${n} documents yet: running bench:ingest first\n`);
    execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./ingest.ts', import.meta.url)), '--docs', String(n), ...(pgUrl ? ['--db', pgUrl] : [])], { stdio: 'inherit' });
  }
  const store = await openStore(db);
  console.log(machineLine());
  console.log(`database: ${await store.countDocuments()} documents (${store.location ?? db})`);
  for (const c of MIX) for (let i = 0; i < 20; i++) await store.search(c.query, c.options); // warm caches
  const times = new Map<string, number[]>(MIX.map((c) => [c.label, []]));
  const hits = new Map<string, number>();
  for (let i = 0; i < iterations; i++) {
    const c = MIX[i % MIX.length]!;
    const t0 = process.hrtime.bigint();
    const res = await store.search(c.query, c.options);
    times.get(c.label)!.push(Number(process.hrtime.bigint() - t0) / 1e6);
    hits.set(c.label, res.length);
  }
  await store.close();
  const all: number[] = [];
  for (const c of MIX) {
    const t = times.get(c.label)!;
    all.push(...t);
    console.log(`${c.label.padEnd(12)} ${JSON.stringify(c.query).padEnd(26)} hits ${String(hits.get(c.label)).padStart(3)}  p50 ${median(t).toFixed(2)} ms  p99 ${percentile(t, 99).toFixed(2)} ms`);
  }
  console.log(`all ${all.length} queries: p50 ${median(all).toFixed(2)} ms, p99 ${percentile(all, 99).toFixed(2)} ms (target p99 ≤ 50 ms)`);
}

await main();
