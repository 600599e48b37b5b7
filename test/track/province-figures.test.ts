// The latest value of an indicator per province, on the map of its time, and ranks among provinces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUILTIN_PACK_DIR, loadPack } from '../../src/programme/load.ts';
import { latestByProvince, provinceResolver, rankFigures } from '../../src/track/province-figures.ts';
import type { Observation } from '../../src/track/observation.ts';

const pack = loadPack(BUILTIN_PACK_DIR);

let n = 0;
function obs(scope: string, asOf: string, value: number, extra: Partial<Observation> = {}): Observation {
  n++;
  return {
    id: n, key: `k${n}`, origin: 'pack', indicator: 'online_dossiers_share', scope, value, valueMax: null, unit: '%', qualifier: 'exact', stance: 'reported',
    asOf, asOfFrom: 'pack', reported: null, documentId: null, field: null, index: null, start: null, end: null, factText: null, sentence: null,
    sources: [], confidence: 1, extractorVersion: null, verified: true, note: null, review: null, ...extra,
  } as Observation;
}

test('a name resolves to the former province before 1 July 2025 and to the unit from that day', () => {
  const r = provinceResolver(pack.provinces);
  const before = r.resolve('province:Hải Phòng', '2025-06-30')!;
  assert.deepEqual([before.province.id, before.view], ['old-hai-phong', 'provinces63']);
  assert.equal(r.resolve('province:Hải Phòng', '2025-07-01')!.province.id, 'hai-phong');
  // A merged-away province keeps its own territory after the merger, under its unit.
  const after = r.resolve('province:Hải Dương', '2025-09-01')!;
  assert.equal(after.province.id, 'old-hai-duong');
  assert.equal(after.unit, 'hai-phong');
  // Spellings fold: without diacritics, other dashes, a former name.
  assert.equal(r.resolve('province:Ba Ria-Vung Tau', '2024-01-01')!.province.id, 'old-ba-ria-vung-tau');
  assert.equal(r.resolve('province:Thừa Thiên Huế', '2025-08-01')!.province.id, 'hue');
  assert.equal(r.resolve('national', '2025-08-01'), null);
  assert.equal(r.resolve('province:Atlantis', '2025-08-01'), null);
});

test('the latest reported value per province wins; targets, rejected and undated figures do not count', () => {
  const figures = latestByProvince(pack.provinces, [
    obs('province:Điện Biên', '2025-08-01', 40),
    obs('province:Điện Biên', '2025-10-01', 55),
    obs('province:Điện Biên', '2025-12-01', 99, { stance: 'target' }),
    obs('province:Điện Biên', '2025-11-01', 70, { review: { verdict: 'rejected' } as Observation['review'] }),
    obs('province:Hà Nội', '2025-10-01', 80),
    obs('province:Hà Nội', '2025-10-01', 81, { asOf: null }),
    obs('province:Hải Dương', '2024-12-31', 50),
  ], 'online_dossiers_share');
  const by = new Map(figures.map((f) => [f.province, f]));
  assert.equal(by.get('dien-bien')!.value, 55);
  assert.equal(by.get('dien-bien')!.count, 2);
  assert.equal(by.get('ha-noi')!.value, 80);
  assert.equal(by.get('old-hai-duong')!.view, 'provinces63');
  assert.equal(by.get('old-hai-duong')!.unit, 'hai-phong');
  assert.equal(figures.length, 3);
});

test('ranks follow the indicator\'s direction and equal values share a rank', () => {
  const figures = latestByProvince(pack.provinces, [obs('province:Hà Nội', '2025-10-01', 80), obs('province:Điện Biên', '2025-10-01', 55), obs('province:Sơn La', '2025-10-01', 80)], 'online_dossiers_share');
  const higher = rankFigures(figures, 'higher');
  assert.deepEqual([higher.get('ha-noi'), higher.get('son-la'), higher.get('dien-bien')], [1, 1, 3]);
  const lower = rankFigures(figures, 'lower');
  assert.deepEqual([lower.get('dien-bien'), lower.get('ha-noi')], [1, 2]);
});
