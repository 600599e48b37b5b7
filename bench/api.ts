// npm run bench:api [-- --docs N --duration S --connections C --read-threads T --only uncached|cached|dashboard]:
// the HTTP API under load.
// Uses the bench:ingest database of N documents (default 100,000; built first when missing, with
// facts), links it to the built-in programme, starts `radar57 serve` in a child process, and loads
// it with autocannon (C connections, default 50, for S seconds, default 20) on the search and the
// dashboard endpoints in turn: distinct search queries (no cache can answer), a repeated mix of
// five (the response cache answers after the first of each), and the programme dashboard. Prints
// requests/s, p50, p99 and errors per endpoint; the medians when --runs > 1. Targets: p99 ≤ 100 ms,
// no errors.
// With --mixed: the reads that used to cost the whole corpus (issue 10, item 7) instead, each timed
// alone twice (first answer, then a repeat of the same data version) and then all together as one
// mixed load: the dashboard, provinces, the observations list, the five most mentioned entities'
// pages, a search and the documents list.
import { existsSync } from 'node:fs';
import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { benchDb } from './bench-data.ts';
import { distinctQueryPaths } from './distinct-queries.ts';
import { machineLine, median, numberArg } from './machine.ts';

const n = numberArg('docs', 'BENCH_DOCS', 100_000);
const duration = numberArg('duration', 'BENCH_DURATION', 20);
const connections = numberArg('connections', 'BENCH_CONNECTIONS', 50);
// --read-threads N: passed to `radar57 serve` (0: no read pool), to compare the pool with none.
const readThreadsAt = process.argv.indexOf('--read-threads');
const readThreadsArg = readThreadsAt >= 0 ? ['--read-threads', String(Math.max(0, Math.trunc(Number(process.argv[readThreadsAt + 1]))))] : [];
const runs = numberArg('runs', 'BENCH_RUNS', 1);
const port = numberArg('port', 'BENCH_PORT', 5799);
const db = benchDb(n);
const main = fileURLToPath(new URL('../src/serve/cli/main.ts', import.meta.url));

if (!existsSync(db)) {
  process.stderr.write(`no database for ${n} documents yet: running bench:ingest first\n`);
  execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./ingest.ts', import.meta.url)), '--docs', String(n)], { stdio: 'inherit' });
}

const mixed = process.argv.includes('--mixed');

/** The mixed read load; entity ids are the corpus's most mentioned, found once the server runs. */
async function mixedPaths(): Promise<string[]> {
  const top = (await (await fetch(`http://127.0.0.1:${port}/api/v1/entities?limit=5`)).json()) as { items: { id: number }[] };
  return [
    '/api/v1/programme/targets',
    '/api/v1/provinces',
    '/api/v1/programme/observations',
    '/api/v1/programme/observations?indicator=5g_stations',
    ...top.items.map((e) => `/api/v1/entities/${e.id}`),
    '/api/v1/search?q=chuyen%20doi%20so',
    '/api/v1/documents?limit=20',
  ];
}

/** Each path alone: the first answer (computed) and a second (same data version), bytes and time. */
async function timeEach(paths: string[]): Promise<void> {
  for (const p of paths) {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 2; i++) {
      const t = performance.now();
      const res = await fetch(`http://127.0.0.1:${port}${p}`);
      bytes = (await res.arrayBuffer()).byteLength;
      times.push(performance.now() - t);
      if (!res.ok) throw new Error(`${p}: HTTP ${res.status}`);
    }
    console.log(`  ${p}: ${(bytes / 1024).toFixed(0)} KB, first ${times[0]!.toFixed(0)} ms, again ${times[1]!.toFixed(0)} ms`);
  }
}

const ENDPOINTS = [
  { label: 'search, uncached (distinct queries)', paths: distinctQueryPaths(), distinct: true },
  { label: 'search (a mix of 5 queries, repeated: served from the response cache)', paths: ['/api/v1/search?q=chuyen%20doi%20so', '/api/v1/search?q=dien%20bien', '/api/v1/search?q=%22B%C3%ACnh%20d%C3%A2n%20h%E1%BB%8Dc%20v%E1%BB%A5%20s%E1%BB%91%22', '/api/v1/search?q=VNNIC', '/api/v1/search?q=ngh%E1%BB%8B%20quy%E1%BA%BFt&kind=article'], distinct: false },
  { label: 'dashboard (programme targets)', paths: ['/api/v1/programme/targets'], distinct: false },
];

