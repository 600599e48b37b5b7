// The vn-pages scoring rule (../shared/eval/vn-pages/README.md, "Scoring") on small hand-made cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyDocument } from '../../src/structure/document.ts';
import { pool, scoreKind, scorePage, type VnPageGold } from '../../src/extract/eval/vn-pages.ts';
import type { DocumentFacts, QuantityMention } from '../../src/extract/facts.ts';

const gold: VnPageGold = {
  id: 'x',
  title: 'Cà Mau phủ sóng Wi-Fi miễn phí',
  published: '2025-11-20T07:45',
  author: null,
  body_must: ['lắp đặt 120 điểm phát Wi-Fi', 'mỗi điểm phát phục vụ khoảng 200 người'],
  boilerplate_must_not: ['Theo dõi trên Google News', 'Ảnh: MK'],
  captions: [],
  persons: ['Lê Thị Thu'],
  organizations: [['Sở Khoa học và Công nghệ', 'Sở KH&CN']],
  places: ['Cà Mau'],
  legal_refs: ['57-NQ/TW'],
  laws: [],
  dates: [{ text: '18/11', value: '2025-11-18' }, { text: '10-12', value: null }],
  quantities: [{ text: '120 điểm', value: 120, unit: 'điểm' }, { text: '120 điểm phát', value: 120, unit: 'điểm' }, { text: '200 người', value: 200, unit: 'người' }],
};

const base = { field: 'body' as const, index: 0, start: 0, end: 1, confidence: 1, extractor: 't', extractorVersion: '1' };
const quantity = (value: number, valueMax: number | null = null): QuantityMention => ({
  ...base, kind: 'quantity', text: String(value), value, valueMax, unit: null, of: null, qualifier: 'exact', stance: 'reported',
});

test('title, date prefix, body strings and leaks follow the set rule', () => {
  const doc = {
    ...emptyDocument('article'),
    title: 'cà mau  phủ sóng Wi-Fi miễn phí',
    published: '2025-11-20T07:45:00+07:00',
    lede: 'Tỉnh đã lắp đặt 120 điểm phát Wi-Fi tại xã.',
    body: ['Ảnh: MK', 'Mỗi điểm phát phục vụ khoảng 300 người.'],
  };
  const s = scorePage(gold, doc, null);
  assert.equal(s.title.ok, true, 'case and spacing are normalised');
  assert.equal(s.published.ok, true, 'the gold minute is a prefix of the predicted datetime');
  assert.equal(s.bodyKept, 1);
  assert.deepEqual(s.leaked, ['Ảnh: MK'], 'a short string leaks only as a whole paragraph');
});

test('facts: distinct gold items, one prediction per distinct miss, organisation forms, null dates unscored, range ends', () => {
  const facts: DocumentFacts = {
    persons: [{ ...base, kind: 'person', text: 'Lê Thị Thu', name: 'Lê Thị Thu', title: null }, { ...base, kind: 'person', text: 'Thu', name: 'Thu', title: null }],
    organizations: [{ ...base, kind: 'organization', text: 'Sở KH&CN', name: 'Sở Khoa học Công nghệ', orgType: 'province_body' }],
    places: [],
    legalRefs: [{ ...base, kind: 'legalRef', text: 'Nghị quyết 57', id: '57-NQ/TW', type: null, issuer: null, date: null, lawName: null }],
    dates: [
      { ...base, kind: 'date', text: '18/11', value: '2025-11-18', yearFrom: 'published' },
      { ...base, kind: 'date', text: '10-12', value: '2025-12-10', yearFrom: 'published' },
      { ...base, kind: 'date', text: 'tháng 11', value: { start: '2025-11-01', end: '2025-11-30' }, yearFrom: 'published' },
    ],
    quantities: [quantity(120), quantity(200, 250), { ...quantity(15), rank: true, of: 120 }],
    topics: [],
  };
  const s = scorePage(gold, null, facts).facts;
  assert.deepEqual([s.persons.tp, s.persons.fp, s.persons.fn], [1, 1, 0]);
  assert.deepEqual([s.organizations.tp, s.organizations.fp], [1, 0], 'the surface form matches the short form');
  assert.deepEqual([s.places.tp, s.places.fn], [0, 1]);
  assert.equal(s.legal.tp, 1);
  assert.deepEqual([s.dates.tp, s.dates.fp, s.dates.fn], [1, 1, 0], 'a period is not scored; an unknown-year gold date is not an item');
  assert.deepEqual([s.quantities.tp, s.quantities.fp, s.quantities.fn], [2, 1, 0], 'two gold 120s are one item; 250 is a false end; a rank (15) is no count, its total (120) is');
});

test('pooled scores add the counts of every page', () => {
  const a = scorePage(gold, null, null);
  const all = pool([a, a]);
  assert.equal(all.facts.places.fn, 2);
  assert.equal(all.title.total, 2);
  assert.equal(all.title.hit, 0);
  assert.deepEqual(scoreKind([new Set(['a'])], [['b'], ['b']]), { tp: 0, fp: 1, fn: 1, misses: ['a'], falsePositives: ['b'] });
});
