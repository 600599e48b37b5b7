// Issue 13: a programme *read* command never writes. The writers keep the programme's links
// current; a read with another pack (or with documents waiting) says so and changes nothing, and
// `programme link` is the command that brings the store up to date with a changed pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, tempDir } from '../helpers.ts';
import { BUILTIN_PACK_DIR } from '../../src/programme/load.ts';
import { openStore } from '../../src/store/index.ts';

const BIN = join(REPO, 'bin', 'radar57.js');

function radar57(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: REPO });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function snapshot(db: string) {
  const store = await openStore(db);
  try {
    return { audit: (await store.audit.list({ limit: 100_000 })).length, loaded: (await store.programme.current())?.hash ?? null, observations: (await store.programme.observations()).length };
  } finally {
    await store.close();
  }
}

test('programme reads with a changed pack write nothing; programme link loads it', async (t) => {
  const dir = tempDir(t);
  const db = join(dir, 'p.db');
  const file = join(dir, 'tin.txt');
  writeFileSync(file, 'Hạ tầng 5G phát triển nhanh\n\nTheo báo cáo của Bộ Khoa học và Công nghệ ngày 2/7/2025, cả nước đã có 12.106 trạm 5G được triển khai.\n');
  assert.equal(radar57(['--db', db, 'ingest', file, '--json']).code, 0);
  const linked = await snapshot(db);
  assert.notEqual(linked.loaded, null, 'ingest linked to the built-in pack');

  // The same pack with one more note: another hash, so another pack to the store.
  const pack = join(dir, 'pack');
  cpSync(BUILTIN_PACK_DIR, pack, { recursive: true });
  const yaml = join(pack, 'programme.yaml');
  writeFileSync(yaml, `${readFileSync(yaml, 'utf8')}\n# bản sửa đổi\n`);
  const dbBytes = statSync(db).mtimeMs;
  for (const args of [['programme', 'status', '--today', '2026-11-22'], ['programme', 'info'], ['observations', '5g_stations']]) {
    const read = radar57(['--db', db, '--programme', pack, ...args]);
    assert.equal(read.code, 0, read.stderr);
    assert.match(read.stderr, /programme link/, `${args.join(' ')} says how to bring the links up to date`);
  }
  assert.deepEqual(await snapshot(db), linked, 'the reads changed nothing: no pack load, no audit row, the same observations');
  assert.equal(statSync(db).mtimeMs, dbBytes);

  const relink = radar57(['--db', db, '--programme', pack, 'programme', 'link', '--json']);
  assert.equal(relink.code, 0, relink.stderr);
  assert.equal(JSON.parse(relink.stdout).packLoaded, true);
  const after = await snapshot(db);
  assert.notEqual(after.loaded, linked.loaded);
  assert.ok(after.audit > linked.audit, 'the pack load is audited');
  const quiet = radar57(['--db', db, '--programme', pack, 'programme', 'status', '--json']);
  assert.ok(JSON.parse(quiet.stdout).targets.length > 0);
  assert.equal(quiet.code, 0);
  assert.doesNotMatch(quiet.stderr, /programme link/, 'nothing is waiting any more');
});
