// Opens a PostgreSQL store location (postgres://… or postgresql://…) with a message that says what
// to do when the server cannot be reached, rather than a driver error at the first query.
import { createPostgresExecutor, type PostgresExecutor } from './executor.ts';

const POSTGRES_URL = /^postgres(?:ql)?:\/\//i;

/** Whether a store location names a PostgreSQL database rather than a SQLite file. */
export function isPostgresLocation(location: string): boolean {
  return POSTGRES_URL.test(location);
}

/** The location without its password, to show in messages and `stats`. */
export function displayLocation(location: string): string {
  try {
    const url = new URL(location);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return location;
  }
}

export async function openPostgres(location: string): Promise<PostgresExecutor> {
  const exec = createPostgresExecutor(location);
  try {
    await exec.pool.query('SELECT 1');
    return exec;
  } catch (error) {
    await exec.close().catch(() => {});
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot open the PostgreSQL database ${displayLocation(location)}: ${reason}`, { cause: error });
  }
}
