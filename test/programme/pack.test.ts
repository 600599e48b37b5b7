// The programme pack: the built-in one is complete and valid; broken packs are refused with the
// file, line, path and field of every problem.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_PACK_DIR, loadPack } from '../../src/programme/load.ts';
import { PackError } from '../../src/programme/problems.ts';
import { tempDir } from '../helpers.ts';

const SHARED_FACTS = join(BUILTIN_PACK_DIR, '..', '..', '..', 'shared', 'facts');

function brokenCopy(t: Parameters<typeof tempDir>[0], edit: (dir: string) => void): string {
  const dir = join(tempDir(t), 'pack');
  cpSync(BUILTIN_PACK_DIR, dir, { recursive: true });
  edit(dir);
  return dir;
}

function problemsOf(dir: string): PackError['problems'] {
  try {
    loadPack(dir);
  } catch (error) {
    assert.ok(error instanceof PackError, String(error));
    return error.problems;
  }
  assert.fail('the pack was accepted');
}

function replaceIn(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  assert.notEqual(next, text, `${file}: "${String(from)}" not found`);
  writeFileSync(path, next);
}

test('the built-in pack is valid and holds the programme, its pillars and every section', () => {
  const pack = loadPack(BUILTIN_PACK_DIR);
  assert.equal(pack.programme.adoptedBy.document, '57-NQ/TW');
  assert.equal(pack.programme.adoptedBy.date, '2024-12-22');
  assert.ok(pack.programme.pillars.length >= 5);
  assert.equal(pack.provinces.filter((p) => p.kind === 'province').length, 34);
  assert.equal(pack.provinces.filter((p) => p.kind === 'former_province').length, 63);
  for (const former of pack.provinces.filter((p) => p.kind === 'former_province')) {
    assert.equal(former.mergedInto?.from, '2025-07-01', former.name);
  }
  const coverage = pack.targets.find((t) => t.id === '5g_population_coverage_2025');
  assert.deepEqual(
    { indicator: coverage?.indicator, comparator: coverage?.comparator, value: coverage?.value, deadline: coverage?.deadline },
    { indicator: '5g_population_coverage', comparator: '>=', value: 90, deadline: '2025-12-31' },
  );
  // Every row keeps its source, and rows the fact base marks unverified are flagged.
  for (const t of pack.targets) assert.ok(t.sources.length > 0, t.id);
  for (const o of pack.observations) assert.ok(o.sources.length > 0, o.indicator);
  assert.ok(pack.targets.some((t) => !t.verified));
  assert.match(pack.hash, /^[0-9a-f]{64}$/);
});

test('every implementing document and every province of the shared fact base is in the pack', (t) => {
  const md = join(SHARED_FACTS, 'nq57.md');
  const csv = join(SHARED_FACTS, 'provinces-2025.csv');
  if (!existsSync(md) || !existsSync(csv)) {
    t.skip(`the shared fact base is not at ${SHARED_FACTS}`);
    return;
  }
  const pack = loadPack(BUILTIN_PACK_DIR);
  const section3 = readFileSync(md, 'utf8').split('## 3.')[1]!.split('## 4.')[0]!;
  const ids = [...section3.matchAll(/^\| ([^|]+?) \| /gmu)].map((m) => m[1]!.trim()).filter((id) => id !== 'id' && !id.startsWith('---') && !id.startsWith('('));
  assert.ok(ids.length >= 20, `parsed ${ids.length} document ids`);
  const packIds = new Set(pack.documents.map((d) => d.id.normalize('NFC')));
  for (const id of ids) assert.ok(packIds.has(id.normalize('NFC')), `document ${id} missing from documents.yaml`);

  const units = readFileSync(csv, 'utf8').normalize('NFC').trim().split('\n').slice(1).map((l) => l.split(',')[0]!.trim());
  assert.equal(units.length, 34);
  const names = new Set(pack.provinces.filter((p) => p.kind === 'province').map((p) => p.name));
  for (const unit of units) {
    const name = unit === 'TP.HCM' || unit === 'TP. Hồ Chí Minh' ? 'Thành phố Hồ Chí Minh' : unit.replace(/\s*[–—-]\s*/gu, ' - ');
    assert.ok(names.has(name), `province ${unit} missing from provinces.yaml`);
  }
});

test('a YAML syntax error names the file and line', (t) => {
  const dir = brokenCopy(t, (d) => writeFileSync(join(d, 'targets.yaml'), 'targets:\n  - id: a\n    name: [unclosed\n'));
  const [problem] = problemsOf(dir);
  assert.equal(problem?.file, 'targets.yaml');
  assert.ok(problem?.line !== null && problem!.line >= 3, `line ${problem?.line}`);
  assert.match(problem!.message, /YAML syntax/);
});

