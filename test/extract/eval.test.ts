import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StructuredDocument } from '../../src/records.ts';
import type { DocumentFacts, MentionBase, PersonMention, QuantityMention, DateMention, LegalRefMention } from '../../src/extract/facts.ts';
import type { GoldFile, GoldMention } from '../../src/extract/eval/index.ts';
import { evaluate, mergeResults, parseGold, precision, recall, f1, shortfalls, readSeedFallback } from '../../src/extract/eval/index.ts';

const TEXT = 'Tổng Bí thư Tô Lâm chủ trì hội nghị ngày 2/7 với 12.106 trạm 5G.';

function doc(body: string[]): StructuredDocument {
  return {
    kind: 'brief', title: null, published: null, publishedPrecision: 'unknown', author: null, authorNote: null,
    site: null, category: null, lede: null, body, captions: [], related: [], parent: null, url: null,
  };
}

function base(text: string, para = TEXT, occurrence = 0): Omit<MentionBase, 'kind'> {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = para.indexOf(text, start + 1);
  assert.ok(start >= 0, text);
  return { field: 'body', index: 0, start, end: start + text.length, text, confidence: 1, extractor: 't', extractorVersion: '0' };
}

const person = (text: string, name: string, title: string | null): PersonMention => ({ ...base(text), kind: 'person', name, title });
const quantity = (text: string, value: number, unit: string | null): QuantityMention => ({
  ...base(text), kind: 'quantity', value, valueMax: null, unit, of: null, qualifier: 'exact', stance: 'reported',
});
const date = (text: string, value: string): DateMention => ({ ...base(text), kind: 'date', value, yearFrom: 'none' });

function facts(partial: Partial<DocumentFacts>): DocumentFacts {
  return { persons: [], organizations: [], places: [], legalRefs: [], dates: [], quantities: [], topics: [], ...partial };
}

const goldMentions: GoldMention[] = [
  { kind: 'person', field: 'body', index: 0, text: 'Tổng Bí thư Tô Lâm', name: 'Tô Lâm', title: 'Tổng Bí thư' },
  { kind: 'date', field: 'body', index: 0, text: 'ngày 2/7', value: '--07-02', yearFrom: 'none' },
  { kind: 'quantity', field: 'body', index: 0, text: '12.106 trạm 5G', value: 12106, valueMax: null, unit: 'trạm 5G', qualifier: 'exact', stance: 'reported' },
];

function gold(mentions = goldMentions, topics: string[] = ['5g']): GoldFile {
  return parseGold({ source: 'synthetic', documents: [{ index: 0, kind: 'brief', published: null, mentions, topics }] });
}

const perfect = (): DocumentFacts =>
  facts({
    persons: [person('Tổng Bí thư Tô Lâm', 'Tô Lâm', 'Tổng Bí thư')],
    dates: [date('ngày 2/7', '2025-07-02')],
    quantities: [quantity('12.106 trạm 5G', 12106, 'trạm 5G')],
    topics: [{ kind: 'topic', id: '5g', name: '5G', score: 0.9, evidence: [], extractor: 't', extractorVersion: '0' }],
  });

const opts = { documents: [doc([TEXT])] };

test('a perfect prediction scores 1.0 for every kind that has gold', () => {
  const r = evaluate(gold(), [perfect()], opts);
  for (const k of ['person', 'date', 'quantity', 'topic'] as const) {
    const s = r.kinds[k];
    assert.equal(s.tp, 1, k);
    assert.equal(precision(s), 1, k);
    assert.equal(recall(s), 1, k);
    assert.equal(f1(s), 1, k);
  }
  assert.deepEqual(r.kinds.person.values, { title: { correct: 1, total: 1 } });
  assert.deepEqual(r.warnings, []);
  assert.deepEqual(shortfalls(r, 1, 1), []);
});

test('one extra prediction is one false positive', () => {
  const f = perfect();
  f.quantities.push(quantity('5G', 5, 'G'));
  const s = evaluate(gold(), [f], opts).kinds.quantity;
  assert.deepEqual([s.tp, s.fp, s.fn], [1, 1, 0]);
  assert.equal(precision(s), 0.5);
  assert.equal(recall(s), 1);
  assert.equal(s.fps[0]!.text, '5G');
});

test('one missed gold mention is one false negative', () => {
  const f = perfect();
  f.persons = [];
  const r = evaluate(gold(), [f], opts);
  const s = r.kinds.person;
  assert.deepEqual([s.tp, s.fp, s.fn], [0, 0, 1]);
  assert.equal(recall(s), 0);
  assert.equal(precision(s), null);
  assert.equal(s.fns[0]!.text, 'Tổng Bí thư Tô Lâm');
  assert.ok(shortfalls(r, 0.5, 0.5).some((x) => x.startsWith('person: recall')));
});

