// Invariants over the project's seed texts: every quantity is a faithful slice, and nothing that
// is a date, code, year or time reaches the output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { findQuantities } from '../../src/extract/quantities.ts';
import { LEDES_SEED, PAGE_SEED } from '../helpers.ts';

const present = existsSync(LEDES_SEED) && existsSync(PAGE_SEED);
const lines = present
  ? [LEDES_SEED, PAGE_SEED].flatMap((f) => readFileSync(f, 'utf8').split('\n')).filter((l) => l.trim())
  : [];

test('seed quantities are slices of their line and never dates, codes, years or times', { skip: !present && 'seed files absent' }, () => {
  let count = 0;
  for (const line of lines) {
    for (const q of findQuantities(line)) {
      count++;
      assert.equal(line.slice(q.start, q.end), q.text);
      assert.ok(!/\d\/\d+\/|\d[-/]\p{Lu}|\d:\d\d|^\d{4}$/u.test(q.text), q.text);
      assert.ok(!(Number.isInteger(q.value) && q.value >= 1900 && q.value <= 2100 && !/[.,]/.test(q.text)), q.text);
    }
  }
  assert.ok(count > 10);
});

test('the quantities named in the brief are found in the seed page', { skip: !present && 'seed files absent' }, () => {
  const all = lines.flatMap((l) => findQuantities(l));
  const find = (text: string) => all.find((q) => q.text === text);
  assert.equal(find('12.106 trạm 5G')?.unit, 'trạm 5G');
  assert.equal(find('trên 73.000 doanh nghiệp công nghệ số')?.qualifier, 'more_than');
  assert.equal(find('hơn 26% dân số')?.unit, '% dân số');
  assert.equal(find('90% dân số')?.stance, 'target');
  assert.equal(find('từ 8%')?.stance, 'target');
  assert.equal(find('429/434 đại biểu')?.of, 434);
  assert.equal(find('90.70%')?.value, 90.7);
  assert.equal(find('khoảng 700.000 nhân sự mới')?.value, 700000);
  assert.equal(find('277 chuyên gia')?.unit, 'chuyên gia');
  assert.equal(find('35% GRDP')?.stance, 'target');
  for (const q of all) assert.ok(!/^(6 tháng|57|308|90 series|01|10,)/.test(q.text), q.text);
});
