// Runs Kysely-compiled queries on better-sqlite3 behind the asynchronous executor interface. Kysely
// only builds SQL here; better-sqlite3 runs each statement synchronously, at the moment it is called,
// so the promise it returns is already settled and costs no I/O wait.
//
// One connection serves every caller, so a transaction must keep other callers' statements out
// while its own work awaits: the transaction's asynchronous context (AsyncLocalStorage) marks the
// statements that belong to it, and the others wait until it ends.
import { AsyncLocalStorage } from 'node:async_hooks';
import type Database from 'better-sqlite3';
import { Kysely, SqliteDialect, type CompiledQuery } from 'kysely';
import type { Query, SqlExecutor } from '../dialect.ts';
import type { StoreSchema } from '../schema.ts';

function compiled<R>(query: Query<R>): CompiledQuery<R> {
  return 'compile' in query ? query.compile() : query;
}

const STATEMENT_CACHE_LIMIT = 256;

/** How long a write waits for another connection's lock before giving up (as busy_timeout in open.ts). */
export const LOCK_WAIT_MS = 5000;

interface OpenTransaction {
  /** Savepoints opened inside it so far (for unique names). */
  savepoints: number;
  /** Settles when the transaction has committed or rolled back. */
  ended: Promise<void>;
}

/** Runs `run` now and hands back its outcome as a promise: a thrown error becomes a rejection. */
function settled<T>(run: () => T): Promise<T> {
  try {
    return Promise.resolve(run());
  } catch (error) {
    return Promise.reject(error);
  }
}

export function createSqliteExecutor(sqlite: Database.Database): SqlExecutor {
  const db = new Kysely<StoreSchema>({ dialect: new SqliteDialect({ database: sqlite }) });
  // Statements are prepared once per distinct SQL text: search and upserts repeat the same shapes,
  // and preparing (parsing and planning) costs more than running a small insert. Bounded, because
  // some SQL texts vary with their input (an IN list's length, a search's number of terms): past
  // STATEMENT_CACHE_LIMIT texts the least recently used statement is dropped (a Map keeps insertion
  // order, and a hit moves its entry to the end).
  const statements = new Map<string, Database.Statement>();
  const prepare = (query: CompiledQuery<unknown>): Database.Statement => {
    let statement = statements.get(query.sql);
    if (statement) {
      statements.delete(query.sql);
    } else {
      statement = sqlite.prepare(query.sql);
      if (statements.size >= STATEMENT_CACHE_LIMIT) statements.delete(statements.keys().next().value as string);
    }
    statements.set(query.sql, statement);
    return statement;
  };
  const params = (query: CompiledQuery<unknown>): unknown[] => [...query.parameters];

  const context = new AsyncLocalStorage<OpenTransaction>();
  let open: OpenTransaction | null = null;
  /** True when a transaction other than the caller's holds the connection. */
  const blocked = (): boolean => open !== null && context.getStore() !== open;
  /**
   * Runs a statement now, or once another caller's open transaction has ended. The check and the
   * statement run in one synchronous step, so nothing can start a transaction between them.
   */
  const statement = async <T>(run: () => T): Promise<T> =>
    open !== null && blocked() ? open.ended.then(() => statement(run)) : await settled(run);

  /**
   * IMMEDIATE takes the write lock up front: every transaction here writes, and a deferred one could
   * fail half-way when another connection (the server, a second ingest) holds the lock. While that
   * connection holds it, the wait is asynchronous (short pauses, up to LOCK_WAIT_MS) rather than
   * SQLite's busy handler, which would block this thread: another connection in this same process
   * could then never finish the transaction it is waiting for.
   */
  const beginImmediate = async (): Promise<void> => {
    const deadline = Date.now() + LOCK_WAIT_MS;
    for (let pause = 1; ; pause = Math.min(pause * 2, 50)) {
      sqlite.pragma('busy_timeout = 0');
      try {
        sqlite.exec('BEGIN IMMEDIATE');
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() >= deadline) throw error;
      } finally {
        sqlite.pragma(`busy_timeout = ${LOCK_WAIT_MS}`);
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  };

  const savepoint = async <T>(tx: OpenTransaction, work: () => Promise<T>): Promise<T> => {
    const name = `sp${++tx.savepoints}`;
    sqlite.exec(`SAVEPOINT ${name}`);
    try {
      const result = await work();
      sqlite.exec(`RELEASE ${name}`);
      return result;
    } catch (error) {
      sqlite.exec(`ROLLBACK TO ${name}`);
      sqlite.exec(`RELEASE ${name}`);
      throw error;
    }
  };

  return {
    db,
    all<R>(query: Query<R>): Promise<R[]> {
      return statement(() => {
        const q = compiled(query);
        return prepare(q).all(...params(q)) as R[];
      });
    },
    first<R>(query: Query<R>): Promise<R | undefined> {
      return statement(() => {
        const q = compiled(query);
        return prepare(q).get(...params(q)) as R | undefined;
      });
    },
    run(query) {
      return statement(() => {
        const q = compiled(query);
        const prepared = prepare(q);
        // DDL and writes have no result rows; `run` is the only call better-sqlite3 accepts for them.
        return { changes: prepared.reader ? (prepared.all(...params(q)), 0) : prepared.run(...params(q)).changes };
      });
    },
    async transaction<T>(work: () => Promise<T>): Promise<T> {
      const mine = context.getStore();
      if (mine && mine === open) return savepoint(mine, work);
      // Checked again after every wake-up, and claimed below with no await in between: of several
      // waiters, the first to resume takes the connection and the others wait for it in turn.
      while (open !== null && blocked()) await open.ended;
      let end = (): void => undefined;
      const tx: OpenTransaction = { savepoints: 0, ended: new Promise<void>((resolve) => (end = resolve)) };
      open = tx;
      try {
        await beginImmediate();
      } catch (error) {
        open = null;
        end();
        throw error;
      }
      try {
        const result = await context.run(tx, work);
        sqlite.exec('COMMIT');
        return result;
      } catch (error) {
        if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
        throw error;
      } finally {
        open = null;
        end();
      }
    },
    async close() {
      statements.clear();
      sqlite.close();
    },
  };
}
