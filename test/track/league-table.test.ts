// The provinces side by side: src/track/league-table.ts over the built-in pack's 34 units and 63
// former provinces, with invented observations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUILTIN_PACK_DIR, loadPack } from '../../src/programme/load.ts';
import type { Aggregation, Pack } from '../../src/programme/schema.ts';
import { leagueTable, LeagueTableError, provincialIndicators } from '../../src/track/league-table.ts';
import { parseReportingPeriod } from '../../src/track/periods.ts';
import { obs } from './observation-fixture.ts';

const builtin = loadPack(BUILTIN_PACK_DIR);
const TODAY = '2025-11-01';

function packWith(indicator: string, aggregation: Aggregation, extra: object = {}): Pack {
  return { ...builtin, indicators: builtin.indicators.map((i) => (i.id === indicator ? { ...i, aggregation, ...extra } : i)) };
}

const stations = (value: number, asOf: string, province: string, extra = {}) => obs(value, asOf, { indicator: '5g_stations', unit: 'trạm', scope: `province:${province}`, ...extra });
const share = (value: number, asOf: string, province: string, extra = {}) => obs(value, asOf, { indicator: 'digital_economy_share', scope: `province:${province}`, ...extra });

test('34 units; a merged unit shows its former provinces, combined by sum when each has a value', () => {
  const table = leagueTable(packWith('5g_stations', 'sum'), '5g_stations', [
    stations(100, '2024', 'Tuyên Quang'), // the old province (before 01/07/2025)
    stations(50, '2024-12-31', 'Hà Giang'),
    stations(220, '2025-10', 'Tuyên Quang'), // the merged unit
    stations(80, '2025-03', 'Tuyên Quang'), // old Tuyên Quang again; Hà Giang has no 2025 value
    stations(900, '2025-10', 'Hà Nội'),
  ], TODAY);
  assert.equal(table.rows.length, 34);
  assert.equal(table.aggregation.rule, 'sum');
  assert.match(table.aggregation.statement.vi, /tổng/);
  const tq = table.rows.find((r) => r.unit.id === 'tuyen-quang')!;
  assert.deepEqual(tq.former.map((f) => [f.name, f.latest?.value, f.latest?.asOf]), [
    ['Tuyên Quang', 80, '2025-03'],
    ['Hà Giang', 50, '2024-12-31'],
  ]);
  assert.equal(tq.latest?.value, 220);
  assert.equal(tq.latest?.origin, 'unit');
  assert.equal(tq.previous?.value, 150, 'the 2024 sum: 2025 has no Hà Giang value, so no 2025 sum');
  assert.equal(tq.previous?.origin, 'aggregated');
  assert.equal(tq.previous?.keys.length, 2);
  assert.equal(tq.change, 70);
  assert.equal(tq.evidenceCount, 4);
  assert.equal(table.rows[0]?.unit.name, 'Hà Nội');
  assert.equal(table.rows[0]?.rank, 1);
  assert.equal(tq.rank, 2);
  assert.equal(table.ranked, 2);
  // Hà Nội is one former province: its values are its own, no former rows.
  assert.deepEqual(table.rows[0]?.former, []);
});

test('with aggregation none, former values are shown and never combined', () => {
  const table = leagueTable(packWith('5g_stations', 'none'), '5g_stations', [stations(100, '2024', 'Tuyên Quang'), stations(50, '2024', 'Hà Giang')], TODAY);
  const tq = table.rows.find((r) => r.unit.id === 'tuyen-quang')!;
  assert.equal(tq.latest, null);
  assert.equal(tq.rank, null);
  assert.equal(tq.status, 'no_data');
  assert.deepEqual(tq.former.map((f) => f.latest?.value), [100, 50]);
  assert.match(table.aggregation.statement.vi, /Không cộng gộp/);
});

test('a share is combined by its mean and judged against the national target as a benchmark', () => {
  const table = leagueTable(packWith('digital_economy_share', 'mean'), 'digital_economy_share', [share(12, '2024', 'Tuyên Quang'), share(8, '2024', 'Hà Giang'), share(40, '2025', 'Hà Nội')], TODAY);
  const tq = table.rows.find((r) => r.unit.id === 'tuyen-quang')!;
  assert.equal(tq.latest?.value, 10);
  assert.equal(tq.target?.from, 'national');
  assert.equal(tq.target?.value, 30);
  assert.match(tq.reason, /cả nước/);
  const hn = table.rows.find((r) => r.unit.id === 'ha-noi')!;
  assert.equal(hn.status, 'achieved');
});

