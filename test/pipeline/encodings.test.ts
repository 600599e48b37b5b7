// Issue 2 acceptance: a TCVN3 copy and a UTF-16 copy of seed 000 ingest to the same text as the original.
// TCVN3 has no code for the curly quotes “ ” or the ellipsis …; a TCVN3 copy writes them as " and ...,
// so for it the comparison is with the original after exactly those substitutions, and nothing else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.ts';
import { ingestPaths } from '../../src/pipeline/ingest.ts';
import { LEDES_SEED, REPO } from '../helpers.ts';

const FIXTURES = join(REPO, 'test', 'fixtures', 'encodings');

async function bodies(path: string, encoding?: 'tcvn3') {
  const store = await openStore(':memory:');
  const summary = await ingestPaths([path], store, encoding ? { encoding } : {});
  assert.deepEqual(summary.rejected, []);
  const texts = (await store.listDocuments()).map((d) => d.body.join('\n'));
  await store.close();
  return texts;
}

const withoutTcvn3Gaps = (s: string) => s.replace(/[“”]/g, '"').replace(/…/g, '...');

test('the UTF-16 copy ingests to exactly the text of the UTF-8 original', async () => {
  assert.deepEqual(await bodies(join(FIXTURES, 'seed000.utf16le.txt')), await bodies(LEDES_SEED));
});

for (const forced of [undefined, 'tcvn3'] as const) {
  test(`the TCVN3 copy (${forced ? 'forced --encoding tcvn3' : 'detected'}) ingests to the original's text`, async () => {
    const original = (await bodies(LEDES_SEED)).map(withoutTcvn3Gaps);
    const copy = await bodies(join(FIXTURES, 'seed000.tcvn3.txt'), forced);
    assert.equal(copy.length, original.length);
    assert.deepEqual(copy, original);
  });
}
