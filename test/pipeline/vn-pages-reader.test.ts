// Regression guard on real pages: the reader's figures on the vn-pages development set must stay at the
// levels issue 11 requires. Reads ../shared/eval/vn-pages; skips, saying so, when it is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pool } from '../../src/extract/eval/vn-pages.ts';
import { evaluateVnPages, vnPageIds } from '../../src/pipeline/evaluate-pages.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = path.join(repoRoot, '..', 'shared', 'eval', 'vn-pages');
const skip = existsSync(dir) ? false : `shared evaluation data absent: ${dir} (expected beside the repository in ../shared)`;

test('vn-pages: titles, dates, bodies and boilerplate at the required levels', { skip }, () => {
  const { pages, errors } = evaluateVnPages(dir, vnPageIds(dir));
  assert.deepEqual(errors, []);
  const all = pool(pages);
  const rate = (r: { hit: number; total: number }) => r.hit / r.total;
  assert.ok(rate(all.title) >= 0.95, `title ${rate(all.title)}`);
  assert.ok(rate(all.published) >= 0.95, `published ${rate(all.published)}`);
  assert.ok(rate(all.body) >= 0.97, `body ${rate(all.body)}`);
  assert.ok(rate(all.leak) <= 0.05, `leak ${rate(all.leak)}`);
});