test('a schema error names file, line, path and what was expected; every problem is listed', (t) => {
  const dir = brokenCopy(t, (d) => {
    replaceIn(d, 'targets.yaml', /comparator: '>='/, "comparator: '≥'");
    replaceIn(d, 'observations.yaml', /asOf: '2025-10'/, "asOf: '10/2025'");
  });
  const problems = problemsOf(dir);
  assert.equal(problems.length, 2, JSON.stringify(problems));
  const target = problems.find((p) => p.file === 'targets.yaml')!;
  assert.match(target.path, /^targets\[\d+\]\.comparator$/);
  const lines = readFileSync(join(dir, 'targets.yaml'), 'utf8').split('\n');
  assert.match(lines[target.line! - 1]!, /comparator: '≥'/);
  const observation = problems.find((p) => p.file === 'observations.yaml')!;
  assert.match(observation.path, /^observations\[\d+\]\.asOf$/);
  assert.match(observation.message, /ISO date/);
  assert.match(readFileSync(join(dir, 'observations.yaml'), 'utf8').split('\n')[observation.line! - 1]!, /10\/2025/);
});

test('cross-references are checked: unknown indicator, agency and province, duplicate ids', (t) => {
  const dir = brokenCopy(t, (d) => {
    replaceIn(d, 'targets.yaml', /indicator: 5g_population_coverage\n/, 'indicator: 5g_coverage_typo\n');
    replaceIn(d, 'observations.yaml', /scope: agency:viettel/, 'scope: agency:no-such-agency');
    replaceIn(d, 'observations.yaml', /scope: province:Hải Phòng/, 'scope: province:Hải Phong');
    const indicators = readFileSync(join(d, 'indicators.yaml'), 'utf8');
    writeFileSync(join(d, 'indicators.yaml'), indicators.replace('  - id: st_firms\n', '  - id: hightech_firms\n'));
  });
  const messages = problemsOf(dir).map((p) => `${p.file}:${p.line}: ${p.path}: ${p.message}`);
  assert.ok(messages.some((m) => /^targets\.yaml:\d+: targets\[\d+\]\.indicator: unknown indicator "5g_coverage_typo"/.test(m)), messages.join('\n'));
  assert.ok(messages.some((m) => /observations\.yaml:\d+: .*scope: unknown agency "no-such-agency"/.test(m)), messages.join('\n'));
  assert.ok(messages.some((m) => /unknown province "Hải Phong"/.test(m)), messages.join('\n'));
  assert.ok(messages.some((m) => /indicators\.yaml:\d+: indicators\[\d+\]\.id: duplicate id "hightech_firms"/.test(m)), messages.join('\n'));
});

test('a pack without programme.yaml, or with an unknown file or field, is refused', (t) => {
  const missing = brokenCopy(t, (d) => rmSync(join(d, 'programme.yaml')));
  assert.ok(problemsOf(missing).some((p) => p.file === 'programme.yaml' && /missing/.test(p.message)));
  const unknownFile = brokenCopy(t, (d) => writeFileSync(join(d, 'target.yaml'), 'targets: []\n'));
  assert.ok(problemsOf(unknownFile).some((p) => p.file === 'target.yaml' && /unknown pack file/.test(p.message)));
  const unknownField = brokenCopy(t, (d) => replaceIn(d, 'programme.yaml', /^programme:\n/m, 'programme:\n  colour: red\n'));
  const [problem] = problemsOf(unknownField);
  assert.equal(problem?.file, 'programme.yaml');
  assert.match(problem!.message, /colour|unrecognized/i);
});

test('a target with a value needs a comparator and an indicator; a range needs its upper end', (t) => {
  const dir = brokenCopy(t, (d) =>
    writeFileSync(
      join(d, 'targets.yaml'),
      [
        'targets:',
        '  - id: no-comparator',
        '    indicator: 5g_stations',
        '    name: { vi: Thiếu phép so sánh }',
        '    value: 10',
        "    deadline: '2030'",
        "    setBy: '57-NQ/TW'",
        "    sources: ['https://example.org/a']",
        '    verified: true',
        '  - id: bad-range',
        '    indicator: 5g_stations',
        '    name: { vi: Khoảng sai }',
        '    comparator: between',
        '    value: 10',
        '    valueMax: 5',
        "    deadline: '2030'",
        "    setBy: '57-NQ/TW'",
        "    sources: ['https://example.org/a']",
        '    verified: true',
        '',
      ].join('\n'),
    ),
  );
  const problems = problemsOf(dir);
  assert.ok(problems.some((p) => p.path === 'targets[0].comparator' && p.line === 2), JSON.stringify(problems));
  assert.ok(problems.some((p) => p.path === 'targets[1].valueMax' && p.line === 15), JSON.stringify(problems));
});
