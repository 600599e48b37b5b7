// Near-duplicate clusters maintained as documents are saved: the representative is the earliest,
// the threshold is configurable, and an edited document leaves a cluster it no longer fits.
import { openStore, test } from './backends.ts';
import assert from 'node:assert/strict';
import { article } from './fixtures.ts';
import { ARTICLE_PARAGRAPHS } from './seed-texts.ts';

const edited = ARTICLE_PARAGRAPHS.map((p, i) => (i === 1 ? p.replace('Tổng Bí thư', 'Tổng Bí thư Tô Lâm') : p));

async function save(store: Awaited<ReturnType<typeof openStore>>, origin: string, body: readonly string[], published: string) {
  return (await store.saveFile({ origin, sourceHash: origin, format: 'html', documents: [article(`Bài ${origin}`, [...body], { published, url: `https://${origin}/x` })] })).ids[0]!;
}

test('a lightly edited copy joins the earliest document\'s cluster', async () => {
  const store = await openStore(':memory:');
  const later = await save(store, 'b.vn', edited, '2025-07-03T08:00:00+07:00');
  const earlier = await save(store, 'a.vn', ARTICLE_PARAGRAPHS, '2025-07-02T17:12:00+07:00');
  await save(store, 'c.vn', ['Một câu chuyện hoàn toàn khác về nông nghiệp công nghệ cao ở đồng bằng sông Cửu Long, với những mô hình mới.'], '2025-07-04');
  assert.deepEqual(await store.nearDuplicateClusters(), [{ representativeId: earlier, documentIds: [earlier, later] }]);
  await store.close();
});

test('the threshold is configurable', async () => {
  const half = ARTICLE_PARAGRAPHS.slice(0, Math.ceil(ARTICLE_PARAGRAPHS.length / 2));
  for (const [threshold, clusters] of [[0.8, 0], [0.3, 1]] as const) {
    const store = await openStore(':memory:', { nearDuplicateThreshold: threshold });
    await save(store, 'a.vn', ARTICLE_PARAGRAPHS, '2025-07-02');
    await save(store, 'b.vn', half, '2025-07-03');
    assert.equal((await store.nearDuplicateClusters()).length, clusters, `threshold ${threshold}`);
    await store.close();
  }
  await assert.rejects(() => openStore(':memory:', { nearDuplicateThreshold: 1.5 }), /threshold/);
});

test('a document edited beyond recognition leaves its cluster', async () => {
  const store = await openStore(':memory:');
  await save(store, 'a.vn', ARTICLE_PARAGRAPHS, '2025-07-02');
  await save(store, 'b.vn', edited, '2025-07-03');
  assert.equal((await store.nearDuplicateClusters()).length, 1);
  await save(store, 'b.vn', ['Bài viết đã được thay bằng một nội dung khác hẳn, nói về du lịch biển đảo và các lễ hội mùa hè năm nay.'], '2025-07-03');
  assert.equal((await store.nearDuplicateClusters()).length, 0);
  await store.close();
});
