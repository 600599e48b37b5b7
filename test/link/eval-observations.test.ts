// The vn-observations scorer: gold and predicted observations paired by the number's place in the
// text and the indicator; precision and recall count scope, stance and value; dates agree when
// they end on the same day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { precision, recall, sameDate, scoreText, tally, type GoldObservation, type PredictedObservation } from '../../src/link/eval/vn-observations.ts';

const TEXT = 'Tiêu đề: Lào Cai có 210 trạm 5G\n\nĐến hết tháng 9/2025, toàn tỉnh có 210 trạm 5G.  Tỉnh phấn đấu   đến năm 2026 đạt 400 trạm 5G.';

const gold = (text: string, sentence: string, extra: Partial<GoldObservation> = {}): GoldObservation => ({
  indicator: '5g_stations',
  scope: 'province:Lào Cai',
  value: Number(/^[\d.]+/.exec(text)![0].replace(/\./g, '')),
  valueMax: null,
  qualifier: 'exact',
  stance: 'reported',
  asOf: '2025-09',
  text,
  sentence,
  ...extra,
});

/** A prediction pointing into a field whose text is `field`, at the first `fact` in it. */
const predicted = (field: string, fact: string, extra: Partial<PredictedObservation> = {}): PredictedObservation => ({
  indicator: '5g_stations',
  scope: 'province:Lào Cai',
  value: Number(/^[\d.]+/.exec(fact)![0].replace(/\./g, '')),
  valueMax: null,
  qualifier: 'exact',
  stance: 'reported',
  asOf: '2025-09-30',
  fieldText: field,
  start: field.indexOf(fact),
  end: field.indexOf(fact) + fact.length,
  factText: fact,
  sentence: field,
  ...extra,
});

const BODY = 'Đến hết tháng 9/2025, toàn tỉnh có 210 trạm 5G. Tỉnh phấn đấu đến năm 2026 đạt 400 trạm 5G.';

test('pairs by the number\'s place, not its value: the title\'s 210 is not the body\'s', () => {
  const golds = [
    gold('210 trạm', 'Đến hết tháng 9/2025, toàn tỉnh có 210 trạm 5G.'),
    gold('400 trạm', 'Tỉnh phấn đấu   đến năm 2026 đạt 400 trạm 5G.', { stance: 'target', asOf: '2026' }),
  ];
  const preds = [
    predicted('Tiêu đề: Lào Cai có 210 trạm 5G', '210 trạm 5G'),
    predicted(BODY, '210 trạm 5G'),
    predicted(BODY, '400 trạm 5G', { stance: 'target', asOf: '2026-12-31' }),
  ];
  const s = scoreText('t', TEXT, golds, preds);
  assert.equal(s.pairs.length, 2);
  assert.equal(s.falsePositives.length, 1, 'the title was not annotated');
  assert.equal(s.falsePositives[0]!.fieldText.startsWith('Tiêu đề'), true);
  assert.ok(s.pairs.every((p) => p.date), '2025-09 and 2025-09-30, 2026 and 2026-12-31 end on the same day');
  const { all } = tally([s]);
  assert.deepEqual([all.correct, all.predicted, all.gold], [2, 3, 2]);
  assert.equal(precision(all), 2 / 3);
  assert.equal(recall(all), 1);
});

test('a wrong scope or stance is a miss and a false positive for P/R, and counted in the accuracies', () => {
  const s = scoreText('t', TEXT, [gold('210 trạm', 'Đến hết tháng 9/2025, toàn tỉnh có 210 trạm 5G.')], [predicted(BODY, '210 trạm 5G', { scope: 'national' })]);
  const { all } = tally([s]);
  assert.deepEqual([all.correct, all.paired, all.scope.hit, all.scope.total, all.stance.hit], [0, 1, 0, 1, 1]);
  assert.equal(precision(all), 0);
  assert.equal(recall(all), 0);
});

test('another indicator on the same number does not pair', () => {
  const s = scoreText('t', TEXT, [gold('210 trạm', 'Đến hết tháng 9/2025, toàn tỉnh có 210 trạm 5G.')], [predicted(BODY, '210 trạm 5G', { indicator: '5g_new_stations_operator' })]);
  assert.deepEqual([s.pairs.length, s.misses.length, s.falsePositives.length], [0, 1, 1]);
});

test('a gold sentence missing from the text is reported, not silently dropped', () => {
  const s = scoreText('t', TEXT, [gold('999 trạm', 'Câu không có trong bài 999 trạm.')], []);
  assert.equal(s.unlocated.length, 1);
  assert.equal(s.misses.length, 1);
});

test('dates agree when equal or ending on the same day; null only with null', () => {
  assert.ok(sameDate('2030', '2030-12-31'));
  assert.ok(sameDate('2025-10', '2025-10-31'));
  assert.ok(!sameDate('2025', '2025-10'));
  assert.ok(sameDate(null, null));
  assert.ok(!sameDate(null, '2025'));
});
