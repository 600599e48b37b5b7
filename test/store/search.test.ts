import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StructuredDocument } from '../../src/records.ts';
import {
  openStore,
  SNIPPET_MARK_CLOSE,
  SNIPPET_MARK_OPEN,
  snippetParts,
  type Store,
} from '../../src/store/index.ts';
import { article, brief, ledeFile, pageFile } from './fixtures.ts';

function storeWith(documents: StructuredDocument[]): { store: Store; ids: number[] } {
  const store = openStore(':memory:');
  const { ids } = store.saveFile({ origin: 'test', sourceHash: 'h', format: 'page', documents });
  return { store, ids };
}

function seededStore(): Store {
  const store = openStore(':memory:');
  store.saveFile(ledeFile());
  store.saveFile(pageFile());
  return store;
}

const marked = (snippet: string) => snippetParts(snippet).filter((p) => p.marked).map((p) => p.text);

test('a query with or without diacritics finds the same documents, exact matches first', () => {
  const store = seededStore();
  // Text typed without diacritics, as in slugs and old forum posts: a folded-only match.
  const { ids } = store.saveFile({
    origin: 'unaccented',
    sourceHash: 'u',
    format: 'ledes',
    documents: [brief('Thuc day chuyen doi so trong doanh nghiep nho va vua.')],
  });
  const withMarks = store.search('chuyển đổi số', { limit: 1000 });
  const without = store.search('chuyen doi so', { limit: 1000 });
  assert.ok(withMarks.length > 5);
  assert.deepEqual(
    withMarks.map((h) => h.id).sort((a, b) => a - b),
    without.map((h) => h.id).sort((a, b) => a - b),
  );
  const firstFolded = withMarks.findIndex((h) => !h.exact);
  assert.ok(firstFolded > 0, 'some exact hits, then folded ones');
  assert.ok(withMarks.slice(firstFolded).every((h) => !h.exact), 'no exact hit after a folded-only one');
  assert.equal(withMarks.find((h) => h.id === ids[0])?.exact, false);
  assert.equal(without.find((h) => h.id === ids[0])?.exact, true, 'the unaccented text is the exact match here');
  store.close();
});

test('đ folds to d and tone placement does not matter for exact matches', () => {
  const store = seededStore();
  const folded = store.search('"dien bien"');
  assert.ok(folded.length >= 2);
  assert.ok(folded.every((h) => /Điện Biên/.test(h.snippet)), 'snippets show the original diacritics');
  // The seed writes "Nguyễn Hòa Bình"; the query uses the other tone placement.
  const tones = store.search('Nguyễn Hoà Bình');
  assert.equal(tones.length, 1);
  assert.equal(tones[0]?.exact, true);
  store.close();
});

test('a title match outranks a body match (bm25 column weights)', () => {
  const { store, ids } = storeWith([
    article('Tin tổng hợp trong tuần', ['Bộ trưởng nói về bán dẫn và nhân lực cho ngành công nghiệp mới.']),
    article('Bán dẫn: cơ hội mới', ['Bộ trưởng nói về nhân lực cho ngành công nghiệp mới trong tuần.']),
  ]);
  const hits = store.search('bán dẫn');
  assert.deepEqual(
    hits.map((h) => h.id),
    [ids[1], ids[0]],
  );
  assert.ok((hits[0]?.score ?? 0) > (hits[1]?.score ?? 0));
  store.close();
});

test('quoted phrases need adjacent words; bare words are all required', () => {
  const { store, ids } = storeWith([
    brief('Điện Biên phát động phong trào “Bình dân học vụ số” cho người dân.'),
    brief('Học viện số hóa tài liệu; người dân bình thường vụ việc khác.'),
    brief('Bình dân học vụ.'),
  ]);
  const ascending = (hits: { id: number }[]) => hits.map((h) => h.id).sort((a, b) => a - b);
  assert.deepEqual(ascending(store.search('"Bình dân học vụ số"')), [ids[0]]);
  assert.deepEqual(ascending(store.search('“Bình dân học vụ số”')), [ids[0]], 'curly quotes too');
  assert.deepEqual(ascending(store.search('Bình dân học vụ số')), [ids[0], ids[1]]);
  assert.deepEqual(ascending(store.search('bình dân học vụ')), [ids[0], ids[1], ids[2]]);
  store.close();
});

test('words joined by punctuation must be adjacent, as in the text', () => {
  const { store, ids } = storeWith([
    brief('Ứng phó COVID-19 bằng công nghệ số.'),
    brief('Năm 19 tỉnh chưa báo cáo về covid.'),
  ]);
  assert.deepEqual(
    store.search('COVID-19').map((h) => h.id),
    [ids[0]],
  );
  store.close();
});

