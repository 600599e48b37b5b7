// Runs Kysely-compiled queries synchronously on better-sqlite3. Kysely only builds SQL here: its own
// execution path is asynchronous, while better-sqlite3 is synchronous and lets one JavaScript call
// own a whole transaction, which is what saveFile's all-or-nothing contract needs.
import type Database from 'better-sqlite3';
import { Kysely, SqliteDialect, type CompiledQuery } from 'kysely';
import type { Query, SqlExecutor } from '../dialect.ts';
import type { StoreSchema } from '../schema.ts';

function compiled<R>(query: Query<R>): CompiledQuery<R> {
  return 'compile' in query ? query.compile() : query;
}

const STATEMENT_CACHE_LIMIT = 256;

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

  return {
    db,
    all<R>(query: Query<R>): R[] {
      const q = compiled(query);
      return prepare(q).all(...params(q)) as R[];
    },
    first<R>(query: Query<R>): R | undefined {
      const q = compiled(query);
      return prepare(q).get(...params(q)) as R | undefined;
    },
    run(query) {
      const q = compiled(query);
      const statement = prepare(q);
      // DDL and writes have no result rows; `run` is the only call better-sqlite3 accepts for them.
      return { changes: statement.reader ? (statement.all(...params(q)), 0) : statement.run(...params(q)).changes };
    },
    transaction<T>(work: () => T): T {
      // IMMEDIATE takes the write lock up front: every transaction here writes, and a deferred one
      // could fail half-way when another process (the server, a second ingest) holds the lock.
      // Nested calls become savepoints.
      return sqlite.inTransaction ? sqlite.transaction(work)() : sqlite.transaction(work).immediate();
    },
    close() {
      statements.clear();
      sqlite.close();
    },
  };
}
