import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXTRACTION_VERSION } from '../../src/extract/index.ts';
import type { DocumentFacts } from '../../src/extract/facts.ts';
import { openStore } from '../../src/store/index.ts';
import { reextract } from '../../src/pipeline/reextract.ts';
import { article, brief } from '../store/fixtures.ts';

const none: DocumentFacts = { persons: [], organizations: [], places: [], legalRefs: [], dates: [], quantities: [], topics: [] };

async function seededStore() {
  const store = await openStore(':memory:');
  // Stored with empty facts, as an older extractor might have left them.
  const dated = await store.saveFile({
    origin: 'a.txt',
    sourceHash: 'a',
    format: 'ledes',
    documents: [
      brief('Tổng Bí thư Tô Lâm chủ trì hội nghị về Nghị quyết 57-NQ/TW.', { published: '2024-05-02', publishedPrecision: 'date' }),
      brief('Thủ tướng Phạm Minh Chính làm việc tại Hà Nội.', { published: '2024-06-10', publishedPrecision: 'date' }),
      // No date of its own: its year comes from the other documents of the same source.
      brief('Ngày 5/3, Bộ Khoa học và Công nghệ tổ chức hội thảo.'),
    ],
    facts: [none, none, none],
    extractionVersion: EXTRACTION_VERSION,
  });
  // Stored without facts at all: no version recorded.
  const bare = await store.saveFile({
    origin: 'b.txt',
    sourceHash: 'b',
    format: 'plain',
    documents: [article('Tô Lâm thăm Lâm Đồng', ['Tổng Bí thư Tô Lâm thăm tỉnh Lâm Đồng.'], { published: '2025-01-05' })],
  });
  return { store, ids: [...dated.ids, ...bare.ids] };
}

test('documents are selected by the extraction version their facts came from', async () => {
  const { store, ids } = await seededStore();
  // saveFile records the version its caller gives for the facts.
  assert.equal(await store.countToReextract(EXTRACTION_VERSION), 1);
  assert.deepEqual(await store.idsToReextract(EXTRACTION_VERSION), [ids[3]]);
  assert.equal(await store.countToReextract('older'), 4);
  assert.equal(await store.countToReextract(EXTRACTION_VERSION, { all: true }), 4);
  assert.deepEqual(await store.idsToReextract('older', { afterId: ids[1], limit: 1 }), [ids[2]]);
  assert.deepEqual(await store.sourceYears(), new Map([['a.txt', 2024], ['b.txt', 2025]]));
  await store.close();
});

test('facts saved without a version count as out of date', async () => {
  const store = await openStore(':memory:');
  await store.saveFile({ origin: 'c.txt', sourceHash: 'c', format: 'ledes', documents: [brief('Hà Nội.')], facts: [none] });
  assert.equal(await store.countToReextract(EXTRACTION_VERSION), 1);
  await store.close();
});

test('re-extraction replaces facts and links entities, batch by batch, and a second run has nothing to do', async () => {
  const { store, ids } = await seededStore();
  // Pretend the first three were extracted by an older version.
  for (const id of ids.slice(0, 3)) await store.saveMentions(id, [], 'persons@0');
  assert.equal(await store.countToReextract(EXTRACTION_VERSION), 4);
  const progress: [number, number][] = [];
  const summary = await reextract(store, { batchSize: 3, onProgress: (done, total) => progress.push([done, total]) });
  assert.equal(summary.selected, 4);
  assert.equal(summary.reextracted, 4);
  assert.equal(summary.version, EXTRACTION_VERSION);
  assert.deepEqual(progress, [[3, 4], [4, 4]]);
  assert.equal(summary.mentions, (await store.listMentions()).length);

  const [toLam] = await store.findEntities('to lam', { kind: 'person' });
  assert.equal(toLam?.documentCount, 2);
  assert.deepEqual(await store.citations(ids[0] as number), ['57-NQ/TW']);

  // The undated document's day got its year from its source's other documents.
  const dates = await store.listMentions({ kind: 'date', documentId: ids[2] });
  assert.ok(dates.some((d) => d.kind === 'date' && d.value === '2024-03-05' && d.yearFrom === 'collection'), JSON.stringify(dates));

  const again = await reextract(store);
  assert.equal(again.selected, 0);
  assert.equal(again.reextracted, 0);
  const all = await reextract(store, { all: true });
  assert.equal(all.reextracted, 4);
  // Same input, same extractors: the same facts and entities, not twice as many.
  assert.equal(all.mentions, summary.mentions);
  assert.equal((await store.findEntities('to lam', { kind: 'person' }))[0]?.mentionCount, toLam?.mentionCount);
  await store.close();
});

test('a batch is one transaction: a failure keeps the previous facts of every document in it', async () => {
  const { store, ids } = await seededStore();
  const person = {
    kind: 'person' as const,
    field: 'lede' as const,
    index: 0,
    start: 0,
    end: 6,
    text: 'Tô Lâm',
    name: 'Tô Lâm',
    title: null,
    confidence: 1,
    extractor: 'persons',
    extractorVersion: '1',
  };
  await assert.rejects(() =>
    store.saveFacts(
      [
        { documentId: ids[0] as number, mentions: [person] },
        { documentId: 999_999, mentions: [person] },
      ],
      'v2',
    ),
  );
  assert.equal((await store.listMentions()).length, 0);
  assert.deepEqual(await store.findEntities('Tô Lâm'), []);
  assert.equal(await store.countToReextract('v2'), 4);
  await store.close();
});
