import { openStore, test } from './backends.ts';
import assert from 'node:assert/strict';
import type { StructuredDocument } from '../../src/records.ts';
import {
  SNIPPET_MARK_CLOSE,
  SNIPPET_MARK_OPEN,
  snippetParts,
  type Store,
} from '../../src/store/index.ts';
import { article, brief, ledeFile, pageFile } from './fixtures.ts';
import { InvalidInput } from '../../src/errors.ts';

async function storeWith(documents: StructuredDocument[]): Promise<{ store: Store; ids: number[] }> {
  const store = await openStore(':memory:');
  const { ids } = await store.saveFile({ origin: 'test', sourceHash: 'h', format: 'page', documents });
  return { store, ids };
}

async function seededStore(): Promise<Store> {
  const store = await openStore(':memory:');
  await store.saveFile(ledeFile());
  await store.saveFile(pageFile());
  return store;
}

const marked = (snippet: string) => snippetParts(snippet).filter((p) => p.marked).map((p) => p.text);

test('a query with or without diacritics finds the same documents, exact matches first', async () => {
  const store = await seededStore();
  // Text typed without diacritics, as in slugs and old forum posts: a folded-only match.
  const { ids } = await store.saveFile({
    origin: 'unaccented',
    sourceHash: 'u',
    format: 'ledes',
    documents: [brief('Thuc day chuyen doi so trong doanh nghiep nho va vua.')],
  });
  const withMarks = await store.search('chuyển đổi số', { limit: 1000 });
  const without = await store.search('chuyen doi so', { limit: 1000 });
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
  await store.close();
});

test('đ folds to d and tone placement does not matter for exact matches', async () => {
  const store = await seededStore();
  const folded = await store.search('"dien bien"');
  assert.ok(folded.length >= 2);
  assert.ok(folded.every((h) => /Điện Biên/.test(h.snippet)), 'snippets show the original diacritics');
  // The seed writes "Nguyễn Hòa Bình"; the query uses the other tone placement.
  const tones = await store.search('Nguyễn Hoà Bình');
  assert.equal(tones.length, 1);
  assert.equal(tones[0]?.exact, true);
  await store.close();
});

test('a title match outranks a body match (bm25 column weights)', async () => {
  const { store, ids } = await storeWith([
    article('Tin tổng hợp trong tuần', ['Bộ trưởng nói về bán dẫn và nhân lực cho ngành công nghiệp mới.']),
    article('Bán dẫn: cơ hội mới', ['Bộ trưởng nói về nhân lực cho ngành công nghiệp mới trong tuần.']),
  ]);
  const hits = await store.search('bán dẫn');
  assert.deepEqual(
    hits.map((h) => h.id),
    [ids[1], ids[0]],
  );
  assert.ok((hits[0]?.score ?? 0) > (hits[1]?.score ?? 0));
  await store.close();
});

test('quoted phrases need adjacent words; bare words are all required', async () => {
  const { store, ids } = await storeWith([
    brief('Điện Biên phát động phong trào “Bình dân học vụ số” cho người dân.'),
    brief('Học viện số hóa tài liệu; người dân bình thường vụ việc khác.'),
    brief('Bình dân học vụ.'),
  ]);
  const ascending = (hits: { id: number }[]) => hits.map((h) => h.id).sort((a, b) => a - b);
  assert.deepEqual(ascending(await store.search('"Bình dân học vụ số"')), [ids[0]]);
  assert.deepEqual(ascending(await store.search('“Bình dân học vụ số”')), [ids[0]], 'curly quotes too');
  assert.deepEqual(ascending(await store.search('Bình dân học vụ số')), [ids[0], ids[1]]);
  assert.deepEqual(ascending(await store.search('bình dân học vụ')), [ids[0], ids[1], ids[2]]);
  await store.close();
});

test('words joined by punctuation must be adjacent, as in the text', async () => {
  const { store, ids } = await storeWith([
    brief('Ứng phó COVID-19 bằng công nghệ số.'),
    brief('Năm 19 tỉnh chưa báo cáo về covid.'),
  ]);
  assert.deepEqual(
    (await store.search('COVID-19')).map((h) => h.id),
    [ids[0]],
  );
  await store.close();
});