/** Reading without an account, as the load's requests carry none (a setting of the database). */
async function allowAnonymousReading(): Promise<void> {
  const { openStore } = await import('../src/store/index.ts');
  const { ANONYMOUS_READ } = await import('../src/store/accounts.ts');
  const store = await openStore(db);
  await store.accounts.setSetting(ANONYMOUS_READ, true, 'bench');
  await store.close();
}

async function startServer(): Promise<() => void> {
  const child = spawn(process.execPath, ['--import', 'tsx', main, '--db', db, 'serve', '--port', String(port), ...readThreadsArg], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => (d.toString().includes('http://') ? resolve() : undefined));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return () => child.kill('SIGTERM');
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** What the errors were: connection errors, timeouts (10 s), HTTP statuses other than 2xx. */
  detail: string;
  requests: number;
}

async function load(paths: string[], distinct: boolean, run: number): Promise<Figures> {
  let next = Math.floor((run * paths.length) / 3);
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration,
    // Distinct: each request takes the next query of the list; otherwise the list is cycled.
    requests: distinct
      ? [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length]! }) }]
      : paths.map((path) => ({ method: 'GET', path })),
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    detail: `${result.errors} connection, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`,
    requests: result.requests.total,
  };
}

console.log(machineLine());
await allowAnonymousReading();
const t0 = performance.now();
const stop = await startServer();
console.log(`server on ${n} documents ready in ${((performance.now() - t0) / 1000).toFixed(1)} s (programme linked on start)`);
try {
  if (mixed) {
    const paths = await mixedPaths();
    await timeEach(paths);
    ENDPOINTS.splice(0, ENDPOINTS.length, { label: 'mixed reads (dashboard, provinces, observations, top entities, search, documents)', paths, distinct: false });
  }
  // --only uncached|cached|dashboard: one endpoint's load (the others take a minute each).
  const onlyAt = process.argv.indexOf('--only');
  const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
  const chosen = only === undefined ? ENDPOINTS : ENDPOINTS.filter((e) => (only === 'uncached' ? e.distinct : only === 'cached' ? e.label.includes('repeated') : only === 'dashboard' ? e.label.startsWith('dashboard') : false));
  if (chosen.length === 0) throw new Error(`--only must be uncached, cached or dashboard, got ${String(only)}`);
  for (const e of chosen) {
    // Warm-up: the first dashboard request computes the status; later ones are served from cache.
    for (const p of e.distinct ? e.paths.slice(0, 2) : e.paths) {
      const res = await fetch(`http://127.0.0.1:${port}${p}`);
      const bytes = (await res.arrayBuffer()).byteLength;
      if (!res.ok) throw new Error(`${p}: HTTP ${res.status}; the load would measure errors`);
      console.log(`  ${p}: ${bytes} bytes`);
    }
    const all: Figures[] = [];
    for (let r = 0; r < runs; r++) {
      const f = await load(e.paths, e.distinct, r);
      all.push(f);
      console.log(`${e.label}, run ${r + 1}: ${f.rps.toFixed(0)} req/s, p50 ${f.p50} ms, p99 ${f.p99} ms, ${f.errors} errors (${f.detail}) of ${f.requests} requests (${connections} connections, ${duration} s)`);
    }
    const p99 = median(all.map((f) => f.p99));
    if (e.distinct) console.log(`  (${e.paths.length} distinct queries)`);
    console.log(`${e.label}, median of ${runs}: ${median(all.map((f) => f.rps)).toFixed(0)} req/s, p50 ${median(all.map((f) => f.p50))} ms, p99 ${p99} ms (target ≤ 100), errors ${all.reduce((s, f) => s + f.errors, 0)} (target 0)`);
  }
} finally {
  stop();
}
