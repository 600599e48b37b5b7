// The tsquery a NEAR group becomes on PostgreSQL (no database needed): small groups are written as
// phrase alternatives, long ones are left to radar57_near without enumerating their word orders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_NEAR_WORDS, textMatch } from '../../src/store/postgres/tsearch.ts';

const words = (n: number) => Array.from({ length: n }, (_, i) => [`tu${i}`]);

test('two unquoted words near each other become phrase alternatives in the tsquery', () => {
  const m = textMatch(words(2), [true, true], 3);
  assert.ok(m);
  assert.equal(m.near, null);
  assert.match(m.query, /<\d+>/);
});

test('a task title of twelve words is checked by radar57_near, its orders never enumerated', () => {
  const n = 12;
  assert.ok(n > MAX_NEAR_WORDS);
  const m = textMatch(words(n), Array(n).fill(true), 3 * (n - 1));
  assert.ok(m);
  assert.equal(m.near?.length, n, 'each word is a phrase for radar57_near');
  assert.doesNotMatch(m.query, /<\d+>/, 'the tsquery is the plain AND of the words');
});
