import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderProvinces } from '../../scripts/gen-provinces.ts';
import { PROVINCIAL_UNITS, CROSSWALK_DATE } from '../../src/extract/gazetteer/provinces.ts';
import { placeIndex, unitAtDate } from '../../src/extract/gazetteer/places.ts';
import { canonicalTones, nameKey } from '../../src/extract/names/tone-key.ts';
import { tokenize } from '../../src/extract/names/tokens.ts';
import { PhraseIndex } from '../../src/extract/names/phrase-index.ts';

test('the generated crosswalk has 34 units formed from 63 provinces, each old province once', () => {
  assert.equal(PROVINCIAL_UNITS.length, 34);
  const old = PROVINCIAL_UNITS.flatMap((u) => u.mergedFrom);
  assert.equal(old.length, 63);
  assert.equal(new Set(old).size, 63);
  assert.equal(CROSSWALK_DATE, '2025-07-01');
  assert.equal(PROVINCIAL_UNITS.filter((u) => u.type === 'city').length, 6);
});

test('every unit keeps its own name among the provinces it was formed from', () => {
  for (const unit of PROVINCIAL_UNITS) assert.ok(unit.mergedFrom.includes(unit.name), unit.name);
});

test('old and new tone placement give the same key', () => {
  assert.equal(canonicalTones('Hoà Bình'), 'Hòa Bình');
  assert.equal(canonicalTones('Thuỷ'), 'Thủy');
  assert.equal(canonicalTones('Khánh Hoà'), 'Khánh Hòa');
  assert.equal(nameKey('Thanh Hoá'), nameKey('Thanh Hóa'));
  assert.equal(nameKey('khoẻ'), nameKey('khỏe'));
});

test('canonical tones leave syllables whose tone seat is not in question untouched', () => {
  for (const word of ['Nguyễn', 'người', 'quý', 'già', 'giữ', 'Huế', 'hoàng', 'toán', 'của', 'khuỷu']) {
    assert.equal(canonicalTones(word), word);
  }
});

test('tokens keep offsets into the original text', () => {
  const text = 'Tại TP.HCM, Bộ KH&CN họp.';
  for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end), t.text);
});

test('the phrase index prefers the longest alias and honours capitals', () => {
  const index = new PhraseIndex<string>();
  index.add('Thái Bình', 'province');
  index.add('Thái Bình Dương', 'ocean');
  assert.equal(index.matchAt(tokenize('Thái Bình Dương'), 0)?.value, 'ocean');
  assert.equal(index.matchAt(tokenize('Thái Bình'), 0)?.value, 'province');
  assert.equal(index.matchAt(tokenize('thái bình'), 0), null);
});

test('place aliases resolve to canonical names and today\'s unit', () => {
  const lookup = (s: string) => placeIndex().matchAt(tokenize(s), 0)?.value;
  assert.equal(lookup('TP.HCM')?.name, 'Thành phố Hồ Chí Minh');
  assert.equal(lookup('TP HCM')?.name, 'Thành phố Hồ Chí Minh');
  assert.equal(lookup('TPHCM')?.name, 'Thành phố Hồ Chí Minh');
  assert.equal(lookup('Sài Gòn')?.name, 'Thành phố Hồ Chí Minh');
  assert.equal(lookup('Hoà Bình')?.unit, 'Phú Thọ');
  assert.equal(lookup('Nam Định')?.unit, 'Ninh Bình');
  assert.equal(lookup('Bà Rịa–Vũng Tàu')?.unit, 'Thành phố Hồ Chí Minh');
  assert.equal(lookup('Hà Nội')?.placeType, 'city');
  assert.equal(lookup('Bình Dương')?.placeType, 'province');
});

test('the unit at a date is the old province before the crosswalk and the new unit from it', () => {
  const namDinh = { name: 'Nam Định', placeType: 'province' as const, unit: 'Ninh Bình' };
  assert.equal(unitAtDate(namDinh, '2025-06-30T23:00:00+07:00'), 'Nam Định');
  assert.equal(unitAtDate(namDinh, '2025-07-01'), 'Ninh Bình');
  assert.equal(unitAtDate(namDinh, null), null);
  assert.equal(unitAtDate({ name: 'Nhật Bản', placeType: 'country', unit: null }, '2025-01-01'), null);
});

test('the committed provinces module is what the generator makes from the shared CSV', (t) => {
  const csvPath = fileURLToPath(new URL('../../../shared/facts/provinces-2025.csv', import.meta.url));
  if (!existsSync(csvPath)) {
    t.skip(`shared CSV not found at ${csvPath}`);
    return;
  }
  const committed = readFileSync(fileURLToPath(new URL('../../src/extract/gazetteer/provinces.ts', import.meta.url)), 'utf8');
  assert.equal(renderProvinces(readFileSync(csvPath, 'utf8')), committed);
});

test('the generator refuses a CSV that does not give 34 units from 63 provinces', () => {
  assert.throws(() => renderProvinces('new_unit,type,merged_from\nHà Nội,city,(unchanged)\n'), /expected 34 units/u);
});
