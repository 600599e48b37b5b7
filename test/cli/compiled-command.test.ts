// The published command runs the compiled JavaScript in dist/ (built by `npm test`'s pretest and by
// `npm ci` through `prepare`), the job worker thread included: no TypeScript loader at run time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PAGE_SEED, REPO, tempDir } from '../helpers.ts';

const BIN = join(REPO, 'bin', 'radar57.js');
const DIST = join(REPO, 'dist');
const built = existsSync(join(DIST, 'serve', 'cli', 'main.js'));
const skip = built ? false : 'dist/ is not built: run `npm run build:cli` (npm test does it first)';

test('the command runs from dist/ without tsx: ingest then search', { skip }, (t) => {
  const dir = tempDir(t);
  const db = join(dir, 'r.db');
  // --import is left empty on purpose: were the command TypeScript, it could not load.
  const env = { ...process.env, NODE_OPTIONS: '' };
  const ingest = JSON.parse(execFileSync(process.execPath, [BIN, '--db', db, 'ingest', PAGE_SEED, '--json'], { encoding: 'utf8', env })) as { created: number };
  assert.ok(ingest.created > 0);
  const found = JSON.parse(execFileSync(process.execPath, [BIN, '--db', db, 'search', 'Nghị quyết 57', '--json'], { encoding: 'utf8', env })) as { count: number };
  assert.ok(found.count >= 1);
});

test('a server job runs in the compiled worker thread', { skip }, async (t) => {
  const dir = tempDir(t);
  const runner = (await import(pathToFileURL(join(DIST, 'serve/http/jobs/runner.js')).href)) as typeof import('../../src/serve/http/jobs/runner.ts');
  const stores = (await import(pathToFileURL(join(DIST, 'store/index.js')).href)) as typeof import('../../src/store/index.ts');
  const packs = (await import(pathToFileURL(join(DIST, 'programme/load.js')).href)) as typeof import('../../src/programme/load.ts');
  const store = await stores.openStore(join(dir, 'r.db'));
  const jobs = runner.createJobRunner(store, packs.loadPack(packs.BUILTIN_PACK_DIR));
  try {
    const sha256 = createHash('sha256').update(readFileSync(PAGE_SEED)).digest('hex');
    const summary = await jobs.run({ kind: 'upload', actor: 'kiem-thu', files: [{ status: 'received', name: 'trang.txt', path: PAGE_SEED, sha256 }] });
    assert.ok(summary.created > 0);
    assert.equal(await store.countDocuments(), summary.created);
  } finally {
    await jobs.close();
    await store.close();
  }
});
