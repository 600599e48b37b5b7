import { backendStore, test } from './backends.ts';
import assert from 'node:assert/strict';
import type { StructuredDocument } from '../../src/records.ts';
import type { Store } from '../../src/store/types.ts';
import { article, brief } from './fixtures.ts';

// A broad query (at least `fullRankingLimit` matches) is ranked by field and recency instead of
// bm25. A limit of 3 makes that visible with a handful of documents.
async function broadStore(documents: StructuredDocument[]): Promise<{ store: Store; ids: number[] }> {
  const { store } = await backendStore({ fullRankingLimit: 3 });
  const { ids } = await store.saveFile({ origin: 'f', sourceHash: 'h', format: 'page', documents });
  return { store, ids };
}

test('a broad query ranks exact before folded, then title, lede, body, then newest', async () => {
  const { store, ids } = await broadStore([
    article('Bán dẫn: chiến lược quốc gia', ['Nội dung.']), // 0 exact, title
    article('Tin tuần', ['Ngành bán dẫn tăng trưởng.']), // 1 exact, body
    brief('Nhân lực bán dẫn.'), // 2 exact, lede
    article('Ban dan Viet Nam', ['Khong dau.']), // 3 folded only, title
    brief('Đầu tư bán dẫn.'), // 4 exact, lede, newer than 2
    article('Bàn dân sinh', ['Không liên quan.']), // 5 folded only (bàn dân), title
  ]);
  const hits = await store.search('bán dẫn', { limit: 10 });
  assert.deepEqual(
    hits.map((h) => h.id),
    [0, 4, 2, 1, 5, 3].map((i) => ids[i]),
  );
  assert.deepEqual(
    hits.map((h) => h.exact),
    [true, true, true, true, false, false],
  );
  assert.deepEqual(
    hits.map((h) => h.score),
    [3, 2, 2, 1, 3, 3],
  );
  // Pages of one ranking line up.
  const paged = (await Promise.all([0, 2, 4].map(async (offset) => (await store.search('bán dẫn', { limit: 2, offset })).map((h) => h.id)))).flat();
  assert.deepEqual(
    paged,
    hits.map((h) => h.id),
  );
  await store.close();
});

test('a narrow query is ranked by bm25 over all its matches', async () => {
  const { store, ids } = await broadStore([
    brief('Ngành bán dẫn cần nhân lực.'),
    article('Bán dẫn và vi mạch', ['Chiến lược bán dẫn.']),
  ]);
  const hits = await store.search('bán dẫn');
  assert.deepEqual(
    hits.map((h) => h.id),
    [ids[1], ids[0]],
  );
  assert.ok(hits.every((h) => h.score > 0 && h.score !== 3 && h.score !== 2));
  await store.close();
});
