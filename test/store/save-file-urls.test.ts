// Content shared by several URLs is stored once, and never lost when one of them changes
// (review findings: a linked document overwritten by its own source's update).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../src/store/index.ts';
import { EXTRACTION_VERSION } from '../../src/extract/index.ts';
import type { DocumentFacts } from '../../src/extract/facts.ts';
import { article } from './fixtures.ts';

const X = ['Tổng Bí thư Tô Lâm chủ trì hội nghị sơ kết Nghị quyết 57-NQ/TW tại Hà Nội.'];
const Y = ['Thủ tướng Phạm Minh Chính làm việc với các doanh nghiệp công nghệ số tại Đà Nẵng.'];

const save = (store: ReturnType<typeof openStore>, origin: string, docs: [string, string[]][], facts?: DocumentFacts[]) =>
  store.saveFile({
    origin,
    sourceHash: JSON.stringify(docs),
    format: 'html',
    documents: docs.map(([url, body]) => article('Hội nghị', body, { url })),
    facts,
    extractionVersion: facts ? EXTRACTION_VERSION : undefined,
  });

const bodyOfUrl = (store: ReturnType<typeof openStore>, url: string) =>
  store.listDocuments().find((d) => store.documentUrls(d.id).includes(url))?.body;

test('updating a document that another URL shares keeps the other URL\'s content', () => {
  const store = openStore(':memory:');
  save(store, 'a.html', [['http://a/1', X]]);
  const b = save(store, 'b.html', [['http://b/2', X]]);
  assert.deepEqual([b.created, b.unchanged, store.countDocuments()], [0, 1, 1], 'same content stored once');
  save(store, 'a.html', [['http://a/1', Y]]);
  assert.equal(store.countDocuments(), 2);
  assert.deepEqual(bodyOfUrl(store, 'http://a/1'), Y);
  assert.deepEqual(bodyOfUrl(store, 'http://b/2'), X);
  assert.equal(store.search('"Tô Lâm chủ trì"').length, 1, 'the old content is still found');
  const again = save(store, 'b.html', [['http://b/2', X]]);
  assert.equal(again.created, 0, 're-ingesting the other file finds its content where it was');
  store.close();
});

test('within one file, a URL listed before its twin\'s update does not lose its content', () => {
  const store = openStore(':memory:');
  save(store, 'f.html', [['http://f/1', X]]);
  save(store, 'f.html', [['http://f/2', X], ['http://f/1', Y]]);
  assert.deepEqual(bodyOfUrl(store, 'http://f/2'), X);
  assert.deepEqual(bodyOfUrl(store, 'http://f/1'), Y);
  store.close();
});

test('content changed without facts drops the stale facts and is due for re-extraction', () => {
  const store = openStore(':memory:');
  const person = { kind: 'person', field: 'body', index: 0, start: 12, end: 18, text: 'Tô Lâm', name: 'Tô Lâm', title: null, confidence: 1, extractor: 'persons', extractorVersion: '1' } as const;
  const facts: DocumentFacts = { persons: [person], organizations: [], places: [], legalRefs: [], dates: [], quantities: [], topics: [] };
  save(store, 'a.html', [['http://a/1', X]], [facts]);
  assert.equal(store.countToReextract(EXTRACTION_VERSION), 0);
  save(store, 'a.html', [['http://a/1', Y]]);
  assert.equal(store.listMentions({ kind: 'person' }).length, 0);
  assert.equal(store.findEntities('to lam').length, 0);
  assert.equal(store.countToReextract(EXTRACTION_VERSION), 1);
  store.close();
});
