// The programme model: indicators' layer, owner, kind, frequency, baseline and aggregation, targets'
// milestones. The built-in pack fills them from its sources; older packs without them still load;
// mistakes are named by file, line and field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_PACK_DIR, loadPack } from '../../src/programme/load.ts';
import { PackError, formatProblem } from '../../src/programme/problems.ts';
import { aggregationOf, indicatorKindOf } from '../../src/programme/schema.ts';
import { tempDir } from '../helpers.ts';

function problemsOf(dir: string): string[] {
  try {
    loadPack(dir);
  } catch (error) {
    assert.ok(error instanceof PackError, String(error));
    return error.problems.map(formatProblem);
  }
  assert.fail('the pack was accepted');
}

test('the built-in pack gives owners, layers, baselines and milestones, each with its source', () => {
  const pack = loadPack(BUILTIN_PACK_DIR);
  const agencies = new Set([...pack.agencies, ...pack.provinces].map((a) => a.id));
  const owned = pack.indicators.filter((i) => i.owner);
  assert.ok(owned.length >= 20, `${owned.length} owners`);
  for (const i of owned) {
    assert.ok(agencies.has(i.owner!.agency), i.id);
    assert.match(i.owner!.source ?? '', /^https:\/\//, `${i.id}: owner source`);
  }
  assert.equal(pack.indicators.find((i) => i.id === 'st_budget_share')?.owner?.agency, 'bo-tai-chinh');
  assert.equal(pack.indicators.find((i) => i.id === 'rd_spending_share')?.owner?.agency, 'bo-khcn');
  for (const i of pack.indicators.filter((x) => x.baseline)) assert.match(i.baseline!.source, /^https:\/\//, `${i.id}: baseline source`);
  assert.deepEqual(pack.indicators.find((i) => i.id === 'digital_economy_share')?.baseline?.value, 13.17);
  assert.ok(pack.indicators.some((i) => i.layer === 'strategic') && pack.indicators.some((i) => i.layer === 'operational'));
  // Unknown stays unknown: indicators no source speaks for have no owner.
  assert.equal(pack.indicators.find((i) => i.id === 'bcdtw_tasks_completed')?.owner, undefined);
  const coverage = pack.targets.find((t) => t.id === '5g_population_coverage_2030');
  assert.deepEqual(coverage?.milestones?.map((m) => [m.deadline, m.value, m.source]), [['2025-12-31', 90, 'https://menafn.com/1109807595/Vietnam-reveals-plans-to-widen-nationwide-5G']]);
  for (const t of pack.targets) for (const m of t.milestones ?? []) assert.match(m.source, /^https:\/\//, t.id);
  // A share is never summed over provinces.
  for (const i of pack.indicators) if (i.unit.startsWith('%')) assert.notEqual(i.aggregation, 'sum', i.id);
});

test('a pack written before the model still loads, with the documented defaults', (t) => {
  const dir = join(tempDir(t), 'old');
  mkdirSync(dir);
  writeFileSync(join(dir, 'programme.yaml'), "programme:\n  id: old\n  name: { vi: Chương trình cũ }\n  adoptedBy: { document: '1/NQ', date: '2020' }\n  pillars: [{ id: p, name: { vi: Trụ cột } }]\n");
  writeFileSync(join(dir, 'indicators.yaml'), 'indicators:\n  - id: x\n    name: { vi: Chỉ số }\n    unit: trạm\n    direction: higher\n');
  writeFileSync(join(dir, 'targets.yaml'), "targets:\n  - id: tx\n    indicator: x\n    name: { vi: Mục tiêu }\n    comparator: '>='\n    value: 5\n    deadline: '2030'\n    setBy: '1/NQ'\n    sources: ['https://example.org']\n    verified: true\n");
  const pack = loadPack(dir);
  const x = pack.indicators[0]!;
  assert.equal(x.layer, undefined);
  assert.equal(x.owner, undefined);
  assert.equal(indicatorKindOf(x), 'stock');
  assert.equal(aggregationOf(x), 'none');
  assert.equal(pack.targets[0]?.milestones, undefined);
});

test('an owner may be a bare agency id', (t) => {
  const dir = join(tempDir(t), 'pack');
  cpSync(BUILTIN_PACK_DIR, dir, { recursive: true });
  const path = join(dir, 'indicators.yaml');
  writeFileSync(path, readFileSync(path, 'utf8').replace('  - id: st_firms\n', '  - id: st_firms\n    owner: bo-khcn\n'));
  assert.deepEqual(loadPack(dir).indicators.find((i) => i.id === 'st_firms')?.owner, { agency: 'bo-khcn', verified: true });
});

test('mistakes in the model are named by file, line and field', (t) => {
  const dir = join(tempDir(t), 'pack');
  cpSync(BUILTIN_PACK_DIR, dir, { recursive: true });
  const edit = (file: string, from: string, to: string) => {
    const text = readFileSync(join(dir, file), 'utf8');
    assert.ok(text.includes(from), `${file}: ${from}`);
    writeFileSync(join(dir, file), text.replace(from, to));
  };
  edit('indicators.yaml', '  - id: st_firms\n', "  - id: st_firms\n    layer: tactical\n    frequency: weekly\n    baseline: { value: 1, date: '2025' }\n");
  edit('indicators.yaml', '  - id: hightech_firms\n', '  - id: hightech_firms\n    owner: { agency: bo-khong-co }\n');
  edit('indicators.yaml', '  - id: tfp_share\n', '  - id: tfp_share\n    aggregation: sum\n');
  edit('targets.yaml', "      - deadline: '2025-12-31'\n        value: 90\n", "      - deadline: '2031'\n        value: 90\n");
  edit('targets.yaml', "    description: 5G available across the whole country; the resolution gives no percentage.\n", "    description: 5G available across the whole country; the resolution gives no percentage.\n    milestones: [{ deadline: '2025', value: 90, source: 'https://example.org' }]\n");
  const problems = problemsOf(dir);
  const has = (pattern: RegExp) => assert.ok(problems.some((p) => pattern.test(p)), `${pattern}\n${problems.join('\n')}`);
  has(/^indicators\.yaml:\d+: indicators\[\d+\]\.layer: /);
  has(/^indicators\.yaml:\d+: indicators\[\d+\]\.frequency: /);
  has(/^indicators\.yaml:\d+: indicators\[\d+\]\.baseline\.source: /);
  has(/^targets\.yaml:\d+: targets\[\d+\]\.milestones\[0\]\.deadline: a milestone must fall before the target's deadline/);
  has(/^targets\.yaml:\d+: targets\[\d+\]\.milestones: milestones need a target with a value/);
  // Cross-references are checked once every file fits its schema.
  const fixed = join(tempDir(t), 'pack2');
  cpSync(BUILTIN_PACK_DIR, fixed, { recursive: true });
  const ind = join(fixed, 'indicators.yaml');
  writeFileSync(ind, readFileSync(ind, 'utf8').replace('  - id: hightech_firms\n', '  - id: hightech_firms\n    owner: { agency: bo-khong-co }\n').replace('  - id: tfp_share\n', '  - id: tfp_share\n    aggregation: sum\n'));
  const cross = problemsOf(fixed);
  assert.ok(cross.some((p) => /^indicators\.yaml:\d+: indicators\[\d+\]\.owner\.agency: unknown agency "bo-khong-co"/.test(p)), cross.join('\n'));
  assert.ok(cross.some((p) => /^indicators\.yaml:\d+: indicators\[\d+\]\.aggregation: a share \(%\) cannot be summed/.test(p)), cross.join('\n'));
});
