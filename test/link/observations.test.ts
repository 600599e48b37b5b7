// Quantity facts → observations: which indicator, as of when, about where, from which sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileIndicators, linkObservations, type LinkableDocument } from '../../src/link/observations.ts';
import { extractFacts } from '../../src/extract/index.ts';
import { factRecords } from '../../src/store/mentions.ts';
import type { MentionRecord } from '../../src/store/types.ts';
import type { Agency, Indicator } from '../../src/programme/schema.ts';
import { BUILTIN_PACK_DIR, loadPack } from '../../src/programme/load.ts';

const indicator = (id: string, match: Indicator['match'], unit = '%', scopes?: Indicator['scopes']): Indicator => ({
  id,
  name: { vi: id },
  unit,
  direction: 'higher',
  match,
  ...(scopes ? { scopes } : {}),
});

const viettel: Agency = {
  id: 'viettel',
  name: 'Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel)',
  kind: 'company',
  formerNames: [],
  sources: [],
  verified: true,
};

const TEST_PACK = {
  indicators: [
    indicator('stations', [{ units: ['trạm 5G'] }], 'trạm'),
    // Counted per operator: an operator's figure is this indicator's, never the country's stations.
    indicator('operator_new_stations', [{ units: ['trạm 5G mới'] }], 'trạm', ['agency']),
    indicator('coverage', [{ units: ['% dân số'], context: ['5G', 'phủ sóng'], exclude: ['4G'] }]),
    indicator('demand', [{ units: ['nhân sự', 'người'], context: ['cần'] }], 'người'),
    indicator('economy', [{ units: ['% GRDP', '% GDP'], context: ['kinh tế số'], stance: 'target' }]),
  ],
  agencies: [viettel],
};

function doc(paragraphs: string[], published: string | null = '2025-07-02T10:00:00+07:00', id = 7): LinkableDocument {
  return { id, title: null, lede: null, body: paragraphs, captions: [], published };
}

function link(paragraphs: string[], published?: string | null, pack: Parameters<typeof compileIndicators>[0] = TEST_PACK) {
  const d = doc(paragraphs, published);
  const facts = extractFacts({ ...d, kind: 'article', author: null, authorNote: null, site: null, category: null, related: [], parent: null, url: null, publishedPrecision: 'date' }, {
    published: d.published,
    dateHint: null,
    collectionYear: null,
  });
  const mentions = factRecords(facts).filter((m): m is MentionRecord => m.kind !== 'topic');
  return linkObservations(d, mentions, compileIndicators(pack));
}

test('a counted noun names its indicator; the sentence, span and published date come along', () => {
  const text = 'Về hạ tầng số, tính đến nay đã có 12.106 trạm 5G được triển khai, phủ sóng hơn 26% dân số.';
  const [stations, coverage, ...rest] = link([text]);
  assert.equal(rest.length, 0);
  assert.equal(stations?.indicator, 'stations');
  assert.equal(stations?.value, 12106);
  assert.equal(text.slice(stations!.start, stations!.end), stations!.factText);
  assert.equal(stations?.sentence, text);
  assert.deepEqual([stations?.asOf, stations?.asOfFrom], ['2025-07-02', 'published']);
  assert.equal(stations?.key, `x:7:body:0:${stations!.start}-${stations!.end}:stations`);
  assert.deepEqual([coverage?.indicator, coverage?.value, coverage?.qualifier, coverage?.stance], ['coverage', 26, 'more_than', 'reported']);
  assert.match(stations!.extractorVersion, /^quantities@[\d.]+\+observations@[\d.]+$/);
});

test('context words must be in the sentence; excluded words veto; diacritics count', () => {
  assert.equal(link(['Khoảng 70% dân số đã dùng điện thoại thông minh.']).length, 0, 'no 5G or coverage word');
  assert.equal(link(['Mạng 4G phủ sóng 99,8% dân số.']).length, 0, '4G is excluded');
  // `cán` (cán bộ) folds to the same letters as `cần` (need), but is not the word the rule asks for.
  assert.equal(link(['Có 500 người là cán bộ kỹ thuật.']).length, 0);
  const [need] = link(['Ngành này cần 700.000 người.']);
  assert.equal(need?.indicator, 'demand');
});

