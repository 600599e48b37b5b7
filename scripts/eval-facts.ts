// Measures the fact extractors against the hand-made gold annotations of the two seed files.
//   npm run eval:facts -- [--verbose] [--min-precision 0.8 --min-recall 0.7] [--reader auto|structure|fallback]
//                         [--topic-min-score 0] [--shared DIR (holding seeds/; default: the project's data/)] [--json]
// A report: exits 0, unless --min-precision / --min-recall are given and some kind falls short (exit 1).
// The gold files and their conventions: test/gold/README.md.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DecodedText, InputFormat, StructuredDocument } from '../src/records.ts';
import type { DocumentFacts } from '../src/extract/facts.ts';
import { extractFacts, EXTRACTION_VERSION } from '../src/extract/index.ts';
import type { EvalResult, GoldFile } from '../src/extract/eval/index.ts';
import { evaluate, formatResult, mergeResults, parseGold, readSeedFallback, shortfalls } from '../src/extract/eval/index.ts';
import { normalizeText } from '../src/text/normalize.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const GOLD = [
  { gold: 'test/gold/seed-000.gold.json', seed: 'seeds/000_8fee37822d2a2a5b.txt' },
  { gold: 'test/gold/seed-002.gold.json', seed: 'seeds/002_00bf98e39be64d58.txt' },
];

