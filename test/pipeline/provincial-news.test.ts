// Issue 12 acceptance: three provincial news texts (written for this test, in the shapes the issue
// reports) uploaded as a user would. A provincial story must never move the national picture: no
// national value, no conflict, targets with the deadlines the texts give, estimates as reported
// values, and each province's online-dossier rate linked to that province.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.ts';
import { ingestPaths } from '../../src/pipeline/ingest.ts';
import { syncProgramme } from '../../src/pipeline/track.ts';
import { BUILTIN_PACK_DIR, loadPack } from '../../src/programme/load.ts';
import { programmeStatus } from '../../src/track/programme-status.ts';
import { findConflicts } from '../../src/track/conflicts.ts';
import { periodEnd } from '../../src/text/periods.ts';
import { byDate } from '../../src/track/dates.ts';
import { tempDir } from '../helpers.ts';

const DIEN_BIEN_5G = `Điện Biên: mạng 5G đã phủ sóng khoảng 31% dân số
12/11/2025 08:30
Hạ tầng viễn thông của tỉnh Điện Biên tiếp tục được mở rộng trong năm 2025, nhất là ở các xã vùng cao.
Cuối năm 2024, toàn tỉnh mới có 86 trạm 5G. Đến hết tháng 10/2025, con số này đã là 420 trạm 5G, phủ sóng khoảng 31% dân số.
Tỉnh phấn đấu đến năm 2026 có 75% dân số được phủ sóng 5G.
`;

const DOSSIERS = `Tỷ lệ hồ sơ trực tuyến của các địa phương 9 tháng đầu năm
05/10/2025 16:10
Theo số liệu của Cổng Dịch vụ công quốc gia, trong 9 tháng đầu năm 2025, tỷ lệ hồ sơ nộp trực tuyến của tỉnh Điện Biên đạt 46,5%.
Cùng kỳ, tỷ lệ này của thành phố Cần Thơ là 58,3%, cao hơn nhiều địa phương trong vùng.
`;

const CAN_THO = `Cần Thơ: kinh tế số ước đạt 15,2% GRDP
20/12/2025 10:00
Năm 2025, tỷ trọng kinh tế số trong GRDP của thành phố Cần Thơ ước đạt 15,2%, tăng so với năm trước.
Thành phố phấn đấu đến năm 2026 kinh tế số chiếm 18% GRDP, đến năm 2030 đạt 30% GRDP.
`;

async function uploaded(t: Parameters<typeof tempDir>[0]) {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'dien-bien-5g.txt'), DIEN_BIEN_5G);
  writeFileSync(join(dir, 'ho-so-truc-tuyen.txt'), DOSSIERS);
  writeFileSync(join(dir, 'can-tho-kinh-te-so.txt'), CAN_THO);
  const store = await openStore(':memory:');
  t.after(() => store.close());
  const summary = await ingestPaths([dir], store);
  assert.equal(summary.rejected.length, 0, JSON.stringify(summary.rejected));
  const pack = loadPack(BUILTIN_PACK_DIR);
  await syncProgramme(store, pack, { actor: 'test' });
  const extracted = (await store.programme.observations()).filter((o) => o.origin === 'extracted');
  return { store, pack, extracted };
}

test('three provincial stories: no national value, no conflict', async (t) => {
  const { store, pack, extracted } = await uploaded(t);
  assert.ok(extracted.length >= 9, extracted.map((o) => `${o.indicator} ${o.value}`).join('; '));
  assert.deepEqual(
    extracted.filter((o) => !o.scope.startsWith('province:')).map((o) => [o.indicator, o.value, o.scope, o.sentence]),
    [],
    'every figure is a province\'s',
  );
  assert.deepEqual(findConflicts(extracted), []);
  const status = programmeStatus(pack, await store.programme.observations(), '2026-01-15');
  assert.deepEqual(status.conflicts.filter((c) => c.scope !== 'agency:viettel'), [], 'the pack\'s own rows and the stories do not conflict');
  const coverage = status.targets.find((a) => a.target.id === '5g_population_coverage_2025')!;
  assert.ok(coverage.evidence.every((o) => o.origin === 'pack'), 'the national 5G target sees no provincial figure');
});

test('targets keep the deadlines the texts give; the current year\'s estimate is a reported value', async (t) => {
  const { extracted } = await uploaded(t);
  const targets = extracted.filter((o) => o.stance === 'target').map((o) => [o.indicator, o.scope, o.value, o.asOf && periodEnd(o.asOf)]);
  assert.deepEqual(targets.sort(), [
    ['5g_population_coverage', 'province:Điện Biên', 75, '2026-12-31'],
    ['digital_economy_share', 'province:Cần Thơ', 18, '2026-12-31'],
    ['digital_economy_share', 'province:Cần Thơ', 30, '2030-12-31'],
  ]);
  const estimates = extracted.filter((o) => o.indicator === 'digital_economy_share' && o.value === 15.2);
  assert.equal(estimates.length, 2, 'the title and the body');
  for (const o of estimates) assert.deepEqual([o.stance, o.qualifier, o.scope, o.asOf], ['reported', 'about', 'province:Cần Thơ', '2025']);
});

test('5G counts and coverage are Điện Biên\'s, each with its own date; dossier rates go to their provinces', async (t) => {
  const { extracted } = await uploaded(t);
  // The store lists by insertion; the series a chart draws is in date order (track/status.ts).
  const stations = extracted.filter((o) => o.indicator === '5g_stations').sort((a, b) => byDate(a.asOf!, b.asOf!));
  assert.deepEqual(stations.map((o) => [o.value, o.scope, o.stance, o.asOf && periodEnd(o.asOf)]), [
    [86, 'province:Điện Biên', 'reported', '2024-12-31'],
    [420, 'province:Điện Biên', 'reported', '2025-10-31'],
  ]);
  const coverage = extracted.filter((o) => o.indicator === '5g_population_coverage' && o.stance === 'reported');
  assert.deepEqual([...new Set(coverage.map((o) => `${o.scope} ${o.value} ${o.qualifier}`))], ['province:Điện Biên 31 about']);
  const dossiers = extracted.filter((o) => o.indicator === 'online_dossiers_share').sort((a, b) => a.value - b.value);
  assert.deepEqual(dossiers.map((o) => [o.scope, o.value, o.asOf && periodEnd(o.asOf)]), [
    ['province:Điện Biên', 46.5, '2025-09-30'],
    ['province:Cần Thơ', 58.3, '2025-09-30'],
  ]);
});
