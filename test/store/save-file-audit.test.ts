// Issue 10, item 17: a file saved with an audit entry gets it in the same transaction: every
// stored file of an upload has its row, and a file that fails leaves neither documents nor row.
import { openStore, test } from './backends.ts';
import assert from 'node:assert/strict';
import { article } from './fixtures.ts';

test('saveFile writes its audit entry with the file, or nothing at all', async () => {
  const store = await openStore(':memory:');
  try {
    const audit = { actor: 'bientap', action: 'ingest.file', target: 'upload:bai.txt', details: { name: 'bai.txt' } };
    const saved = await store.saveFile({ origin: 'upload:abc/bai.txt', sourceHash: 'h1', format: 'plain', documents: [article('Bài', ['Nội dung.'])], audit });
    const [row] = await store.audit.list({ target: 'upload:' });
    assert.deepEqual([row?.actor, row?.action], ['bientap', 'ingest.file']);
    assert.deepEqual(row?.after, { name: 'bai.txt', created: 1, updated: 0, unchanged: 0, documentIds: saved.ids });

    const before = (await store.audit.list({ limit: 1000 })).length;
    // The audit entry fails (no actor) after the documents were written: they are rolled back with it.
    await assert.rejects(() => store.saveFile({ origin: 'upload:def/hong.txt', sourceHash: 'h2', format: 'plain', documents: [article('Khác', ['Nội dung khác.'])], audit: { ...audit, actor: ' ' } }), /actor/);
    assert.equal((await store.audit.list({ limit: 1000 })).length, before);
    assert.equal(await store.countDocuments(), 1);
  } finally {
    await store.close();
  }
});
