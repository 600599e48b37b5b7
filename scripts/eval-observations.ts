// Scores the observations Radar 57 links from Vietnamese news against the vn-observations development set
// (../shared/eval/vn-observations: real texts with hand-made gold; its README gives the conventions).
//   npm run eval:observations -- [--data DIR] [--verbose] [--json] [--only 01,07] [--half tune|check] [--format page]
// Each text is ingested into a fresh in-memory store and linked with the built-in pack, as a user's
// upload would be. Printed: precision and recall (an observation counts when indicator, scope, stance
// and value agree), then scope, stance, qualifier and date accuracy over the mentions paired with the
// gold, overall and per indicator, for the tuning half (odd ids), the checking half (even ids) and
// all texts. `--verbose` lists every miss, false positive and wrong field. `--format` forces a reader
// (as `radar57 ingest --format` does) instead of detecting it, to see what a misread text costs.
// Exits 0 (a report), 2 on a usage error; skips with a message when the data is absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openStore } from '../src/store/index.ts';
import { ingestPaths } from '../src/pipeline/ingest.ts';
import type { InputFormat } from '../src/records.ts';
import { syncProgramme } from '../src/pipeline/track.ts';
import { BUILTIN_PACK_DIR, loadPack } from '../src/programme/load.ts';
import { fieldsOf } from '../src/extract/facts.ts';
import { OBSERVATION_LINKER_VERSION } from '../src/link/observations.ts';
import {
  isCorrect,
  precision,
  recall,
  scoreText,
  tally,
  vnObservationsGold,
  type Counts,
  type PredictedObservation,
  type Tally,
  type TextScore,
} from '../src/link/eval/vn-observations.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: flags } = parseArgs({
  options: {
    data: { type: 'string', default: join(ROOT, '..', 'shared', 'eval', 'vn-observations') },
    verbose: { type: 'boolean', short: 'v', default: false },
    json: { type: 'boolean', default: false },
    only: { type: 'string' },
    half: { type: 'string' },
    format: { type: 'string' },
  },
});

/** The tuning half: odd ids; the checking half: even ids. */
const INPUT_FORMATS = ['page', 'plain', 'ledes', 'jsonl', 'html'];

const isTuning = (id: string): boolean => Number(id) % 2 === 1;

async function predictedFor(file: string, format: InputFormat | undefined): Promise<PredictedObservation[]> {
  const store = await openStore(':memory:');
  try {
    const summary = await ingestPaths([file], store, format ? { format } : {});
    if (summary.rejected.length > 0) throw new Error(summary.rejected.map((r) => r.reason).join('; '));
    await syncProgramme(store, loadPack(BUILTIN_PACK_DIR), { actor: 'eval' });
    const extracted = (await store.programme.observations()).filter((o) => o.origin === 'extracted');
    const docs = new Map(await Promise.all(extracted.map(async (o) => [o.documentId!, (await store.getDocument(o.documentId!))!] as const)));
    return extracted
      .map((o) => {
        const doc = docs.get(o.documentId!)!;
        const field = fieldsOf(doc).find((f) => f.field === o.field && f.index === o.index);
        return {
          indicator: o.indicator,
          scope: o.scope,
          value: o.value,
          valueMax: o.valueMax,
          qualifier: o.qualifier,
          stance: o.stance,
          asOf: o.asOf,
          fieldText: field?.text ?? '',
          start: o.start!,
          end: o.end!,
          factText: o.factText ?? '',
          sentence: o.sentence ?? '',
        };
      });
  } finally {
    await store.close();
  }
}

const ratio = (c: Counts): string => (c.total === 0 ? '   n/a     ' : `${(c.hit / c.total).toFixed(3)} ${`${c.hit}/${c.total}`.padEnd(6)}`);
const f3 = (n: number): string => n.toFixed(3);

function row(label: string, t: Tally): string {
  return [
    label.padEnd(36),
    f3(precision(t)),
    f3(recall(t)),
    `${String(t.correct).padStart(3)} ${String(t.predicted).padStart(3)} ${String(t.gold).padStart(3)}`,
    ratio(t.scope),
    ratio(t.stance),
    ratio(t.qualifier),
    ratio(t.date),
  ].join('  ');
}
const HEADER = `${''.padEnd(36)}  P      R      ok pred gold  scope        stance       qualifier    date`;

function printSummary(label: string, scores: TextScore[]): void {
  const { all } = tally(scores);
  console.log(row(`${label} (${scores.length} texts)`, all));
}

