// Content shared by several URLs is stored once, and never lost when one of them changes
// (review findings: a linked document overwritten by its own source's update).
import { openStore, test } from './backends.ts';
import assert from 'node:assert/strict';
import { EXTRACTION_VERSION } from '../../src/extract/index.ts';
import type { DocumentFacts } from '../../src/extract/facts.ts';
import { article } from './fixtures.ts';

const X = ['Tổng Bí thư Tô Lâm chủ trì hội nghị sơ kết Nghị quyết 57-NQ/TW tại Hà Nội.'];
const Y = ['Thủ tướng Phạm Minh Chính làm việc với các doanh nghiệp công nghệ số tại Đà Nẵng.'];

const save = (store: Awaited<ReturnType<typeof openStore>>, origin: string, docs: [string, string[]][], facts?: DocumentFacts[]) =>
  store.saveFile({
    origin,
    sourceHash: JSON.stringify(docs),
    format: 'html',
    documents: docs.map(([url, body]) => article('Hội nghị', body, { url })),
    facts,
    extractionVersion: facts ? EXTRACTION_VERSION : undefined,
  });

const bodyOfUrl = async (store: Awaited<ReturnType<typeof openStore>>, url: string) =>
{
  for (const d of await store.listDocuments()) if ((await store.documentUrls(d.id)).includes(url)) return d.body;
  return undefined;
};

test('updating a document that another URL shares keeps the other URL\'s content', async () => {
  const store = await openStore(':memory:');
  await save(store, 'a.html', [['http://a/1', X]]);
  const b = await save(store, 'b.html', [['http://b/2', X]]);
  assert.deepEqual([b.created, b.unchanged, await store.countDocuments()], [0, 1, 1], 'same content stored once');
  await save(store, 'a.html', [['http://a/1', Y]]);
  assert.equal(await store.countDocuments(), 2);
  assert.deepEqual(await bodyOfUrl(store, 'http://a/1'), Y);
  assert.deepEqual(await bodyOfUrl(store, 'http://b/2'), X);
  assert.equal((await store.search('"Tô Lâm chủ trì"')).length, 1, 'the old content is still found');
  const again = await save(store, 'b.html', [['http://b/2', X]]);
  assert.equal(again.created, 0, 're-ingesting the other file finds its content where it was');
  await store.close();
});

test('within one file, a URL listed before its twin\'s update does not lose its content', async () => {
  const store = await openStore(':memory:');
  await save(store, 'f.html', [['http://f/1', X]]);
  await save(store, 'f.html', [['http://f/2', X], ['http://f/1', Y]]);
  assert.deepEqual(await bodyOfUrl(store, 'http://f/2'), X);
  assert.deepEqual(await bodyOfUrl(store, 'http://f/1'), Y);
  await store.close();
});

test('content changed without facts drops the stale facts and is due for re-extraction', async () => {
  const store = await openStore(':memory:');
  const person = { kind: 'person', field: 'body', index: 0, start: 12, end: 18, text: 'Tô Lâm', name: 'Tô Lâm', title: null, confidence: 1, extractor: 'persons', extractorVersion: '1' } as const;
  const facts: DocumentFacts = { persons: [person], organizations: [], places: [], legalRefs: [], dates: [], quantities: [], topics: [] };
  await save(store, 'a.html', [['http://a/1', X]], [facts]);
  assert.equal(await store.countToReextract(EXTRACTION_VERSION), 0);
  await save(store, 'a.html', [['http://a/1', Y]]);
  assert.equal((await store.listMentions({ kind: 'person' })).length, 0);
  assert.equal((await store.findEntities('to lam')).length, 0);
  assert.equal(await store.countToReextract(EXTRACTION_VERSION), 1);
  await store.close();
});
