// extractDates over whole documents: provenance, offsets, the extractor stamp, and the seed texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { extractDates, EXTRACTOR } from '../../src/extract/dates.ts';
import type { DateMention, ExtractContext } from '../../src/extract/facts.ts';
import type { StructuredDocument } from '../../src/records.ts';
import { REPO } from '../helpers.ts';

const SHARED_SEEDS = join(REPO, '..', 'shared', 'seeds');
const NO_CONTEXT: ExtractContext = { published: null, dateHint: null, collectionYear: null };

function docOf(body: string[], title: string | null = null): StructuredDocument {
  return {
    kind: 'article', title, published: null, publishedPrecision: 'unknown', author: null, authorNote: null, site: null,
    category: null, lede: null, body, captions: [], related: [], parent: null, url: null,
  };
}

function fieldText(doc: StructuredDocument, m: DateMention): string {
  if (m.field === 'title') return doc.title ?? '';
  if (m.field === 'body') return doc.body[m.index] ?? '';
  return '';
}

const ISO_OR_MONTH_DAY = /^(?:\d{4}|-)-\d{2}-\d{2}$/;

function assertWellFormed(doc: StructuredDocument, mentions: DateMention[]): void {
  for (const m of mentions) {
    assert.equal(m.text, fieldText(doc, m).slice(m.start, m.end), 'text must be the slice at the offsets');
    assert.equal(m.kind, 'date');
    assert.ok(m.confidence > 0 && m.confidence <= 1);
    if (typeof m.value === 'string') assert.match(m.value, ISO_OR_MONTH_DAY);
    else assert.ok(m.value.start <= m.value.end, `${m.value.start} <= ${m.value.end}`);
  }
}

test('mentions carry field, paragraph index, offsets and the extractor stamp', () => {
  const doc = docOf(['Không có ngày.', 'Sáng 2/7, tại Hà Nội, hội nghị sơ kết 6 tháng đầu năm.'], 'Ngày 22/12/2024');
  const mentions = extractDates(doc, { published: '2025-07-02T17:12:00+07:00', dateHint: null, collectionYear: null });
  assert.deepEqual(mentions.map((m) => [m.field, m.index, m.text]), [
    ['title', 0, 'Ngày 22/12/2024'],
    ['body', 1, 'Sáng 2/7'],
    ['body', 1, '6 tháng đầu năm'],
  ]);
  assert.ok(mentions.every((m) => m.extractor === EXTRACTOR.name && m.extractorVersion === EXTRACTOR.version));
  assertWellFormed(doc, mentions);
});

test('offsets hold and values are well formed for any mix of date-like tokens', () => {
  const token = fc.constantFrom(
    'ngày', 'Sáng', 'chiều', 'tháng', 'năm', 'quý', 'II', 'từ', 'đến', '6', '12', '31', '2', '29', '2025', '2024',
    '/', '-', '–', '.', ',', ' ', 'đầu', 'cuối', 'NQ', 'QĐ-TTg', '429/434', '1/3', '7/5/', 'Đà Nẵng',
  );
  fc.assert(
    fc.property(fc.array(token, { maxLength: 25 }), (tokens) => {
      const text = tokens.join('').normalize('NFC');
      const doc = docOf([text]);
      assertWellFormed(doc, extractDates(doc, NO_CONTEXT));
      assertWellFormed(doc, extractDates(doc, { published: '2025-03-01', dateHint: null, collectionYear: null }));
    }),
    { numRuns: 400 },
  );
});

test('arbitrary text never throws and keeps the offset invariant', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => {
      const doc = docOf([raw.normalize('NFC')]);
      assertWellFormed(doc, extractDates(doc, { published: '2025-01-01', dateHint: null, collectionYear: null }));
    }),
    { numRuns: 1000 },
  );
});

test('the article seed: every date of the page is read, none of its document numbers', { skip: !existsSync(SHARED_SEEDS) && 'needs ../shared/seeds' }, () => {
  const body = readFileSync(join(SHARED_SEEDS, '002_00bf98e39be64d58.txt'), 'utf8').split('\n').filter((l) => l.trim());
  const doc = docOf(body);
  const mentions = extractDates(doc, { published: '2025-07-02T17:12:00+07:00', dateHint: null, collectionYear: null });
  assertWellFormed(doc, mentions);
  const texts = mentions.map((m) => m.text);
  for (const expected of ['02/07/2025 17:12', 'Sáng 2/7', '6 tháng cuối năm 2025', 'ngày 1/7/2025', 'đến cuối năm 2025', 'Chiều ngày 10/12/2025', 'ngày 01/3/2026']) {
    assert.ok(texts.includes(expected), `missing ${expected}`);
  }
  assert.ok(!texts.some((t) => /NQ|429|437/.test(t)), texts.join(' | '));
});

