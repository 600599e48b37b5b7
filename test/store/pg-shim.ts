// Until the asynchronous store is on main: the SQLite executor seen through the asynchronous seam,
// and the core migrations replayed on PostgreSQL (they only run DDL, so recording their statements
// with PostgreSQL's query builder and running them afterwards is the same). Goes at the merge.
import type { CompiledQuery } from 'kysely';
import type { Query, SqlExecutor as SyncExecutor, StoreDialect as SyncDialect } from '../../src/store/dialect.ts';
import { migrationPlan } from '../../src/store/migrations.ts';
import type { SqlExecutor, StoreDialect } from '../../src/store/postgres/async-seam.ts';
import { sql } from 'kysely';

const compiled = <R>(q: Query<R>): CompiledQuery<R> => ('compile' in q ? q.compile() : q);

export function asyncSqlite(exec: SyncExecutor): SqlExecutor {
  return {
    db: exec.db,
    all: async (q) => exec.all(q),
    first: async (q) => exec.first(q),
    run: async (q) => exec.run(q),
    transaction: async (work) => {
      exec.run(sql`BEGIN`.compile(exec.db));
      try {
        const r = await work();
        exec.run(sql`COMMIT`.compile(exec.db));
        return r;
      } catch (e) {
        exec.run(sql`ROLLBACK`.compile(exec.db));
        throw e;
      }
    },
    close: async () => exec.close(),
  };
}

export async function migratePostgres(exec: SqlExecutor, dialect: StoreDialect): Promise<void> {
  const recorded: CompiledQuery<unknown>[] = [];
  const recorder = {
    db: exec.db,
    run(q: Query<unknown>) {
      recorded.push(compiled(q));
      return { changes: 0 };
    },
  } as unknown as SyncExecutor;
  const syncDialect = { ...dialect, migrations: [] } as unknown as SyncDialect;
  await exec.run(sql`CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)`.compile(exec.db));
  for (const { version, steps } of migrationPlan(syncDialect)) {
    await exec.transaction(async () => {
      recorded.length = 0;
      for (const step of steps) step.up(recorder);
      for (const q of [...recorded]) await exec.run(q);
      for (const m of dialect.migrations.filter((m) => m.version === version)) await m.up(exec);
      await exec.run(sql`INSERT INTO schema_migrations VALUES (${version}, 'v', '2026-01-01')`.compile(exec.db));
    });
  }
}
