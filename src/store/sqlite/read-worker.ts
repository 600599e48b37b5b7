// Body of a read thread: one read-only connection to the database file. In WAL mode it reads the
// last committed state while the writer (ingest, the server's own connection) holds a transaction
// open, so reads never wait for writes. A failure goes back with its class name, so that a
// RangeError (a bad search option) stays one and the server answers 400, not 500.
import { workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { serveRequests } from '../../threads.ts';
import { createSqliteExecutor } from './executor.ts';
import { READ_QUERIES } from './read-queries.ts';
import type { ReadRequest } from './read-pool.ts';

const sqlite = new Database((workerData as { location: string }).location, { readonly: true, fileMustExist: true });
sqlite.pragma('busy_timeout = 5000');
const exec = createSqliteExecutor(sqlite);

serveRequests(({ name, args }: ReadRequest) => (READ_QUERIES[name] as (e: typeof exec, ...a: unknown[]) => Promise<unknown>)(exec, ...args));