test('filters by kind, site and inclusive publication dates', async () => {
  const { store, ids } = await storeWith([
    article('Khoa học công nghệ 1', ['đổi mới'], { published: '2025-05-06T08:00:00+07:00', site: 'a.vn' }),
    article('Khoa học công nghệ 2', ['đổi mới'], { published: '2025-05-07T23:59:00+07:00', site: 'b.vn' }),
    article('Khoa học công nghệ 3', ['đổi mới'], { published: '2025-05-08', publishedPrecision: 'date', site: 'a.vn' }),
    brief('Khoa học công nghệ và đổi mới.', { published: '2025-05-07', publishedPrecision: 'date' }),
  ]);
  const found = async (opts: Parameters<Store['search']>[1]) =>
    (await store
      .search('đổi mới', opts))
      .map((h) => h.id)
      .sort((a, b) => a - b);
  assert.deepEqual(await found({ kind: 'brief' }), [ids[3]]);
  assert.deepEqual(await found({ site: 'a.vn' }), [ids[0], ids[2]]);
  assert.deepEqual(await found({ from: '2025-05-07', to: '2025-05-07' }), [ids[1], ids[3]]);
  assert.deepEqual(await found({ from: '2025-05-07' }), [ids[1], ids[2], ids[3]]);
  assert.deepEqual(await found({ to: '2025-05-06' }), [ids[0]]);
  assert.deepEqual(await found({ kind: 'article', site: 'a.vn', from: '2025-05-08' }), [ids[2]]);
  await assert.rejects(() => store.search('đổi mới', { from: '7/5/2025' }), InvalidInput);
  await assert.rejects(() => store.search('đổi mới', { to: '2025-02-30' }), InvalidInput);
  await store.close();
});

test('limit and offset page through one ranking', async () => {
  const store = await seededStore();
  const all = await store.search('công nghệ', { limit: 100 });
  assert.ok(all.length > 10);
  const pages = (await Promise.all([0, 5, 10].map((offset) => store.search('công nghệ', { limit: 5, offset })))).flat();
  assert.deepEqual(
    pages.map((h) => h.id),
    all.slice(0, 15).map((h) => h.id),
  );
  assert.equal((await store.search('công nghệ')).length, Math.min(20, all.length), 'default limit');
  await store.close();
});

test('snippets mark the matched words of the original text', async () => {
  const store = await seededStore();
  const [hit] = await store.search('tram 5G');
  assert.ok(hit, 'the article mentions 12.106 trạm 5G');
  assert.equal(hit.kind, 'article');
  assert.deepEqual(marked(hit.snippet), ['trạm 5G']);
  assert.ok(hit.snippet.length < 400);
  const [brief5] = await store.search('blockchain', { kind: 'brief' });
  assert.ok(brief5?.snippet.includes(`${SNIPPET_MARK_OPEN}blockchain${SNIPPET_MARK_CLOSE}`));
  await store.close();
});

test('snippetParts splits a snippet into plain and marked text', () => {
  const s = `Ngày 6/5, ${SNIPPET_MARK_OPEN}Ngày hội AI${SNIPPET_MARK_CLOSE} khai mạc`;
  assert.deepEqual(snippetParts(s), [
    { text: 'Ngày 6/5, ', marked: false },
    { text: 'Ngày hội AI', marked: true },
    { text: ' khai mạc', marked: false },
  ]);
});

test('no input is an error: operators, quotes and punctuation are words or nothing', async () => {
  const store = await seededStore();
  const inputs = ['COVID-19', 'Hà-Nội', '"', 'AND', 'OR', 'NOT', '(', ')', '*', '^', ':', 'NEAR', 'NEAR(a b)', '',
    '   ', '!!!', '-', '+', '"unclosed phrase', 'a OR b NOT c', 'title:Tô', '{title lede}: x', 'x*', '""', '"""'];
  for (const q of inputs) {
    const hits = await store.search(q);
    assert.ok(Array.isArray(hits), q);
  }
  assert.deepEqual(await store.search(''), []);
  assert.deepEqual(await store.search('?!:()'), []);
  assert.ok((await store.search('Hà-Nội')).length > 0, 'Hà Nội appears in the seeds');
  await store.close();
});

test('unknown kinds are refused; long date ranges work', async () => {
  const store = await seededStore();
  await assert.rejects(() => store.search('số', { kind: 'news" OR "x' as never }), InvalidInput);
  const all = (await store.search('Tô Lâm')).length;
  assert.ok(all > 0);
  assert.equal((await store.search('Tô Lâm', { from: '2024-01-02', to: '2025-12-30' })).length, 1, 'only the article is dated');
  await store.close();
});

test('a document dated to a month passes a range only when the range covers that month', async () => {
  const { store, ids } = await storeWith([
    brief('Kinh tế số tháng bảy.', { published: '2025-07', publishedPrecision: 'month' }),
  ]);
  assert.deepEqual(
    (await store.search('kinh tế số', { from: '2025-07-01', to: '2025-07-31' })).map((h) => h.id),
    ids,
  );
  assert.deepEqual(await store.search('kinh tế số', { from: '2025-07-05', to: '2025-08-31' }), []);
  await store.close();
});
