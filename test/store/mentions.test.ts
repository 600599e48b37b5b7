import { openStore, test } from './backends.ts';
import assert from 'node:assert/strict';
import type { DocumentFacts } from '../../src/extract/facts.ts';
import type { StructuredDocument } from '../../src/records.ts';
import type { FactRecord, MentionRecord } from '../../src/store/index.ts';
import { pageFile } from './fixtures.ts';

const person: MentionRecord = {
  kind: 'person',
  field: 'title',
  index: 0,
  start: 0,
  end: 18,
  text: 'Tổng Bí thư Tô Lâm',
  name: 'Tô Lâm',
  title: 'Tổng Bí thư',
  confidence: 0.95,
  extractor: 'persons',
  extractorVersion: '1',
};

const quantity: MentionRecord = {
  kind: 'quantity',
  field: 'body',
  index: 3,
  start: 24,
  end: 38,
  text: '12.106 trạm 5G',
  value: 12106,
  valueMax: null,
  unit: 'trạm 5G',
  of: null,
  qualifier: 'exact',
  stance: 'reported',
  confidence: 0.9,
  extractor: 'quantities',
  extractorVersion: '2',
};

test('mentions round-trip with their kind-specific values and provenance', async () => {
  const store = await openStore(':memory:');
  const [articleId = 0] = (await store.saveFile(pageFile())).ids;
  await store.saveMentions(articleId, [person, quantity]);
  const listed = await store.listMentions({ documentId: articleId });
  assert.equal(listed.length, 2);
  for (const [saved, original] of [
    [listed[0], person],
    [listed[1], quantity],
  ] as const) {
    assert.ok(saved);
    const { mentionId, documentId, ...rest } = saved;
    assert.ok(mentionId > 0);
    assert.equal(documentId, articleId);
    assert.deepEqual(rest, original);
  }
  assert.equal((await store.stats()).mentions, 2);
  await store.close();
});

test('saving mentions replaces the document’s previous ones only', async () => {
  const store = await openStore(':memory:');
  const [a = 0, b = 0] = (await store.saveFile(pageFile())).ids;
  await store.saveMentions(a, [person, quantity]);
  await store.saveMentions(b, [person]);
  await store.saveMentions(a, [quantity]);
  assert.deepEqual(
    (await store.listMentions({ documentId: a })).map((m) => m.kind),
    ['quantity'],
  );
  assert.deepEqual(
    (await store.listMentions({ kind: 'person' })).map((m) => m.documentId),
    [b],
  );
  assert.equal((await store.listMentions()).length, 2);
  await store.close();
});

test('mentions of an unknown document are refused and nothing is kept', async () => {
  const store = await openStore(':memory:');
  await assert.rejects(() => store.saveMentions(424242, [person]), /foreign key/i);
  assert.equal((await store.listMentions()).length, 0);
  await store.close();
});

const topic: FactRecord = {
  kind: 'topic',
  id: 'digital-transformation',
  name: 'Chuyển đổi số',
  score: 0.8,
  evidence: [{ field: 'body', index: 1, start: 5, end: 18, text: 'chuyển đổi số' }],
  extractor: 'topics',
  extractorVersion: '1',
};

const factsOf = (over: Partial<DocumentFacts>): DocumentFacts => ({
  persons: [],
  organizations: [],
  places: [],
  legalRefs: [],
  dates: [],
  quantities: [],
  topics: [],
  ...over,
});

test('saveFile stores the facts of each document with it, replacing older ones', async () => {
  const store = await openStore(':memory:');
  const page = pageFile();
  const facts = page.documents.map((_, i) => factsOf(i === 0 ? { persons: [person], topics: [topic] } : {}));
  const { ids } = await store.saveFile({ ...page, facts });
  const stored = await store.listMentions({ documentId: ids[0] });
  assert.deepEqual(
    stored.map(({ mentionId: _id, documentId: _d, ...rest }) => rest),
    [person, topic],
  );
  // Same documents, newer extractor output: the mentions follow even though no document changed.
  const again = await store.saveFile({ ...page, facts: page.documents.map(() => factsOf({ quantities: [quantity] })) });
  assert.equal(again.unchanged, page.documents.length);
  assert.equal((await store.listMentions()).length, page.documents.length);
  assert.deepEqual(
    await store.listMentions({ kind: 'topic' }),
    [],
  );
  await store.close();
});

test('facts that do not line up with the documents, or a failing file, store no mentions', async () => {
  const store = await openStore(':memory:');
  const page = pageFile();
  await assert.rejects(() => store.saveFile({ ...page, facts: [factsOf({ persons: [person] })] }), RangeError);
  const bad = { ...page.documents[1], publishedPrecision: 'someday' } as unknown as StructuredDocument;
  const documents = [...page.documents, bad];
  await assert.rejects(() =>
    store.saveFile({ ...page, documents, facts: documents.map(() => factsOf({ persons: [person] })) }),
  );
  assert.equal((await store.listMentions()).length, 0);
  assert.equal(await store.countDocuments(), 0);
  await store.close();
});
