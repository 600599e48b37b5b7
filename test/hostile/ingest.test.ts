// The hostile-input corpus through the ingest path (issue 10, "done when"): each case is written
// to a file and ingested by `radar57 ingest` in a child process under a safety bound (heap limit,
// resident-memory watchdog, kill timeout: run-bounded.ts). The outcome is asserted: refused with
// the file named, or stored as sane documents. Cases that wait for another item's fix are todo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, tempDir } from '../helpers.ts';
import { openStore } from '../../src/store/index.ts';
import { HOSTILE_CASES, type HostileCase } from './cases.ts';
import { runBounded } from './run-bounded.ts';
import { allText, problems } from './sane.ts';

const BIN = join(REPO, 'bin', 'radar57.js');

interface IngestJson {
  files: number;
  stored: number;
  rejected: { origin: string; reason: string }[];
}

async function ingestCase(c: HostileCase, dir: string) {
  const file = join(dir, c.fileName);
  writeFileSync(file, c.make());
  const db = join(dir, 'hostile.db');
  const run = await runBounded(BIN, ['--db', db, 'ingest', file, '--json'], { cwd: REPO });
  assert.equal(run.killed, null, `${c.fileName}: killed by the safety bound: ${run.killed} (peak ${run.peakMiB} MiB)`);
  assert.ok(run.stdout.trim().startsWith('{'), `${c.fileName}: no JSON summary (exit ${run.code}, signal ${run.signal}):\n${run.stderr.slice(-2000)}`);
  const summary = JSON.parse(run.stdout) as IngestJson;
  return { file, db, summary, run };
}

for (const c of HOSTILE_CASES) {
  test(`hostile input, ingest: ${c.id} (${c.why})`, async (t) => {
    const dir = tempDir(t);
    const { file, db, summary } = await ingestCase(c, dir);
    const rejected = summary.rejected.find((r) => r.origin === file);
    if (c.expect === 'reject') assert.ok(rejected, `${c.fileName} should be refused, was stored`);
    if (c.expect === 'store') assert.equal(rejected, undefined, `${c.fileName} should be stored, was refused: ${rejected?.reason}`);
    if (rejected) {
      // Refused: named, with a reason a person can act on.
      assert.equal(summary.stored, 0);
      assert.ok(rejected.reason.trim().length > 5, `reason: ${JSON.stringify(rejected.reason)}`);
      return;
    }
    assert.equal(summary.stored, 1);
    const store = await openStore(db);
    try {
      const docs = await store.listDocuments({ limit: 1000 });
      assert.ok(docs.length > 0, 'stored, yet no document');
      assert.deepEqual(docs.flatMap(problems), []);
      const text = allText(docs);
      for (const words of c.keeps ?? []) assert.ok(text.includes(words), `the stored text lost "${words}"`);
    } finally {
      await store.close();
    }
  });

  if (c.terminal) {
    const terminal = c.terminal;
    test(`hostile input, terminal: ${c.id} reaches no terminal as control sequences`, async (t) => {
      const dir = tempDir(t);
      const { db, summary } = await ingestCase(c, dir);
      assert.equal(summary.stored, 1);
      const run = await runBounded(BIN, ['--db', db, ...terminal.args], { cwd: REPO });
      assert.equal(run.code, 0, run.stderr);
      assert.ok(run.stdout.includes(terminal.shows), `the document is not listed, so the check would prove nothing:\n${run.stdout}`);
      assert.doesNotMatch(run.stdout, /[\u001b\u009b\u0007]/, 'an escape sequence reached the terminal');
    });
  }
}
