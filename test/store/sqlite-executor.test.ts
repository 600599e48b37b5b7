// The asynchronous SQLite executor: a transaction owns the connection for its own asynchronous
// context only, nested transactions are savepoints, and two connections to one file in one process
// wait for each other without blocking the thread.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openSqlite } from '../../src/store/sqlite/open.ts';
import type { SqlExecutor } from '../../src/store/dialect.ts';

async function withTable(exec: SqlExecutor): Promise<void> {
  await exec.run(sql`CREATE TABLE IF NOT EXISTS t (v INTEGER NOT NULL)`.compile(exec.db));
}
const insert = (exec: SqlExecutor, v: number) => exec.run(sql`INSERT INTO t (v) VALUES (${v})`.compile(exec.db));
const values = async (exec: SqlExecutor) => (await exec.all(sql<{ v: number }>`SELECT v FROM t ORDER BY v`.compile(exec.db))).map((r) => r.v);

test('a reader outside a transaction does not see its uncommitted rows, and waits for it to end', async () => {
  const exec = openSqlite(':memory:');
  await withTable(exec);
  let release = (): void => undefined;
  const paused = new Promise<void>((resolve) => (release = resolve));
  const writing = await exec.transaction(async () => {
    await insert(exec, 1);
    await paused;
    await insert(exec, 2);
  });
  const reading = await values(exec);
  release();
  await writing;
  assert.deepEqual(await reading, [1, 2], 'the read ran after the commit, not between the two inserts');
  await exec.close();
});

test('transactions started together run one after the other, and a failed one leaves nothing', async () => {
  const exec = openSqlite(':memory:');
  await withTable(exec);
  const results = await Promise.allSettled([
    exec.transaction(async () => {
      await insert(exec, 1);
      await insert(exec, 2);
    }),
    exec.transaction(async () => {
      await insert(exec, 3);
      throw new Error('refused');
    }),
    exec.transaction(async () => insert(exec, 4)),
  ]);
  assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'rejected', 'fulfilled']);
  assert.deepEqual(await values(exec), [1, 2, 4]);
  await exec.close();
});

test('a nested transaction is a savepoint: its failure can be caught and the outer work commits', async () => {
  const exec = openSqlite(':memory:');
  await withTable(exec);
  await exec.transaction(async () => {
    await insert(exec, 1);
    await assert.rejects(
      exec.transaction(async () => {
        await insert(exec, 2);
        throw new Error('bad file');
      }),
      /bad file/,
    );
    await insert(exec, 3);
  });
  assert.deepEqual(await values(exec), [1, 3]);
  await exec.close();
});

test('two connections to one file in one process: interleaved transactions both commit', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'radar57-executor-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const a = openSqlite(join(dir, 'db.sqlite'));
  const b = openSqlite(join(dir, 'db.sqlite'));
  await withTable(a);
  let release = (): void => undefined;
  const paused = new Promise<void>((resolve) => (release = resolve));
  const first = await a.transaction(async () => {
    await insert(a, 1);
    await paused;
    await insert(a, 2);
  });
  // b's transaction must wait for a's lock without blocking the thread, or a could never resume.
  const second = await b.transaction(async () => insert(b, 3));
  setTimeout(release, 20);
  await Promise.all([first, second]);
  assert.deepEqual(await values(b), [1, 2, 3]);
  await a.close();
  await b.close();
});