test("a unit's own stated target comes before the national benchmark; a count has no benchmark", () => {
  const table = leagueTable(packWith('digital_economy_share', 'none'), 'digital_economy_share', [share(20, '2025-06-30', 'Hải Phòng'), share(35, '2025-12-31', 'Hải Phòng', { stance: 'target' })], TODAY);
  const hp = table.rows.find((r) => r.unit.name === 'Hải Phòng')!;
  assert.equal(hp.target?.from, 'stated');
  assert.equal(hp.target?.value, 35);
  assert.equal(hp.target?.deadline, '2025-12-31');
  assert.equal(hp.evidenceCount, 2);
  const counts = leagueTable(builtin, '5g_stations', [stations(420, '2025-10', 'Hải Phòng')], TODAY);
  const row = counts.rows.find((r) => r.unit.name === 'Hải Phòng')!;
  assert.equal(row.target, null);
  assert.equal(row.status, 'not_assessable', 'a value, but nothing to judge it against');
  assert.equal(counts.rows.find((r) => r.unit.name === 'Huế')!.status, 'no_data');
});

test('ranks follow the direction; equal values share a rank; rejected values are left out', () => {
  const rejected = { review: { verdict: 'rejected' as const, reviewer: 'an', at: '2025-11-01', note: null, original: null } };
  const table = leagueTable(builtin, '5g_stations', [
    stations(300, '2025-10', 'Huế'),
    stations(300, '2025-10', 'Cao Bằng'),
    stations(100, '2025-10', 'Sơn La'),
    stations(5000, '2025-10', 'Lai Châu', rejected),
  ], TODAY);
  assert.deepEqual(table.rows.slice(0, 3).map((r) => [r.unit.name, r.rank]), [['Cao Bằng', 1], ['Huế', 1], ['Sơn La', 3]]);
  assert.equal(table.rows.find((r) => r.unit.name === 'Lai Châu')!.latest, null);
  const lower = { ...builtin, indicators: builtin.indicators.map((i) => (i.id === '5g_stations' ? { ...i, direction: 'lower' as const } : i)) };
  assert.equal(leagueTable(lower, '5g_stations', [stations(300, '2025-10', 'Huế'), stations(100, '2025-10', 'Sơn La')], TODAY).rows[0]?.unit.name, 'Sơn La');
});

test('a period keeps a stock up to its end and a flow within it', () => {
  const values = [stations(100, '2025-03', 'Huế'), stations(200, '2025-09', 'Huế')];
  const h1 = parseReportingPeriod('2025-H1');
  assert.equal(leagueTable(builtin, '5g_stations', values, TODAY, h1).rows[0]?.latest?.value, 100);
  const flow = packWith('5g_stations', 'sum', { kind: 'flow' });
  const q3 = parseReportingPeriod('2025-Q3');
  assert.equal(leagueTable(flow, '5g_stations', values, TODAY, q3).rows[0]?.latest?.value, 200);
  assert.equal(leagueTable(flow, '5g_stations', values, TODAY, parseReportingPeriod('2025-Q2')).ranked, 0, 'nothing dated in Q2');
  assert.equal(leagueTable(builtin, '5g_stations', values, TODAY, q3).period?.label.vi, 'Quý III/2025');
});

test('an unknown indicator, or one without provincial figures, is refused', () => {
  assert.throws(() => leagueTable(builtin, 'no_such', [], TODAY), LeagueTableError);
  assert.throws(() => leagueTable(builtin, 'egdi_rank', [], TODAY), /theo tỉnh/);
});

test('indicators with provincial values, counted by unit', () => {
  const list = provincialIndicators(builtin, [stations(1, '2024', 'Tuyên Quang'), stations(2, '2024', 'Hà Giang'), stations(3, '2025-10', 'Huế'), obs(9, '2025', { indicator: '5g_stations' })]);
  assert.deepEqual(list.map((i) => [i.id, i.units, i.observations]), [['5g_stations', 2, 3]]);
});

test("a yearly flow's part-year provincial figure is shown but not judged", () => {
  const table = leagueTable(builtin, 'digital_economy_share', [share(20, '2025-06-30', 'Hà Nội')], TODAY);
  const hn = table.rows.find((r) => r.unit.id === 'ha-noi')!;
  assert.equal(hn.latest?.value, 20);
  assert.equal(hn.status, 'not_assessable');
  assert.equal(hn.statusLabel, 'chưa thể đánh giá');
});
