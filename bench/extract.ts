// npm run bench:extract [-- --docs N --runs R]: MB/s of text through all extractors together, one core.
// Structures N generated page dumps first (not timed), then times extractFacts over all of them,
// R times (default 5), and prints the median.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StructuredDocument } from '../src/records.ts';
import { structureText } from '../src/structure/index.ts';
import { extractFacts } from '../src/extract/index.ts';
import { fieldsOf } from '../src/extract/facts.ts';
import { corpusDir } from './bench-data.ts';
import { machineLine, median, numberArg } from './machine.ts';

function loadDocuments(n: number): StructuredDocument[] {
  const root = corpusDir(n);
  const docs: StructuredDocument[] = [];
  for (const sub of readdirSync(root).filter((d) => /^\d+$/.test(d)).sort()) {
    for (const f of readdirSync(join(root, sub))) {
      const origin = join(root, sub, f);
      const text = readFileSync(origin, 'utf8');
      docs.push(...structureText({ origin, text, encoding: 'utf-8', encodingEvidence: 'detected' }).documents);
    }
  }
  return docs;
}

const n = numberArg('docs', 'BENCH_DOCS', 5_000);
const runs = numberArg('runs', 'BENCH_RUNS', 5);
const docs = loadDocuments(n);
const chars = docs.reduce((sum, d) => sum + fieldsOf(d).reduce((s, f) => s + f.text.length, 0), 0);
const megabytes = docs.reduce((sum, d) => sum + fieldsOf(d).reduce((s, f) => s + Buffer.byteLength(f.text), 0), 0) / 1e6;
console.log(machineLine());
console.log(`corpus: ${docs.length} documents, ${megabytes.toFixed(1)} MB of UTF-8 text (${chars} characters) in title, lede, body and captions`);
const rates: number[] = [];
// On a shared machine the wall clock also counts other processes' turns; the process's own CPU time
// says what one core does, so both are printed.
const cpuRates: number[] = [];
let mentions = 0;
for (let r = 0; r < runs; r++) {
  mentions = 0;
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  for (const doc of docs) {
    const f = extractFacts(doc, { published: doc.published, dateHint: null, collectionYear: null });
    mentions += f.persons.length + f.organizations.length + f.places.length + f.legalRefs.length + f.dates.length + f.quantities.length + f.topics.length;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(c0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  rates.push(megabytes / seconds);
  cpuRates.push(megabytes / cpuSeconds);
  console.log(`run ${r + 1}: ${(megabytes / seconds).toFixed(2)} MB/s, ${(docs.length / seconds).toFixed(0)} docs/s, ${mentions} facts; ${(megabytes / cpuSeconds).toFixed(2)} MB per CPU-second`);
}
console.log(`median of ${runs}: ${median(rates).toFixed(2)} MB/s wall, ${median(cpuRates).toFixed(2)} MB per CPU-second (target ≥ 2.7 MB/s on one core, issue 11)`);
