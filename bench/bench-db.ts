// Where a benchmark keeps its store: the SQLite file of bench-data.ts by default, or, with
// `--db postgres://…`, a schema of that database the benchmark owns (bench_<docs>), so that SQLite
// and PostgreSQL are measured over the same corpus side by side. Only that schema is ever emptied:
// the rest of the database is left alone.
import { rmSync } from 'node:fs';
import pg from 'pg';
import { isPostgresLocation } from '../src/store/index.ts';
import { benchDb } from './bench-data.ts';

/** The --db value when it is a PostgreSQL URL, else null. */
export function postgresArg(): string | null {
  const i = process.argv.indexOf('--db');
  const value = i >= 0 ? process.argv[i + 1] : undefined;
  if (value === undefined) return null;
  if (!isPostgresLocation(value)) throw new Error(`--db: a PostgreSQL URL (postgres://…), got ${value}; without --db the bench uses its SQLite file`);
  return value;
}

const schemaOf = (n: number): string => `bench_${n}`;

/** The store location for a corpus of `n` documents. */
export function benchLocation(n: number): string {
  const url = postgresArg();
  return url === null ? benchDb(n) : schemaLocation(url, schemaOf(n));
}

/** Empties the store of a corpus of `n` documents (the SQLite file, or the bench's schema). */
export async function resetBenchLocation(n: number): Promise<void> {
  const url = postgresArg();
  if (url === null) removeSqlite(benchDb(n));
  else await resetSchema(url, schemaOf(n));
}

/** The database of `url` with `schema` as its search path: the tables the store creates land there. */
export function schemaLocation(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

export function removeSqlite(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}

/** Drops and creates `schema` (the bench's own: no other is touched), creating the database first if missing. */
export async function resetSchema(url: string, schema: string): Promise<void> {
  await ensureDatabase(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${client.escapeIdentifier(schema)} CASCADE`);
    await client.query(`CREATE SCHEMA ${client.escapeIdentifier(schema)}`);
  } finally {
    await client.end();
  }
}

/** A fresh server has no bench database: create it, through the server's `postgres` database. */
async function ensureDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (name === '' || name === 'postgres') return;
  const admin = new URL(url);
  admin.pathname = '/postgres';
  admin.search = '';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    if ((await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 0) {
      // Another bench may create it at the same moment: duplicate_database is then success.
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`).catch((error: { code?: string }) => {
        if (error.code !== '42P04') throw error;
      });
    }
  } finally {
    await client.end();
  }
}

/** Whether the bench's schema exists (its store may then be opened). */
export async function benchSchemaExists(n: number): Promise<boolean> {
  const url = postgresArg();
  if (url === null) return false;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schemaOf(n)])).rowCount === 1;
  } finally {
    await client.end();
  }
}
