import { openStore, test } from './backends.ts';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ledeFile, pageFile } from './fixtures.ts';

test('any query string returns a list and never throws', async () => {
  const store = await openStore(':memory:');
  await store.saveFile(ledeFile());
  await store.saveFile(pageFile());
  // Strings built from FTS5's own syntax characters and operators, Vietnamese words, and arbitrary text.
  const syntax = fc.constantFrom('"', '(', ')', '*', '^', ':', '+', '-', '{', '}', 'AND', 'OR', 'NOT', 'NEAR', ',', ' ');
  const vietnamese = fc.constantFrom('chuyển', 'đổi', 'số', 'Hà', 'Nội', 'nghị', 'quyết', 'đ', 'ư', 'hoà');
  const mixed = fc.array(fc.oneof(syntax, vietnamese, fc.string({ unit: 'grapheme' })), { maxLength: 12 }).map((a) => a.join(''));
  await fc.assert(
    fc.asyncProperty(fc.oneof(mixed, fc.string({ unit: 'binary' })), async (query) => {
      const hits = await store.search(query, { limit: 5 });
      assert.ok(Array.isArray(hits));
    }),
    { numRuns: 1500 },
  );
  await store.close();
});
