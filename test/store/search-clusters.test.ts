import { backendStore, test } from './backends.ts';
import assert from 'node:assert/strict';
import type { DocumentFacts } from '../../src/extract/facts.ts';
import type { SqlExecutor } from '../../src/store/dialect.ts';
import type { Store } from '../../src/store/index.ts';
import { article } from './fixtures.ts';

const none: DocumentFacts = { persons: [], organizations: [], places: [], legalRefs: [], dates: [], quantities: [], topics: [] };

/**
 * Eight documents about the same subject, newest last. Clusters (as the link stage would write
 * them): {0, 3, 5} represented by 0, {2, 6} represented by 2; 1, 4 and 7 stand alone.
 */
async function clusteredStore(fullRankingLimit?: number): Promise<{ store: Store; exec: SqlExecutor; ids: number[] }> {
  const { exec, store } = await backendStore({ fullRankingLimit });
  const documents = Array.from({ length: 8 }, (_, i) =>
    article(`Chuyển đổi số, bài ${i}`, [`Nội dung chuyển đổi số số ${i}.`], {
      published: `2025-03-${String(10 + i).padStart(2, '0')}`,
      url: `https://x.vn/${i}`,
    }),
  );
  const { ids } = await store.saveFile({ origin: 'c.jsonl', sourceHash: 'h', format: 'jsonl', documents, facts: documents.map(() => none) });
  const id = (i: number) => ids[i] as number;
  const rows = [
    [0, 0, 1],
    [3, 0, 0.9],
    [5, 0, 0.85],
    [2, 2, 1],
    [6, 2, 0.95],
  ].map(([doc, cluster, similarity]) => ({ document_id: id(doc as number), cluster_id: id(cluster as number), similarity: similarity as number }));
  // Replace whatever the store's own clustering made of these texts with the clusters under test.
  await exec.run(exec.db.deleteFrom('document_clusters'));
  await exec.run(exec.db.insertInto('document_clusters').values(rows));
  return { store, exec, ids };
}

for (const [ranking, limit] of [
  ['bm25', undefined],
  ['field', 1],
] as const) {
  test(`search shows each cluster once, as its representative with the number of similar ones (${ranking})`, async () => {
    const { store, ids } = await clusteredStore(limit);
    const index = (id: number) => ids.indexOf(id);
    const hits = await store.search('chuyen doi so', { limit: 100 });
    assert.deepEqual(sorted(hits.map((h) => index(h.id))), [0, 1, 2, 4, 7]);
    const similar = Object.fromEntries(hits.map((h) => [index(h.id), h.similar]));
    assert.deepEqual(similar, { 0: 2, 1: 0, 2: 1, 4: 0, 7: 0 });

    // Pages of two: no page is short because of hidden members, and together they are the whole list.
    const paged = (await Promise.all([0, 2, 4].map(async (offset) => (await store.search('chuyen doi so', { limit: 2, offset })).map((h) => h.id)))).flat();
    assert.deepEqual(paged, hits.map((h) => h.id));
    assert.equal((await store.search('chuyen doi so', { limit: 2, offset: 4 })).length, 1);

    // Without collapsing every document is there; members report the size of their cluster too.
    const all = await store.search('chuyen doi so', { limit: 100, collapse: false });
    assert.equal(all.length, 8);
    assert.equal(all.find((h) => index(h.id) === 5)?.similar, 2);
    assert.equal(all.find((h) => index(h.id) === 6)?.similar, 1);
    await store.close();
  });
}

test('collapse applies to entity-filtered listings too', async () => {
  const { store, exec, ids } = await clusteredStore();
  const person = { kind: 'person' as const, field: 'title' as const, index: 0, start: 0, end: 6, text: 'Tô Lâm', name: 'Tô Lâm', title: null, confidence: 1, extractor: 'persons', extractorVersion: '1' };
  for (const i of [0, 3, 4]) await store.saveMentions(ids[i] as number, [person]);
  assert.deepEqual((await store.search('', { person: 'Tô Lâm' })).map((h) => [ids.indexOf(h.id), h.similar]), [[4, 0], [0, 2]]);
  assert.deepEqual((await store.search('', { person: 'Tô Lâm', collapse: false })).map((h) => ids.indexOf(h.id)), [4, 3, 0]);
  // Once the clusters are gone (the link stage rebuilt them), every document is its own.
  await exec.run(exec.db.deleteFrom('document_clusters'));
  assert.deepEqual((await store.search('', { person: 'Tô Lâm' })).map((h) => [ids.indexOf(h.id), h.similar]), [[4, 0], [3, 0], [0, 0]]);
  await store.close();
});

test('a narrow query still finds a near-duplicate that alone passes the filters or has the words', async () => {
  const { exec, store } = await backendStore();
  const documents = [
    article('Hội thảo chuyển đổi số', ['Hội thảo về chuyển đổi số tại Huế.'], { published: '2025-03-01', site: 'a.vn', url: 'https://a.vn/1' }),
    article('Hội thảo chuyển đổi số', ['Hội thảo về chuyển đổi số tại Huế, có thêm ảnh.'], { published: '2025-03-02', site: 'b.vn', url: 'https://b.vn/1' }),
  ];
  const { ids } = await store.saveFile({ origin: 'd.jsonl', sourceHash: 'h', format: 'jsonl', documents, facts: documents.map(() => none) });
  const [first = 0, copy = 0] = ids;
  await exec.run(exec.db.deleteFrom('document_clusters'));
  await exec.run(
    exec.db.insertInto('document_clusters').values([
      { document_id: first, cluster_id: first, similarity: 1 },
      { document_id: copy, cluster_id: first, similarity: 0.9 },
    ]),
  );
  assert.deepEqual((await store.search('chuyển đổi số')).map((h) => [h.id, h.similar]), [[first, 1]]);
  // The representative is on another site: the copy stands for the cluster.
  assert.deepEqual((await store.search('chuyển đổi số', { site: 'b.vn' })).map((h) => [h.id, h.similar]), [[copy, 1]]);
  // Only the copy has these words.
  assert.deepEqual((await store.search('thêm ảnh')).map((h) => h.id), [copy]);
  await store.close();
});

function sorted(xs: number[]): number[] {
  return [...xs].sort((a, b) => a - b);
}
