// Measures the task extractor against the hand-written task gold (test/gold/tasks/README.md).
//   npm run eval:tasks -- [--heldout | --gold FILE] [--verbose] [--json] [--check]
// Prints precision and recall of tasks (span overlaps the gold anchor and the lead agency matches)
// and field accuracies over the matched tasks. --check exits 1 when a target is missed.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractTasks, EXTRACTOR } from '../src/extract/tasks/index.ts';
import { documentOf, emptyScore, parseTaskGold, scoreItem, summary, TARGETS, type TaskScore } from '../src/extract/tasks/score.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    heldout: { type: 'boolean', default: false },
    gold: { type: 'string' },
    verbose: { type: 'boolean', short: 'v', default: false },
    json: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
  },
});

const path = values.gold ? resolve(values.gold) : resolve(ROOT, 'test/gold/tasks', values.heldout ? 'heldout.json' : 'tuning.json');
const gold = parseTaskGold(JSON.parse(readFileSync(path, 'utf8')) as unknown, path);

const score: TaskScore = emptyScore();
for (const item of gold.items) {
  const { doc, ctx } = documentOf(item);
  scoreItem(item, extractTasks(doc, ctx), score);
}
const s = summary(score);

if (values.json) {
  console.log(JSON.stringify({ gold: path, extractor: `${EXTRACTOR.name}@${EXTRACTOR.version}`, ...s, counts: score }, null, 2));
} else {
  const pct = (x: number) => x.toFixed(3);
  const mark = (x: number, target: number) => (x >= target ? '' : `   below target ${target}`);
  console.log(`Task extraction (${EXTRACTOR.name}@${EXTRACTOR.version}) on ${path}: ${gold.items.length} items`);
  console.log(`  gold tasks ${score.gold} (table rows ${score.goldRows}), predicted ${score.predicted}, matched ${score.matched}`);
  console.log(`  precision ${pct(s.precision)}${mark(s.precision, TARGETS.precision)}`);
  console.log(`  recall    ${pct(s.recall)}${mark(s.recall, TARGETS.recall)}   (table rows ${pct(s.rowRecall)})`);
  console.log(`Fields over matched tasks (${score.matched}):`);
  console.log(`  lead agency      ${pct(s.lead)}  over ${score.spanMatched} span matches${mark(s.lead, TARGETS.lead)}`);
  console.log(`  co-agencies      ${pct(s.co)}`);
  console.log(`  product          ${pct(s.product)}`);
  console.log(`  deadline         ${pct(s.deadline)}  (precision only ${pct(s.deadlinePrecision)})${mark(s.deadline, TARGETS.deadline)}`);
  console.log(`  assigning doc    ${pct(s.assignedBy)}`);
  console.log(`  wording overlap  ${pct(s.wording)}  (mean token F1)`);
  if (values.verbose) {
    console.log(`\nMisses (${score.misses.length}):`);
    for (const m of score.misses) console.log(`  ${m.item}: “${m.anchor}” lead ${m.lead}; predicted there: ${m.predictedLeads.join(', ') || 'nothing'}`);
    console.log(`\nFalse positives (${score.falsePositives.length}):`);
    for (const f of score.falsePositives) console.log(`  ${f.item}: lead ${f.lead}; “${f.wording}” in “${f.text}”`);
    console.log(`\nField errors (${score.fieldErrors.length}):`);
    for (const e of score.fieldErrors) console.log(`  ${e.item} “${e.anchor}” ${e.field}: expected ${e.expected}, got ${e.got}`);
  }
}

const missed = s.precision < TARGETS.precision || s.recall < TARGETS.recall || s.lead < TARGETS.lead || s.deadline < TARGETS.deadline;
if (values.check && missed) process.exitCode = 1;
