import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldForSearch } from '../../src/text/fold.ts';

test('folding removes tone and vowel marks and maps đ to d', () => {
  assert.equal(foldForSearch('Điện Biên'), 'dien bien');
  assert.equal(foldForSearch('chuyển đổi số'), 'chuyen doi so');
});
