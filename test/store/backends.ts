// The backends the store suite runs against: SQLite always, PostgreSQL when it is reachable.
//
// PostgreSQL (RADAR57_TEST_PG, default postgres://postgres@127.0.0.1:5432/postgres, a role that may
// create databases): each test file that asks for a PostgreSQL store gets one throw-away database,
// radar57_t_<pid>_<random>, dropped when the file's tests end; each store in it gets its own schema
// (through search_path), so tests stay independent without paying for a database each.
// Unreachable PostgreSQL skips its half of the suite with a message, except under CI (CI=true),
// where both backends must run and the test file fails instead.
import { randomBytes } from 'node:crypto';
import { after } from 'node:test';
import pg from 'pg';

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