test('the most specific rule wins: one operator\'s new stations are not the national station count', () => {
  const [o] = link(['Viettel đã đưa vào sử dụng 20.758 trạm 5G mới.']);
  assert.equal(o?.indicator, 'operator_new_stations');
  assert.equal(o?.scope, 'agency:viettel', 'a company of the pack named in the sentence is the scope');
});

test('as-of: a date in the sentence, else one earlier in the paragraph, else none', () => {
  const [target] = link(['Mục tiêu đến cuối năm 2025 sẽ có 90% dân số được tiếp cận mạng 5G.'], null);
  assert.deepEqual([target?.stance, target?.asOf, target?.asOfFrom], ['target', '2025-12-31', 'text']);
  const [yearly] = link(['Năm 2025, ngành này cần 700.000 người.'], null);
  assert.deepEqual([yearly?.asOf, yearly?.asOfFrom], ['2025', 'text'], 'a whole year stays a year');
  const [later] = link(['Trong năm 2024 có nhiều thay đổi. Hiện mạng 5G phủ sóng 30% dân số.'], null);
  assert.deepEqual([later?.asOf, later?.asOfFrom], ['2024', 'paragraph']);
  const [undated] = link(['Mạng 5G phủ sóng 30% dân số.'], null);
  assert.deepEqual([undated?.asOf, undated?.asOfFrom], [null, 'none']);
});

test('scope: a province in the sentence (today\'s unit), else the only one in the paragraph, else national', () => {
  const [hp] = link(['Để đạt mục tiêu đến hết năm 2025, tỷ trọng kinh tế số đạt 35% GRDP, thành phố Hải Phòng tăng cường hỗ trợ doanh nghiệp.']);
  assert.deepEqual([hp?.indicator, hp?.scope, hp?.stance, hp?.asOf], ['economy', 'province:Hải Phòng', 'target', '2025']);
  // Nam Định merged into Ninh Bình on 01/07/2025: the series is kept under today's unit.
  const [nd] = link(['Tỉnh Nam Định có 45% dân số được phủ sóng 5G.']);
  assert.equal(nd?.scope, 'province:Ninh Bình');
  const [para] = link(['Tỉnh Lai Châu đẩy mạnh hạ tầng số. Mạng 5G phủ sóng 20% dân số.']);
  assert.equal(para?.scope, 'province:Lai Châu');
  assert.ok(para!.confidence < hp!.confidence, 'a scope from the paragraph is less sure');
  const [national] = link(['Mạng 5G phủ sóng 20% dân số cả nước.']);
  assert.equal(national?.scope, 'national');
});

test('linking is deterministic: the same facts give the same keys', () => {
  const text = ['Đã có 12.106 trạm 5G, phủ sóng hơn 26% dân số.'];
  assert.deepEqual(link(text).map((o) => o.key), link(text).map((o) => o.key));
});

test('the built-in pack links the seed article\'s figures and leaves unrelated numbers alone', () => {
  const pack = loadPack(BUILTIN_PACK_DIR);
  const found = link(
    [
      'Hệ sinh thái khoa học, công nghệ, đổi mới sáng tạo tiếp tục phát triển mạnh mẽ với 858 doanh nghiệp khoa học - công nghệ, 45 doanh nghiệp công nghệ cao và trên 73.000 doanh nghiệp công nghệ số đang hoạt động.',
      'Quốc hội thông qua luật với 429/434 đại biểu tán thành, đạt 92,39%.',
    ],
    undefined,
    pack,
  );
  assert.deepEqual(
    found.map((o) => [o.indicator, o.value]),
    [
      ['st_firms', 858],
      ['hightech_firms', 45],
      ['digital_tech_firms', 73000],
    ],
  );
});