test('an overlapping span with a wrong value is a false positive and a false negative', () => {
  const f = perfect();
  f.quantities = [quantity('12.106 trạm 5G', 12.106, 'trạm 5G')];
  f.persons = [person('Tô Lâm', 'Tô Lâm Lâm', null)];
  const r = evaluate(gold(), [f], opts);
  assert.deepEqual([r.kinds.quantity.tp, r.kinds.quantity.fp, r.kinds.quantity.fn], [0, 1, 1]);
  assert.deepEqual([r.kinds.person.tp, r.kinds.person.fp, r.kinds.person.fn], [0, 1, 1]);
});

test('a right value on a span that does not overlap is not a match', () => {
  const f = perfect();
  f.dates = [date('hội nghị', '2025-07-02')];
  const s = evaluate(gold(), [f], opts).kinds.date;
  assert.deepEqual([s.tp, s.fp, s.fn], [0, 1, 1]);
});

test('duplicates are not double-counted', () => {
  const f = perfect();
  f.persons.push(person('Tổng Bí thư Tô Lâm', 'Tô Lâm', 'Tổng Bí thư'), person('Tô Lâm', 'Tô Lâm', null));
  const s = evaluate(gold(), [f], opts).kinds.person;
  assert.deepEqual([s.tp, s.fp, s.fn, s.duplicates], [1, 0, 0, 2]);
  assert.equal(precision(s), 1);
  // Two gold mentions of the same thing need two predictions.
  const para = 'Tô Lâm gặp Tô Lâm.';
  const g = gold([
    { kind: 'person', field: 'body', index: 0, text: 'Tô Lâm', occurrence: 0, name: 'Tô Lâm' },
    { kind: 'person', field: 'body', index: 0, text: 'Tô Lâm', occurrence: 1, name: 'Tô Lâm' },
  ], []);
  const one: PersonMention = { ...base('Tô Lâm', para, 1), kind: 'person', name: 'Tô Lâm', title: null };
  const s2 = evaluate(g, [facts({ persons: [one, { ...one }] })], { documents: [doc([para])] }).kinds.person;
  assert.deepEqual([s2.tp, s2.fp, s2.fn, s2.duplicates], [1, 0, 1, 1]);
});

test('value accuracy counts attributes outside the key', () => {
  const f = perfect();
  f.persons = [person('Tổng Bí thư Tô Lâm', 'Tô Lâm', null)];
  f.quantities = [{ ...quantity('12.106 trạm 5G', 12106, 'trạm'), qualifier: 'about' }];
  const r = evaluate(gold(), [f], opts);
  assert.equal(r.kinds.person.tp, 1);
  assert.deepEqual(r.kinds.person.values.title, { correct: 0, total: 1 });
  assert.deepEqual(r.kinds.quantity.values.unit, { correct: 0, total: 1 });
  assert.deepEqual(r.kinds.quantity.values.qualifier, { correct: 0, total: 1 });
  assert.deepEqual(r.kinds.quantity.values.stance, { correct: 1, total: 1 });
});

test('keys: folding, place prefixes, law names, legal ids, month-day dates', () => {
  const para = 'Tỉnh Nam Định và Luật sửa đổi, bổ sung một số điều của Luật Chuyển giao công nghệ; Nghị định 308; Nghị quyết 57.';
  const g = gold([
    { kind: 'place', field: 'body', index: 0, text: 'Tỉnh Nam Định', name: 'Nam Định', unit: 'Ninh Bình' },
    { kind: 'legalRef', field: 'body', index: 0, text: 'Luật Chuyển giao công nghệ', id: null, lawName: 'Luật Chuyển giao công nghệ' },
    { kind: 'legalRef', field: 'body', index: 0, text: 'Nghị định 308', id: null, lawName: null, number: '308', type: 'Nghị định' },
    { kind: 'legalRef', field: 'body', index: 0, text: 'Nghị quyết 57', id: '57-NQ/TW', type: 'Nghị quyết', issuer: ['Trung ương', 'Bộ Chính trị'] },
  ], []);
  const lr = (text: string, id: string | null, lawName: string | null, type: string | null, issuer: string | null = null): LegalRefMention => ({
    ...base(text, para), kind: 'legalRef', id, type, issuer, date: null, lawName,
  });
  const f = facts({
    places: [{ ...base('Nam Định', para), kind: 'place', name: 'tinh nam dinh', placeType: 'province', unit: 'Ninh Bình', unitAtDate: null }],
    legalRefs: [
      lr('Luật sửa đổi, bổ sung một số điều của Luật Chuyển giao công nghệ', null, 'Luật sửa đổi, bổ sung một số điều của Luật Chuyển giao công nghệ', 'Luật'),
      lr('Nghị định 308', '308/2025/NĐ-CP', null, 'Nghị định'),
      lr('Nghị quyết 57', '57-nq/tw', null, 'Nghị quyết', 'Bộ Chính trị'),
    ],
  });
  const r = evaluate(g, [f], { documents: [doc([para])] });
  assert.equal(r.kinds.place.tp, 1);
  assert.deepEqual(r.kinds.place.values.unit, { correct: 1, total: 1 });
  assert.deepEqual([r.kinds.legalRef.tp, r.kinds.legalRef.fp, r.kinds.legalRef.fn], [3, 0, 0]);
  assert.deepEqual(r.kinds.legalRef.values.issuer, { correct: 1, total: 1 });
});

