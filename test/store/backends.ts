// The backends the store suite runs against: SQLite always, PostgreSQL when it is reachable.
//
// PostgreSQL (RADAR57_TEST_PG, default postgres://postgres@127.0.0.1:5432/postgres, a role that may
// create databases): each test file that asks for a PostgreSQL store gets one throw-away database,
// radar57_t_<pid>_<random>, dropped when the file's tests end; each store in it gets its own schema
// (through search_path), so tests stay independent without paying for a database each.
// Unreachable PostgreSQL skips its half of the suite with a message, except under CI (CI=true),
// where both backends must run and the test file fails instead.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { after, test as nodeTest, type TestContext } from 'node:test';
import pg from 'pg';
import type { SqlExecutor } from '../../src/store/dialect.ts';
import { openStore as openRealStore, type Store, type StoreOptions } from '../../src/store/index.ts';
import { createPostgresExecutor } from '../../src/store/postgres/executor.ts';
import { createPostgresDialect } from '../../src/store/postgres/search-dialect.ts';
import { openSqlite } from '../../src/store/sqlite/open.ts';
import { createSqliteDialect } from '../../src/store/sqlite/search-dialect.ts';
import { createStore } from '../../src/store/store.ts';

export const PG_ADMIN_URL = process.env.RADAR57_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestBackend {
  readonly name: 'sqlite' | 'postgres';
  /** Why this backend cannot run here (pass as node:test's `skip`), or false. */
  readonly skip: string | false;
  /** The location of a new, empty store: ':memory:' or a postgres:// URL. */
  fresh(): Promise<string>;
}

async function reachable(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

/** `url` with another database and, optionally, a search_path. */
function withDatabase(url: string, database: string, schema?: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  if (schema !== undefined) u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

const pgProblem = await reachable(PG_ADMIN_URL);
if (pgProblem !== null && process.env.CI === 'true') {
  throw new Error(`CI must test the PostgreSQL backend, but ${PG_ADMIN_URL} is unreachable: ${pgProblem}`);
}

let database: Promise<string> | null = null;
let schemas = 0;

// Registered when the module loads, so that it belongs to the file's root: registered from within a
// test it would run when that test ends.
after(async () => {
  const name = await database?.catch(() => null);
  if (!name) return;
  const dropper = new pg.Client({ connectionString: PG_ADMIN_URL });
  await dropper.connect();
  try {
    // FORCE: a store a failed test never closed must not keep the database alive.
    await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await dropper.end();
  }
});

/** This test file's throw-away database, created on first use and dropped after its tests. */
function fileDatabase(): Promise<string> {
  database ??= (async () => {
    const name = `radar57_t_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name}`);
    } finally {
      await admin.end();
    }
    return name;
  })();
  return database;
}

export const sqliteBackend: TestBackend = {
  name: 'sqlite',
  skip: false,
  fresh: async () => ':memory:',
};

export const postgresBackend: TestBackend = {
  name: 'postgres',
  skip: pgProblem === null ? false : `PostgreSQL is not reachable at ${PG_ADMIN_URL} (${pgProblem}); set RADAR57_TEST_PG or start it`,
  async fresh() {
    const name = await fileDatabase();
    const schema = `s${++schemas}`;
    const admin = new pg.Client({ connectionString: withDatabase(PG_ADMIN_URL, name) });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA ${schema}`);
    } finally {
      await admin.end();
    }
    return withDatabase(PG_ADMIN_URL, name, schema);
  },
};

export const backends: readonly TestBackend[] = [sqliteBackend, postgresBackend];

if (postgresBackend.skip) console.warn(`# store tests: ${postgresBackend.skip}`);

// ---------------------------------------------------------------------------------------------
// Running a store test file on both backends. A file imports `test` and `openStore` from here
// instead of node:test and src/store: every test is registered once per backend ("… [postgres]"),
// and within it openStore(':memory:') opens a new, empty store of that backend, while a file path
// opens, for PostgreSQL, the same schema every time this test names that path (so reopening a
// store works as with a file). Tests about SQLite itself (its files, its executor) keep node:test's
// `test` and the real openStore.

const current = new AsyncLocalStorage<{ backend: TestBackend; paths: Map<string, string> }>();

type TestFn = (t: TestContext) => void | Promise<void>;
type TestOptions = { skip?: boolean | string; timeout?: number; concurrency?: number | boolean };

export function test(name: string, fn: TestFn): void;
export function test(name: string, options: TestOptions, fn: TestFn): void;
export function test(name: string, a: TestOptions | TestFn, b?: TestFn): void {
  const [options, fn] = typeof a === 'function' ? [{}, a] : [a, b!];
  for (const backend of backends) {
    nodeTest(`${name} [${backend.name}]`, { ...options, skip: options.skip || backend.skip }, (t) =>
      current.run({ backend, paths: new Map() }, () => fn(t)),
    );
  }
}

/** The backend the running test was registered for (SQLite outside `test` from this module). */
export function currentBackend(): TestBackend {
  return current.getStore()?.backend ?? sqliteBackend;
}

/** openStore on the running test's backend; see above. */
export async function openStore(path: string, options?: StoreOptions): Promise<Store> {
  const context = current.getStore();
  if (!context || context.backend.name === 'sqlite') return openRealStore(path, options);
  let location = path === ':memory:' ? undefined : context.paths.get(path);
  if (location === undefined) {
    location = await context.backend.fresh();
    if (path !== ':memory:') context.paths.set(path, location);
  }
  return openRealStore(location, options);
}

/**
 * A new, empty store on the running test's backend, built from its parts (for tests that set the
 * dialect's ranking limit or the clock, or run SQL of their own through `exec`).
 */
export async function backendStore(options: { fullRankingLimit?: number; now?: () => string } = {}): Promise<{ store: Store; exec: SqlExecutor }> {
  const { fullRankingLimit, now } = options;
  if (currentBackend().name === 'sqlite') {
    const exec = openSqlite(':memory:');
    return { exec, store: await createStore(exec, createSqliteDialect({ fullRankingLimit }), now) };
  }
  const exec = createPostgresExecutor(await postgresBackend.fresh());
  return { exec, store: await createStore(exec, createPostgresDialect({ fullRankingLimit }), now) };
}
