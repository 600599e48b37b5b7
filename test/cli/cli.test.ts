// The `radar57` command as a user runs it: a real process, a real database file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, SEED_DIR, PAGE_SEED, ledeLines, tempDir } from '../helpers.ts';

const BIN = join(REPO, 'bin', 'radar57.js');

function radar57(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, cwd: REPO });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('ingest, search --json, show --json and stats --json work end to end', (t) => {
  const db = join(tempDir(t), 'cli.db');
  const ingest = radar57(['--db', db, 'ingest', SEED_DIR, '--json']);
  assert.equal(ingest.code, 0, ingest.stderr);
  const summary = JSON.parse(ingest.stdout);
  assert.equal(summary.created, 11 + ledeLines().length);

  const again = JSON.parse(radar57(['--db', db, 'ingest', SEED_DIR, '--json']).stdout);
  assert.equal(again.created, 0);
  assert.equal(again.unchanged, summary.created);

  const search = radar57(['--db', db, 'search', 'dien bien', '--json']);
  assert.equal(search.code, 0, search.stderr);
  const hits = JSON.parse(search.stdout).hits as { id: number }[];
  assert.equal(hits.length, 3);

  const shown = JSON.parse(radar57(['--db', db, 'show', String(hits[0]!.id), '--json']).stdout);
  assert.equal(shown.id, hits[0]!.id);

  const stats = JSON.parse(radar57(['--db', db, 'stats', '--json']).stdout);
  assert.ok(stats.database.endsWith('cli.db'));
});

test('RADAR57_DB selects the database when --db is absent', (t) => {
  const db = join(tempDir(t), 'env.db');
  const r = radar57(['ingest', PAGE_SEED, '--json'], { RADAR57_DB: db });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).database, db);
});

test('extract --json prints the documents of one file with the contract fields, without storing', (t) => {
  const db = join(tempDir(t), 'none.db');
  const r = radar57(['--db', db, 'extract', PAGE_SEED, '--json']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.documents.length, 11);
  const article = out.documents[0];
  for (const key of ['kind', 'title', 'published', 'author', 'site', 'category', 'lede', 'body', 'captions', 'related', 'parent', 'facts']) {
    assert.ok(key in article, `missing ${key}`);
  }
  assert.equal(article.kind, 'article');
  assert.ok(out.documents.slice(1).every((d: { kind: string; parent: number }) => d.kind === 'teaser' && d.parent === 0));
});

test('extract --jsonl reads files and folders in one process: one line per file, errors on their own line', (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'empty.html'), '<html><body></body></html>');
  const r = radar57(['extract', SEED_DIR, '/nonexistent/x.txt', dir, '--jsonl']);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((line) => JSON.parse(line) as { file: string; error?: string; documents?: { kind: string }[] });
  const byName = (suffix: string) => lines.find((l) => l.file.endsWith(suffix));
  assert.equal(byName('x.txt')?.error, 'no such file or directory');
  assert.equal(byName(PAGE_SEED.split('/').at(-1)!)?.documents?.length, 11);
  const single = JSON.parse(radar57(['extract', PAGE_SEED, '--json']).stdout);
  assert.deepEqual(byName(PAGE_SEED.split('/').at(-1)!)?.documents, single.documents, 'each line holds what --json gives');
  assert.ok(byName('empty.html'), 'every input file has its line');
  assert.notEqual(radar57(['extract', SEED_DIR, '--json']).code, 0, '--json is for one file');
});

test('ingest exits non-zero when nothing could be read, and says why', (t) => {
  const db = join(tempDir(t), 'x.db');
  const r = radar57(['--db', db, 'ingest', '/nonexistent/file.txt']);
  assert.notEqual(r.code, 0);
  assert.match(r.stdout + r.stderr, /nonexistent\/file\.txt.*no such file/);
});

test('bad arguments get a clear message', () => {
  const r = radar57(['search', 'x', '--kind', 'novel']);
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /kind must be one of/);
});

