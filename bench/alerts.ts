// npm run bench:alerts [-- --docs N --searches S --runs R]: the cost of an alerts run. Stores N
// generated briefs (default 20,000) in memory, S saved searches (default 20) over ten topics, runs
// alerts once (the baseline), then R times (default 5): store one new document and run alerts
// again (the incremental run a server does every few minutes). Also times what attention over
// time reads: one search's matching ids and every document's date. Medians, in milliseconds.
import { machineLine, median, numberArg } from './machine.ts';
import { openStore } from '../src/store/index.ts';
import type { StructuredDocument } from '../src/records.ts';
import { BUILTIN_PACK_DIR, loadPack } from '../src/programme/load.ts';
import { syncProgramme } from '../src/pipeline/track.ts';
import { runAlerts } from '../src/pipeline/alerts/run.ts';

const TOPICS = ['chuyển đổi số', 'vệ tinh', 'trí tuệ nhân tạo', 'bán dẫn', 'dữ liệu', '5G', 'đổi mới sáng tạo', 'khởi nghiệp', 'chính phủ số', 'an ninh mạng'];
const docs = numberArg('docs', 'BENCH_DOCS', 20_000);
const searches = numberArg('searches', 'BENCH_SEARCHES', 20);
const runs = numberArg('runs', 'BENCH_RUNS', 5);

function brief(n: number, published: string): StructuredDocument {
  return {
    kind: 'brief', title: null, lede: null, captions: [], related: [], author: null, authorNote: null, site: 'bao.example.vn', category: null, url: null, parent: null,
    body: [`Tin số ${n}: ${TOPICS[n % 10]} và ${TOPICS[(n * 7) % 10]} ở địa phương số ${n % 34}.`],
    published,
    publishedPrecision: 'date',
  } as unknown as StructuredDocument;
}

console.log(machineLine());
const store = await openStore(':memory:');
const pack = loadPack(BUILTIN_PACK_DIR);
await syncProgramme(store, pack, { actor: 'bench' });
for (let f = 0; f < Math.ceil(docs / 100); f++) {
  const documents = Array.from({ length: 100 }, (_, i) => f * 100 + i).filter((n) => n < docs).map((n) => brief(n, `2025-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`));
  await store.saveFile({ origin: `bench-${f}`, sourceHash: `bench-${f}`, format: 'jsonl', documents });
}
for (let s = 0; s < searches; s++) {
  const user = await store.accounts.getUser(`u${s % 10}`) ?? await store.accounts.addUser({ username: `u${s % 10}`, role: 'viewer', agencies: [], passwordHash: 'x' }, 'bench');
  await store.alerts.searches.add(user.id, { name: TOPICS[s % 10]!, query: TOPICS[s % 10]!, filters: {} });
}
let now = Date.parse('2026-01-02T00:00:00Z');
let t = performance.now();
await runAlerts(store, pack, { now: new Date(now) });
console.log(`baseline run: ${(performance.now() - t).toFixed(0)} ms (${docs} documents, ${searches} saved searches)`);
const times: number[] = [];
for (let r = 0; r < runs; r++) {
  await store.saveFile({ origin: `new-${r}`, sourceHash: `new-${r}`, format: 'jsonl', documents: [brief(docs + r, '2026-01-02')] });
  now += 15 * 60_000;
  t = performance.now();
  await runAlerts(store, pack, { now: new Date(now) });
  times.push(performance.now() - t);
}
console.log(`incremental run (one new document): median ${median(times).toFixed(0)} ms over ${runs} runs`);
t = performance.now();
const ids = await store.attention.matchingIds(TOPICS[0]!);
const dated = await store.attention.documents();
console.log(`attention inputs (${ids.length} matches, ${dated.length} documents): ${(performance.now() - t).toFixed(0)} ms`);
await store.close();