function printByIndicator(scores: TextScore[]): void {
  const { all, byIndicator } = tally(scores);
  console.log(HEADER);
  for (const [indicator, t] of [...byIndicator].sort((a, b) => b[1].gold - a[1].gold || a[0].localeCompare(b[0]))) {
    console.log(row(indicator, t));
  }
  console.log(row('all', all));
  console.log(`date exact (same text, not only the same last day): ${ratio(all.dateExact)}`);
}

const show = (o: { indicator: string; scope: string; value: number; valueMax: number | null; qualifier: string; stance: string; asOf: string | null }): string =>
  `${o.indicator} ${o.scope} ${o.value}${o.valueMax !== null ? `–${o.valueMax}` : ''} ${o.qualifier} ${o.stance} ${o.asOf ?? '—'}`;

function printText(s: TextScore): void {
  const lines: string[] = [];
  for (const g of s.unlocated) lines.push(`gold not found in the text: «${g.text}» in «${g.sentence}»`);
  for (const g of s.misses) lines.push(`MISS  ${show(g)}  «${g.text}» in «${g.sentence}»`);
  for (const p of s.falsePositives) lines.push(`FALSE ${show(p)}  «${p.factText}» in «${p.sentence}»`);
  for (const p of s.pairs) {
    const wrong = (['scope', 'stance', 'value', 'qualifier', 'date'] as const).filter((k) => !p[k]);
    if (wrong.length > 0) lines.push(`${isCorrect(p) ? 'FIELD' : 'WRONG'} ${wrong.join(',')}: gold ${show(p.gold)} / got ${show(p.predicted)}  «${p.gold.text}»`);
  }
  if (lines.length > 0) console.log(`── ${s.id}\n  ${lines.join('\n  ')}`);
}

async function main(): Promise<number> {
  const dir = resolve(flags.data);
  if (!existsSync(dir)) {
    console.log(`eval:observations skipped: ${dir} is absent (the shared evaluation data lives beside the repository in ../shared)`);
    return 0;
  }
  if (flags.half !== undefined && flags.half !== 'tune' && flags.half !== 'check') {
    console.error('eval:observations: --half is tune (odd ids) or check (even ids)');
    return 2;
  }
  if (flags.format !== undefined && !INPUT_FORMATS.includes(flags.format)) {
    console.error(`eval:observations: --format is one of ${INPUT_FORMATS.join(', ')}`);
    return 2;
  }
  const only = flags.only ? new Set(flags.only.split(',').map((s) => s.trim())) : null;
  const ids = readdirSync(dir)
    .filter((f) => /^\d+\.json$/.test(f))
    .map((f) => f.replace(/\.json$/, ''))
    .filter((id) => !only || only.has(id))
    .filter((id) => flags.half === undefined || isTuning(id) === (flags.half === 'tune'))
    .sort();
  const started = performance.now();
  const scores: TextScore[] = [];
  const errors: string[] = [];
  for (const id of ids) {
    const gold = vnObservationsGold.parse(JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')));
    const file = join(dir, `${id}.txt`);
    let predicted: PredictedObservation[] = [];
    try {
      predicted = await predictedFor(file, flags.format as InputFormat | undefined);
    } catch (err) {
      errors.push(`${id}: ${(err as Error).message}`);
    }
    scores.push(scoreText(id, readFileSync(file, 'utf8'), gold.observations, predicted));
  }
  const seconds = (performance.now() - started) / 1000;
  if (flags.json) {
    const { all, byIndicator } = tally(scores);
    console.log(JSON.stringify({ linker: OBSERVATION_LINKER_VERSION, data: dir, all, byIndicator: Object.fromEntries(byIndicator), scores, errors }, null, 2));
    return 0;
  }
  if (flags.verbose) for (const s of scores) printText(s);
  console.log(`vn-observations: ${scores.length} texts from ${dir}; observations@${OBSERVATION_LINKER_VERSION}; read as ${flags.format ?? 'detected'}; ${seconds.toFixed(1)} s`);
  for (const e of errors) console.log(`  error ${e}`);
  console.log(HEADER);
  const tuning = scores.filter((s) => isTuning(s.id));
  const checking = scores.filter((s) => !isTuning(s.id));
  if (tuning.length > 0 && checking.length > 0) {
    printSummary('tuning half (odd ids)', tuning);
    printSummary('checking half (even ids)', checking);
  }
  printSummary('all', scores);
  console.log('');
  printByIndicator(scores);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    console.error(`eval:observations: ${(err as Error).message}`);
    process.exitCode = 2;
  },
);