test('filters by kind, site and inclusive publication dates', () => {
  const { store, ids } = storeWith([
    article('Khoa học công nghệ 1', ['đổi mới'], { published: '2025-05-06T08:00:00+07:00', site: 'a.vn' }),
    article('Khoa học công nghệ 2', ['đổi mới'], { published: '2025-05-07T23:59:00+07:00', site: 'b.vn' }),
    article('Khoa học công nghệ 3', ['đổi mới'], { published: '2025-05-08', publishedPrecision: 'date', site: 'a.vn' }),
    brief('Khoa học công nghệ và đổi mới.', { published: '2025-05-07', publishedPrecision: 'date' }),
  ]);
  const found = (opts: Parameters<Store['search']>[1]) =>
    store
      .search('đổi mới', opts)
      .map((h) => h.id)
      .sort((a, b) => a - b);
  assert.deepEqual(found({ kind: 'brief' }), [ids[3]]);
  assert.deepEqual(found({ site: 'a.vn' }), [ids[0], ids[2]]);
  assert.deepEqual(found({ from: '2025-05-07', to: '2025-05-07' }), [ids[1], ids[3]]);
  assert.deepEqual(found({ from: '2025-05-07' }), [ids[1], ids[2], ids[3]]);
  assert.deepEqual(found({ to: '2025-05-06' }), [ids[0]]);
  assert.deepEqual(found({ kind: 'article', site: 'a.vn', from: '2025-05-08' }), [ids[2]]);
  assert.throws(() => store.search('đổi mới', { from: '7/5/2025' }), RangeError);
  assert.throws(() => store.search('đổi mới', { to: '2025-02-30' }), RangeError);
  store.close();
});

test('limit and offset page through one ranking', () => {
  const store = seededStore();
  const all = store.search('công nghệ', { limit: 100 });
  assert.ok(all.length > 10);
  const pages = [0, 5, 10].flatMap((offset) => store.search('công nghệ', { limit: 5, offset }));
  assert.deepEqual(
    pages.map((h) => h.id),
    all.slice(0, 15).map((h) => h.id),
  );
  assert.equal(store.search('công nghệ').length, Math.min(20, all.length), 'default limit');
  store.close();
});

test('snippets mark the matched words of the original text', () => {
  const store = seededStore();
  const [hit] = store.search('tram 5G');
  assert.ok(hit, 'the article mentions 12.106 trạm 5G');
  assert.equal(hit.kind, 'article');
  assert.deepEqual(marked(hit.snippet), ['trạm 5G']);
  assert.ok(hit.snippet.length < 400);
  const [brief5] = store.search('blockchain', { kind: 'brief' });
  assert.ok(brief5?.snippet.includes(`${SNIPPET_MARK_OPEN}blockchain${SNIPPET_MARK_CLOSE}`));
  store.close();
});

test('snippetParts splits a snippet into plain and marked text', () => {
  const s = `Ngày 6/5, ${SNIPPET_MARK_OPEN}Ngày hội AI${SNIPPET_MARK_CLOSE} khai mạc`;
  assert.deepEqual(snippetParts(s), [
    { text: 'Ngày 6/5, ', marked: false },
    { text: 'Ngày hội AI', marked: true },
    { text: ' khai mạc', marked: false },
  ]);
});

test('no input is an error: operators, quotes and punctuation are words or nothing', () => {
  const store = seededStore();
  const inputs = ['COVID-19', 'Hà-Nội', '"', 'AND', 'OR', 'NOT', '(', ')', '*', '^', ':', 'NEAR', 'NEAR(a b)', '',
    '   ', '!!!', '-', '+', '"unclosed phrase', 'a OR b NOT c', 'title:Tô', '{title lede}: x', 'x*', '""', '"""'];
  for (const q of inputs) {
    const hits = store.search(q);
    assert.ok(Array.isArray(hits), q);
  }
  assert.deepEqual(store.search(''), []);
  assert.deepEqual(store.search('?!:()'), []);
  assert.ok(store.search('Hà-Nội').length > 0, 'Hà Nội appears in the seeds');
  store.close();
});

test('unknown kinds are refused; long date ranges work', () => {
  const store = seededStore();
  assert.throws(() => store.search('số', { kind: 'news" OR "x' as never }), RangeError);
  const all = store.search('Tô Lâm').length;
  assert.ok(all > 0);
  assert.equal(store.search('Tô Lâm', { from: '2024-01-02', to: '2025-12-30' }).length, 1, 'only the article is dated');
  store.close();
});

test('a document dated to a month passes a range only when the range covers that month', () => {
  const { store, ids } = storeWith([
    brief('Kinh tế số tháng bảy.', { published: '2025-07', publishedPrecision: 'month' }),
  ]);
  assert.deepEqual(
    store.search('kinh tế số', { from: '2025-07-01', to: '2025-07-31' }).map((h) => h.id),
    ids,
  );
  assert.deepEqual(store.search('kinh tế số', { from: '2025-07-05', to: '2025-08-31' }), []);
  store.close();
});
