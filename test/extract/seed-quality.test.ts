// The extractors' quality bar on the hand-annotated seeds (issue 3): every kind at precision ≥ 0.95
// and recall ≥ 0.90, as measured by `npm run eval:facts`. A regression in any extractor fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from '../helpers.ts';

test('every fact kind reaches P ≥ 0.95 and R ≥ 0.90 on the gold-annotated seeds', () => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'scripts', 'eval-facts.ts'), '--min-precision', '0.95', '--min-recall', '0.90'], {
    cwd: REPO,
    encoding: 'utf8',
  });
  assert.match(r.stdout, /== all seeds/, r.stdout + r.stderr);
  assert.equal(r.status, 0, r.stdout + r.stderr);
});
