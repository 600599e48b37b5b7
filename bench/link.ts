// npm run bench:link [-- --docs N --runs R]: linking quantity facts to the programme, and the
// status table over the resulting observations. Ingests N generated page dumps (default 10,000,
// recombined from the seed paragraphs) with facts into a fresh database once, then R times
// (default 3): forget every link, relink the whole store with the built-in pack, and compute
// `programme status`. Prints documents/s for linking and milliseconds for the status; medians.
import { rmSync } from 'node:fs';
import { corpusDir, corpusInfo } from './bench-data.ts';
import { machineLine, median, numberArg } from './machine.ts';
import { openStore } from '../src/store/index.ts';
import { ingestPaths } from '../src/pipeline/ingest.ts';
import { syncProgramme } from '../src/pipeline/track.ts';
import { BUILTIN_PACK_DIR, loadPack } from '../src/programme/load.ts';
import { programmeStatus } from '../src/track/programme-status.ts';
import { fileURLToPath } from 'node:url';

const n = numberArg('docs', 'BENCH_DOCS', 10_000);
const runs = numberArg('runs', 'BENCH_RUNS', 3);
const info = corpusInfo(n);
console.log(machineLine());
console.log(`corpus: ${info.files} page-dump files, ${(info.bytes / 1e6).toFixed(1)} MB`);

const db = fileURLToPath(new URL(`./out/link-${n}.db`, import.meta.url));
for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
const store = await openStore(db);
const t0 = performance.now();
await ingestPaths([corpusDir(n)], store);
console.log(`ingested ${await store.countDocuments()} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s (not measured below)`);
const pack = loadPack(BUILTIN_PACK_DIR);

const linkRates: number[] = [];
const statusMs: number[] = [];
let observations = 0;
for (let r = 0; r < runs; r++) {
  // A pack with another hash makes every document stale, as a real pack change would.
  const variant = { ...pack, hash: `${pack.hash.slice(0, 56)}${String(r).padStart(8, '0')}` };
  const t1 = performance.now();
  const summary = await syncProgramme(store, variant, { actor: 'bench' });
  const linkSeconds = (performance.now() - t1) / 1000;
  const t2 = performance.now();
  const all = await store.programme.observations();
  const status = programmeStatus(variant, all, '2026-11-22');
  const ms = performance.now() - t2;
  observations = all.length;
  linkRates.push(summary.linkedDocuments / linkSeconds);
  statusMs.push(ms);
  console.log(
    `run ${r + 1}: linked ${summary.linkedDocuments} documents (${summary.observations} observations) in ${linkSeconds.toFixed(2)} s = ${(summary.linkedDocuments / linkSeconds).toFixed(0)} docs/s; status of ${status.targets.length} targets over ${all.length} observations in ${ms.toFixed(0)} ms`,
  );
}
console.log(`median of ${runs}: linking ${median(linkRates).toFixed(0)} docs/s; programme status ${median(statusMs).toFixed(0)} ms over ${observations} observations`);
await store.close();
