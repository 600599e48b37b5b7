// Issue 2 acceptance: the seeds ingest into the expected documents, idempotently, and search
// behaves as Vietnamese readers type.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../src/store/index.ts';
import { ingestPaths } from '../../src/pipeline/ingest.ts';
import { foldForSearch } from '../../src/text/fold.ts';
import { SEED_DIR, ledeLines } from '../helpers.ts';

async function seededStore() {
  const store = openStore(':memory:');
  const summary = await ingestPaths([SEED_DIR], store);
  return { store, summary };
}

test('the seeds give one article, ten teasers and one brief per lede line', async () => {
  const { store, summary } = await seededStore();
  const briefs = ledeLines().length;
  assert.deepEqual(summary.rejected, []);
  assert.equal(summary.created, 1 + 10 + briefs);
  const byKind = store.stats().byKind as Record<string, number>;
  assert.deepEqual({ ...byKind }, { article: 1, teaser: 10, brief: briefs });
  store.close();
});

test('ingesting the seeds again adds nothing and reports every document unchanged', async () => {
  const { store, summary } = await seededStore();
  const again = await ingestPaths([SEED_DIR], store);
  assert.equal(again.created, 0);
  assert.equal(again.updated, 0);
  assert.equal(again.unchanged, summary.created);
  assert.equal(store.countDocuments(), summary.created);
  store.close();
});

test('search with and without diacritics returns the same documents, exact matches first', async () => {
  const { store } = await seededStore();
  const exact = store.search('chuyển đổi số', { limit: 100 });
  const folded = store.search('chuyen doi so', { limit: 100 });
  assert.ok(exact.length > 5);
  assert.deepEqual(new Set(folded.map((h) => h.id)), new Set(exact.map((h) => h.id)));
  // Within the diacritic query, every exact hit ranks above every folded-only hit.
  const firstFolded = exact.findIndex((h) => !h.exact);
  if (firstFolded >= 0) assert.ok(exact.slice(firstFolded).every((h) => !h.exact));
  assert.equal(exact[0]?.exact, true);
  store.close();
});

test('"dien bien" finds exactly the briefs that mention Điện Biên', async () => {
  const { store } = await seededStore();
  const expected = ledeLines().filter((l) => foldForSearch(l).includes('dien bien'));
  assert.equal(expected.length, 3);
  const hits = store.search('dien bien', { limit: 100 });
  assert.equal(hits.length, expected.length);
  for (const h of hits) {
    assert.equal(h.kind, 'brief');
    const doc = store.getDocument(h.id);
    assert.ok(doc && foldForSearch(doc.body.join(' ')).includes('dien bien'));
  }
  store.close();
});

test('a quoted phrase matches only the words in that order', async () => {
  const { store } = await seededStore();
  const phrase = store.search('"Bình dân học vụ số"', { limit: 100 });
  const expected = ledeLines().filter((l) => l.includes('Bình dân học vụ số'));
  assert.equal(phrase.length, expected.length);
  const reversed = store.search('"số vụ học dân Bình"', { limit: 100 });
  assert.equal(reversed.length, 0);
  store.close();
});

test('search filters by kind and by date range', async () => {
  const { store } = await seededStore();
  const articles = store.search('Nghị quyết', { limit: 100, kind: 'article' });
  assert.ok(articles.length >= 1 && articles.every((h) => h.kind === 'article'));
  const july = store.search('Nghị quyết', { limit: 100, from: '2025-07-01', to: '2025-07-31' });
  assert.ok(july.length >= 1 && july.every((h) => h.published !== null && h.published.slice(0, 7) === '2025-07'));
  const before = store.search('Nghị quyết', { limit: 100, to: '2025-06-30' });
  assert.ok(before.every((h) => h.published !== null && h.published < '2025-07'));
  store.close();
});
