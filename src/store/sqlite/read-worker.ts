// Body of a read thread: one read-only connection to the database file. In WAL mode it reads the
// last committed state while the writer (ingest, the server's own connection) holds a transaction
// open, so reads never wait for writes.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { createSqliteExecutor } from './executor.ts';
import { READ_QUERIES, type ReadQueryName } from './read-queries.ts';

const port = parentPort!;
const sqlite = new Database((workerData as { location: string }).location, { readonly: true, fileMustExist: true });
sqlite.pragma('busy_timeout = 5000');
const exec = createSqliteExecutor(sqlite);

port.on('message', ({ id, name, args }: { id: number; name: ReadQueryName; args: unknown[] }) => {
  const query = READ_QUERIES[name] as (e: typeof exec, ...a: unknown[]) => Promise<unknown>;
  query(exec, ...args).then(
    (value) => port.postMessage({ id, ok: true, value }),
    (error: unknown) =>
      // A RangeError (a bad search option) must stay one, so the server answers 400, not 500.
      port.postMessage({ id, ok: false, name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) }),
  );
});
port.postMessage({ ready: true });