test('topics are per-document id sets; a score threshold can be applied', () => {
  const f = perfect();
  f.topics.push({ kind: 'topic', id: 'ai', name: 'AI', score: 0.1, evidence: [], extractor: 't', extractorVersion: '0' });
  assert.deepEqual([evaluate(gold(), [f], opts).kinds.topic.fp], [1]);
  assert.deepEqual([evaluate(gold(), [f], { ...opts, topicMinScore: 0.5 }).kinds.topic.fp], [0]);
});

test('a gold paragraph found at another index is remapped, with a warning', () => {
  const g = gold();
  for (const m of g.documents[0]!.mentions) m.fieldTextStart = TEXT.slice(0, 30);
  const r = evaluate(g, [perfect()], { documents: [doc(['Một đoạn khác ở đầu bài viết này.', TEXT])] });
  // The predictions sit at body[0] but the paragraph is body[1]: nothing matches, and it is reported.
  assert.equal(r.kinds.person.tp, 0);
  assert.ok(r.warnings.some((w) => w.includes('gold remapped')));
});

test('mergeResults sums counts', () => {
  const r = evaluate(gold(), [perfect()], opts);
  const m = mergeResults([r, r]);
  assert.equal(m.kinds.person.tp, 2);
  assert.equal(m.kinds.person.values.title!.total, 2);
});

test('evaluate needs offsets or documents', () => {
  assert.throws(() => evaluate(gold(), [perfect()]), /options\.documents/);
});

test('parseGold rejects malformed gold', () => {
  assert.throws(() => parseGold({ source: 'x', documents: [{ index: 0, mentions: [{ kind: 'thing' }], topics: [] }] }), /unknown kind/);
  assert.throws(() => parseGold({ source: 'x' }), /documents/);
});

test('the fallback seed reader follows the gold conventions', () => {
  const ledes = readSeedFallback('Một.\n\n  Hai ba.  \n', 'ledes');
  assert.deepEqual(ledes.map((d) => d.body), [['Một.'], ['Hai ba.']]);
  const page = [
    'Tiêu đề của bài viết này khá dài đấy',
    'Sự kiện',
    '02/07/2025 17:12',
    'Đây là đoạn mở đầu của bài viết, đủ dài để làm sapo.',
    'Đoạn thân bài thứ nhất cũng khá dài và kết thúc bằng dấu chấm.',
    'Tiêu đề của bài viết này khá dài đấy',
    'Chú thích ảnh mô tả toàn cảnh hội nghị sơ kết hôm nay. Ảnh: VGP',
    'Tác Giả (tổng hợp)',
    'Tin bài khác',
    'Tiêu đề tin khác',
    'Tiêu đề tin khác',
    'Tóm tắt của tin khác này cũng đủ dài để làm sapo cho nó.',
    'slug-cuoi',
  ].join('\n');
  const docs = readSeedFallback(page, 'page');
  assert.equal(docs.length, 2);
  assert.equal(docs[0]!.published, '2025-07-02T17:12:00+07:00');
  assert.equal(docs[0]!.title, 'Tiêu đề của bài viết này khá dài đấy');
  assert.equal(docs[0]!.lede, 'Đây là đoạn mở đầu của bài viết, đủ dài để làm sapo.');
  assert.deepEqual(docs[0]!.body, ['Đoạn thân bài thứ nhất cũng khá dài và kết thúc bằng dấu chấm.']);
  assert.deepEqual(docs[0]!.captions, [{ text: 'Chú thích ảnh mô tả toàn cảnh hội nghị sơ kết hôm nay.', credit: 'VGP' }]);
  assert.equal(docs[1]!.kind, 'teaser');
  assert.equal(docs[1]!.lede, 'Tóm tắt của tin khác này cũng đủ dài để làm sapo cho nó.');
  assert.equal(docs[1]!.parent, 0);
});
