// Issue 2 acceptance: the seeds ingest into the expected documents, idempotently, and search
// behaves as Vietnamese readers type.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../src/store/index.ts';
import { ingestPaths } from '../../src/pipeline/ingest.ts';
import { foldForSearch } from '../../src/text/fold.ts';
import { SEED_DIR, ledeLines } from '../helpers.ts';

async function seededStore() {
  const store = await openStore(':memory:');
  const summary = await ingestPaths([SEED_DIR], store);
  return { store, summary };
}

test('the seeds give one article, ten teasers and one brief per lede line', async () => {
  const { store, summary } = await seededStore();
  const briefs = ledeLines().length;
  assert.deepEqual(summary.rejected, []);
  assert.equal(summary.created, 1 + 10 + briefs);
  const byKind = (await store.stats()).byKind as Record<string, number>;
  assert.deepEqual({ ...byKind }, { article: 1, teaser: 10, brief: briefs });
  await store.close();
});

test('ingesting the seeds again adds nothing and reports every document unchanged', async () => {
  const { store, summary } = await seededStore();
  const again = await ingestPaths([SEED_DIR], store);
  assert.equal(again.created, 0);
  assert.equal(again.updated, 0);
  assert.equal(again.unchanged, summary.created);
  assert.equal(await store.countDocuments(), summary.created);
  await store.close();
});

test('search with and without diacritics returns the same documents, exact matches first', async () => {
  const { store } = await seededStore();
  const exact = await store.search('chuyển đổi số', { limit: 100 });
  const folded = await store.search('chuyen doi so', { limit: 100 });
  assert.ok(exact.length > 5);
  assert.deepEqual(new Set(folded.map((h) => h.id)), new Set(exact.map((h) => h.id)));
  // Within the diacritic query, every exact hit ranks above every folded-only hit.
  const firstFolded = exact.findIndex((h) => !h.exact);
  if (firstFolded >= 0) assert.ok(exact.slice(firstFolded).every((h) => !h.exact));
  assert.equal(exact[0]?.exact, true);
  await store.close();
});

test('"dien bien" finds exactly the briefs that mention Điện Biên', async () => {
  const { store } = await seededStore();
  const expected = ledeLines().filter((l) => foldForSearch(l).includes('dien bien'));
  assert.equal(expected.length, 3);
  const hits = await store.search('dien bien', { limit: 100 });
  assert.equal(hits.length, expected.length);
  for (const h of hits) {
    assert.equal(h.kind, 'brief');
    const doc = await store.getDocument(h.id);
    assert.ok(doc && foldForSearch(doc.body.join(' ')).includes('dien bien'));
  }
  await store.close();
});

test('a quoted phrase matches only the words in that order', async () => {
  const { store } = await seededStore();
  const phrase = await store.search('"Bình dân học vụ số"', { limit: 100 });
  const expected = ledeLines().filter((l) => l.includes('Bình dân học vụ số'));
  assert.equal(phrase.length, expected.length);
  const reversed = await store.search('"số vụ học dân Bình"', { limit: 100 });
  assert.equal(reversed.length, 0);
  await store.close();
});

test('search filters by kind and by date range', async () => {
  const { store } = await seededStore();
  const articles = await store.search('Nghị quyết', { limit: 100, kind: 'article' });
  assert.ok(articles.length >= 1 && articles.every((h) => h.kind === 'article'));
  const july = await store.search('Nghị quyết', { limit: 100, from: '2025-07-01', to: '2025-07-31' });
  assert.ok(july.length >= 1 && july.every((h) => h.published !== null && h.published.slice(0, 7) === '2025-07'));
  const before = await store.search('Nghị quyết', { limit: 100, to: '2025-06-30' });
  assert.ok(before.every((h) => h.published !== null && h.published < '2025-07'));
  await store.close();
});
