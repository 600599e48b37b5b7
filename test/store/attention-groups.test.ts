// A document's source group is the group of the live source its URL was queued from; documents
// from elsewhere (uploaded files, ungrouped sources) have none. And a search's matching ids include
// near-duplicates, which attention counts.
import { openStore, test } from './backends.ts';
import assert from 'node:assert/strict';
import { article } from './fixtures.ts';

test('documents take the group of the source their URL was queued from', async () => {
  const store = await openStore(':memory:');
  const party = (await store.addSource({ url: 'https://nhandan.example/rss', name: 'Nhân Dân', kind: 'feed' })).source;
  const local = (await store.addSource({ url: 'https://baodienbien.example/rss', name: 'Điện Biên', kind: 'feed' })).source;
  assert.equal(await store.setSourceGroup(party.id, 'Báo Đảng và Nhà nước'), true);
  assert.equal(await store.setSourceGroup('https://nowhere.example/', 'x'), false);
  await store.enqueueUrls(party.id, ['https://nhandan.example/a']);
  await store.enqueueUrls(local.id, ['https://baodienbien.example/b']);
  const file = (url: string, title: string) => ({ origin: url, sourceHash: url, format: 'html', documents: [article(title, ['Chuyển đổi số ở cơ sở.'], { url, published: '2025-07-02' })] });
  const a = (await store.saveFile(file('https://nhandan.example/a', 'Bài A'))).ids[0]!;
  const b = (await store.saveFile(file('https://baodienbien.example/b', 'Bài B'))).ids[0]!;
  const c = (await store.saveFile({ origin: '/tmp/upload.txt', sourceHash: 'c', format: 'plain', documents: [article('Bài C', ['Không nói về chủ đề ấy.'], { published: '2025-07-03' })] })).ids[0]!;
  const groups = new Map((await store.attention.documents()).map((d) => [d.id, d.group]));
  assert.deepEqual([groups.get(a), groups.get(b), groups.get(c)], ['Báo Đảng và Nhà nước', null, null]);
  assert.deepEqual((await store.attention.matchingIds('chuyen doi so')).sort(), [a, b].sort());
  assert.deepEqual(await store.attention.matchingIds('chuyen doi so', {}, a), [b], 'only documents stored after the watermark');
  assert.deepEqual(await store.attention.matchingIds('', { place: 'Nowhere' }, a), []);
  assert.equal(await store.attention.lastDocumentId(), c);
  await store.close();
});