interface Options {
  verbose: boolean;
  json: boolean;
  minPrecision: number | null;
  minRecall: number | null;
  reader: 'auto' | 'structure' | 'fallback';
  topicMinScore: number;
  shared: string;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { verbose: false, json: false, minPrecision: null, minRecall: null, reader: 'auto', topicMinScore: 0, shared: resolve(ROOT, 'data') };
  const num = (name: string, v: string | undefined): number => {
    const n = Number(v);
    if (v === undefined || !Number.isFinite(n)) throw new Error(`${name} needs a number`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--verbose' || a === '-v') o.verbose = true;
    else if (a === '--json') o.json = true;
    else if (a === '--min-precision') o.minPrecision = num(a, argv[++i]);
    else if (a === '--min-recall') o.minRecall = num(a, argv[++i]);
    else if (a === '--topic-min-score') o.topicMinScore = num(a, argv[++i]);
    else if (a === '--shared') o.shared = resolve(argv[++i] ?? '');
    else if (a === '--reader') {
      const r = argv[++i];
      if (r !== 'auto' && r !== 'structure' && r !== 'fallback') throw new Error('--reader is auto, structure or fallback');
      o.reader = r;
    } else if (a === '--') continue;
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

type Reader = (text: string, origin: string, format: string) => { documents: StructuredDocument[]; reader: string; warnings: string[] };

async function makeReader(choice: Options['reader']): Promise<Reader> {
  const fallback: Reader = (text, _origin, format) => ({ documents: readSeedFallback(text, format), reader: 'fallback (src/extract/eval/seed-reader.ts)', warnings: [] });
  if (choice === 'fallback') return fallback;
  let structureText: typeof import('../src/structure/index.ts').structureText | null = null;
  try {
    ({ structureText } = await import('../src/structure/index.ts'));
  } catch (err) {
    if (choice === 'structure') throw err;
    console.error(`structure stage not loadable (${(err as Error).message}); using the fallback reader`);
  }
  if (!structureText) return fallback;
  const st = structureText;
  return (text, origin, format) => {
    const input: DecodedText = { origin, text, encoding: 'utf-8', encodingEvidence: 'declared' };
    try {
      const r = st(input, { format: format as InputFormat });
      return { documents: r.documents, reader: 'structureText (src/structure/index.ts)', warnings: r.warnings.map((w) => `reader: ${w}`) };
    } catch (err) {
      if (choice === 'structure') throw err;
      const out = fallback(text, origin, format);
      out.warnings.push(`structureText failed (${(err as Error).message}); fallback reader used`);
      return out;
    }
  };
}

function firstFieldText(doc: StructuredDocument): string {
  return doc.title ?? doc.lede ?? doc.body[0] ?? '';
}

/** Reader documents in gold order: by index when the first field agrees, else by the first field's start. */
function align(gold: GoldFile, docs: StructuredDocument[], warnings: string[]): (StructuredDocument | null)[] {
  return gold.documents.map((g) => {
    const at = docs[g.index];
    if (!g.textStart || (at && firstFieldText(at).startsWith(g.textStart))) return at ?? null;
    const j = docs.findIndex((d) => firstFieldText(d).startsWith(g.textStart!));
    if (j >= 0) {
      warnings.push(`${gold.source} doc ${g.index}: found as reader document ${j}`);
      return docs[j]!;
    }
    warnings.push(`${gold.source} doc ${g.index}: no reader document starts "${g.textStart}…"`);
    return null;
  });
}

function checkLayout(gold: GoldFile, docs: (StructuredDocument | null)[], warnings: string[]): void {
  for (const g of gold.documents) {
    const d = docs[g.index];
    if (!d || !g.fieldCounts) continue;
    const have = { title: d.title ? 1 : 0, lede: d.lede ? 1 : 0, body: d.body.length, caption: d.captions.length };
    for (const f of ['title', 'lede', 'body', 'caption'] as const)
      if (have[f] !== g.fieldCounts[f]) warnings.push(`${gold.source} doc ${g.index}: reader has ${have[f]} ${f} field(s), gold expects ${g.fieldCounts[f]}`);
    if (d.kind !== g.kind) warnings.push(`${gold.source} doc ${g.index}: reader kind ${d.kind}, gold ${g.kind}`);
  }
}

const EMPTY: DocumentFacts = { persons: [], organizations: [], places: [], legalRefs: [], dates: [], quantities: [], topics: [] };

async function main(): Promise<number> {
  const o = parseArgs(process.argv.slice(2));
  if (!existsSync(join(o.shared, 'seeds'))) {
    console.log(`eval:facts: ${join(o.shared, 'seeds')} not found; nothing to measure.`);
    return 0;
  }
  const read = await makeReader(o.reader);
  const results: EvalResult[] = [];
  const readersUsed = new Set<string>();
  for (const { gold: goldPath, seed } of GOLD) {
    const gold = parseGold(JSON.parse(readFileSync(join(ROOT, goldPath), 'utf8')), goldPath);
    const seedPath = join(o.shared, seed);
    const text = normalizeText(readFileSync(seedPath, 'utf8'));
    const format = gold.format ?? 'ledes';
    const warnings: string[] = [];
    const r = read(text, seedPath, format);
    readersUsed.add(r.reader);
    warnings.push(...r.warnings);
    if (r.documents.length !== gold.documents.length)
      warnings.push(`${gold.source}: reader made ${r.documents.length} documents, gold has ${gold.documents.length}`);
    const docs = align(gold, r.documents, warnings);
    checkLayout(gold, docs, warnings);
    const facts = docs.map((doc, i) => {
      if (!doc) return null;
      // Teasers have no date of their own: the page's published date gives missing years.
      const parent = doc.parent !== null ? docs[doc.parent] ?? r.documents[doc.parent] : null;
      const published = doc.published ?? parent?.published ?? null;
      try {
        return extractFacts(doc, { published, dateHint: null, collectionYear: null });
      } catch (err) {
        warnings.push(`${gold.source} doc ${i}: extractFacts threw: ${(err as Error).stack ?? String(err)}`);
        return EMPTY;
      }
    });
    const result = evaluate(gold, facts, { documents: docs, topicMinScore: o.topicMinScore });
    result.warnings.unshift(...warnings);
    results.push(result);
  }
  const all = mergeResults(results, 'all seeds');
  if (o.json) {
    console.log(JSON.stringify({ extractionVersion: EXTRACTION_VERSION, readers: [...readersUsed], results, all }, null, 2));
  } else {
    console.log(`extractors: ${EXTRACTION_VERSION}`);
    console.log(`reader: ${[...readersUsed].join(', ')}; topic min score ${o.topicMinScore}`);
    console.log('key match: same kind, document, field and paragraph, overlapping span, equal key (test/gold/README.md)\n');
    for (const r of results) console.log(formatResult(r, o.verbose) + '\n');
    console.log(formatResult({ ...all, warnings: [] }, false));
  }
  if (o.minPrecision !== null || o.minRecall !== null) {
    const short = shortfalls(all, o.minPrecision ?? 0, o.minRecall ?? 0);
    if (short.length) {
      console.log(`\nbelow the thresholds:\n  ${short.join('\n  ')}`);
      return 1;
    }
    console.log('\nall kinds meet the thresholds');
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(2);
  },
);
