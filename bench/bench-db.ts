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
  if (url === null) return benchDb(n);
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schemaOf(n)}`);
  return u.toString();
}

/** Empties the store of a corpus of `n` documents (the SQLite file, or the bench's schema). */
export async function resetBenchLocation(n: number): Promise<void> {
  const url = postgresArg();
  if (url === null) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(benchDb(n) + suffix, { force: true });
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schemaOf(n)} CASCADE`);
    await client.query(`CREATE SCHEMA ${schemaOf(n)}`);
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
