// The task gold's scorer, and the tuning part of the gold against the targets (the held-out
// part is scored only by `npm run eval:tasks -- --heldout`, never by a test, so that nothing tunes to it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractTasks, type TaskMention } from '../../src/extract/tasks/index.ts';
import {
  agencyKey, documentOf, emptyScore, goldAgencyKey, parseTaskGold, scoreItem, summary, TARGETS, wordingOverlap, type GoldItem,
} from '../../src/extract/tasks/score.ts';
import { REPO } from '../helpers.ts';

const item: GoldItem = {
  id: 'x',
  published: '2025-03-01',
  body: ['Giao Bộ Tài chính chủ trì xây dựng Nghị định về quỹ đầu tư, trình Chính phủ trong quý II/2025.'],
  tasks: [{ paragraph: 0, anchor: 'Bộ Tài chính', wording: 'xây dựng Nghị định về quỹ đầu tư', lead: 'bo-tai-chinh', co: [], product: 'nghi_dinh', deadline: '2025-06-30/quarter', assignedBy: null }],
};

function predicted(): TaskMention[] {
  const { doc, ctx } = documentOf(item);
  return extractTasks(doc, ctx);
}

test('a prediction matches when its span overlaps the anchor and its lead agrees; fields are compared', () => {
  const score = emptyScore();
  scoreItem(item, predicted(), score);
  const s = summary(score);
  assert.deepEqual([score.gold, score.predicted, score.matched], [1, 1, 1]);
  assert.deepEqual([s.precision, s.recall, s.lead, s.product, s.deadline, s.co, s.wording], [1, 1, 1, 1, 1, 1, 1]);
});

test('a wrong lead is a miss and a false positive, and counts against lead accuracy', () => {
  const score = emptyScore();
  scoreItem({ ...item, tasks: [{ ...item.tasks[0]!, lead: 'bo-khcn' }] }, predicted(), score);
  const s = summary(score);
  assert.deepEqual([score.matched, score.spanMatched, score.leadAgrees, score.misses.length, score.falsePositives.length], [0, 1, 0, 1, 1]);
  assert.equal(s.lead, 0);
});

test('a span elsewhere does not match', () => {
  const score = emptyScore();
  const moved = predicted().map((t) => ({ ...t, index: 1 }));
  scoreItem(item, moved, score);
  assert.deepEqual([score.matched, score.spanMatched], [0, 0]);
});

test('field errors are listed by name', () => {
  const score = emptyScore();
  scoreItem({ ...item, tasks: [{ ...item.tasks[0]!, deadline: '2025-06-30/month', product: null }] }, predicted(), score);
  assert.deepEqual(score.fieldErrors.map((e) => e.field).sort(), ['deadline', 'product']);
  assert.equal(summary(score).deadline, 0);
});

test('agency keys: pack ids, groups, folded names', () => {
  assert.equal(goldAgencyKey('bo-khcn'), 'bo-khcn');
  assert.equal(goldAgencyKey('nhom:dia-phuong'), 'nhom:dia-phuong');
  assert.equal(goldAgencyKey('Sở Y tế tỉnh Điện Biên'), 'name:so y te tinh dien bien');
  const span = { field: 'body' as const, index: 0, start: 0, end: 1, text: 'x' };
  assert.equal(agencyKey({ name: 'Sở Y tế tỉnh Điện Biên', agencyId: null, group: null, span }), 'name:so y te tinh dien bien');
  assert.equal(agencyKey({ name: 'các bộ, ngành', agencyId: null, group: 'bo-nganh', span }), 'nhom:bo-nganh');
});

test('wording overlap is a token F1, case and diacritics aside', () => {
  assert.equal(wordingOverlap('Xây dựng Nghị định', 'xây dựng nghị định'), 1);
  assert.equal(wordingOverlap('xây dựng', 'xây dựng Nghị định'), 2 * (1 * 0.5) / 1.5);
  assert.equal(wordingOverlap('a', 'b'), 0);
});

test('a gold file with an anchor missing from its paragraph is refused with the item named', () => {
  assert.throws(() => parseTaskGold({ items: [{ ...item, tasks: [{ ...item.tasks[0]!, anchor: 'Bộ Y tế' }] }] }, 'g.json'), /item x: anchor “Bộ Y tế”/);
  assert.throws(() => parseTaskGold({ items: [{ ...item, tasks: [{ ...item.tasks[0]!, deadline: 'Q2' }] }] }, 'g.json'), /g\.json: items\.0\.tasks\.0\.deadline/);
});

test('the tuning gold meets the issue\'s targets', () => {
  const path = join(REPO, 'test/gold/tasks/tuning.json');
  const gold = parseTaskGold(JSON.parse(readFileSync(path, 'utf8')) as unknown, path);
  const score = emptyScore();
  for (const g of gold.items) {
    const { doc, ctx } = documentOf(g);
    scoreItem(g, extractTasks(doc, ctx), score);
  }
  const s = summary(score);
  assert.ok(score.gold >= 60 && score.goldRows >= 10, 'the gold holds at least 60 tasks and 10 table rows');
  assert.ok(s.precision >= TARGETS.precision, `precision ${s.precision}`);
  assert.ok(s.recall >= TARGETS.recall, `recall ${s.recall}`);
  assert.ok(s.lead >= TARGETS.lead, `lead ${s.lead}`);
  assert.ok(s.deadline >= TARGETS.deadline, `deadline ${s.deadline}`);
});