test('the ledes seed: days without a year get yearFrom none when nothing gives one', { skip: !existsSync(SHARED_SEEDS) && 'needs ../shared/seeds' }, () => {
  // One document per lede, as the ledes reader makes them: a lede's day takes no year from another lede.
  const lines = readFileSync(join(SHARED_SEEDS, '000_8fee37822d2a2a5b.txt'), 'utf8').split('\n').filter((l) => l.trim());
  const mentions = lines.flatMap((line) => {
    const doc = docOf([line]);
    const found = extractDates(doc, NO_CONTEXT);
    assertWellFormed(doc, found);
    return found;
  });
  const sang = mentions.filter((m) => m.text === 'Sáng 6/5');
  assert.equal(sang.length, 2);
  assert.ok(sang.every((m) => m.yearFrom === 'none' && m.value === '--05-06'));
  assert.ok(mentions.some((m) => m.text === 'ngày 14/4/2025' && m.value === '2025-04-14'));
});

const NOTHING: ExtractContext = { published: null, dateHint: null, collectionYear: null };
const days = (ctx: ExtractContext, ...body: string[]): Array<[string, string | null]> =>
  extractDates(docOf(body), ctx).map((m) => [m.text, typeof m.value === 'string' ? m.value : null]);

test('a range of days gives one mention per day, each with its full date and the range as its span', () => {
  const ctx: ExtractContext = { published: '2025-12-01', dateHint: null, collectionYear: null };
  assert.deepEqual(days(ctx, 'Hội chợ diễn ra từ ngày 12 đến 14-12 tại Cần Thơ.'), [
    ['từ ngày 12 đến 14-12', '2025-12-12'], ['từ ngày 12 đến 14-12', '2025-12-13'], ['từ ngày 12 đến 14-12', '2025-12-14'],
  ]);
  assert.deepEqual(days(ctx, 'Lớp học mở ngày 8 - 9/11/2025.').map((d) => d[1]), ['2025-11-08', '2025-11-09']);
  // A span of years names its two ends, not every day between.
  assert.deepEqual(days(ctx, 'kỷ niệm ngày thành lập (15/10/1956 - 15/10/2025)').map((d) => d[1]), ['1956-10-15', '2025-10-15']);
});

test('a day without a year and without a document date takes the year the text states', () => {
  assert.deepEqual(days(NOTHING, 'Tại hội nghị tổng kết năm 2024 diễn ra sáng 9/1, Bộ trưởng phát biểu.').filter((d) => d[1]), [['sáng 9/1', '2024-01-09']]);
  // The next day after a December date is in the next year.
  assert.deepEqual(days(NOTHING, 'Sáng 6/1, hội nghị quán triệt Nghị quyết ban hành ngày 28/12/2024.').map((d) => d[1]), ['2025-01-06', '2024-12-28']);
  // An effective date or a deadline looks forward: it does not date the story.
  assert.deepEqual(days(NOTHING, 'Chiều 26/11, Quốc hội thông qua Luật. Luật có hiệu lực từ ngày 1/3/2026.').map((d) => d[1]), ['--11-26', '2026-03-01']);
  const found = extractDates(docOf(['Hội thảo năm 2025 khai mạc sáng 4/3.']), NOTHING).find((m) => m.text === 'sáng 4/3');
  assert.equal(found?.yearFrom, 'text');
});

test('a date hint that is a full day dates a day written without a year, across New Year too', () => {
  const hint: ExtractContext = { published: null, dateHint: '2026-01-03', collectionYear: null };
  assert.deepEqual(days(hint, 'Sáng 30/12, Sở tổ chức hội nghị.').map((d) => d[1]), ['2025-12-30']);
  assert.equal(extractDates(docOf(['Sáng 2/1, Sở họp.']), hint)[0]?.yearFrom, 'hint');
});

test('a day and month written with a dot or a dash after a date word; decimals and ranges of numbers stay numbers', () => {
  const ctx: ExtractContext = { published: '2025-09-20', dateHint: null, collectionYear: null };
  assert.deepEqual(days(ctx, 'Triển lãm mở cửa từ 16.9 và kéo dài đến 25-9.').map((d) => d[1]), ['2025-09-16', '2025-09-25']);
  assert.deepEqual(days(ctx, 'Chỉ số tăng từ 16.9 điểm; giá từ 10-12 triệu đồng.'), []);
  assert.deepEqual(days(ctx, 'Thứ Bảy, ngày 6 tháng 9, 2025').map((d) => d[1]), ['2025-09-06']);
});

test('"cuối 2025" without "năm" and "năm nay" (with a known date) are periods', async () => {
  const { extractDates } = await import('../../src/extract/dates.ts');
  const { emptyDocument } = await import('../../src/structure/document.ts');
  const doc = { ...emptyDocument('article'), body: ['Mục tiêu phủ sóng đạt 80% vào cuối 2026, trong khi năm nay mới đạt 40%.'] };
  const values = (ctx: { published: string | null; dateHint: string | null }) =>
    extractDates(doc, { ...ctx, collectionYear: null }).map((d) => [d.text, d.value]);
  assert.deepEqual(values({ published: '2025-05-04', dateHint: null }), [
    ['cuối 2026', { start: '2026-10-01', end: '2026-12-31' }],
    ['năm nay', { start: '2025-01-01', end: '2025-12-31' }],
  ]);
  assert.deepEqual(values({ published: null, dateHint: null }), [['cuối 2026', { start: '2026-10-01', end: '2026-12-31' }]], 'no year known: "năm nay" is left undated');
});
