// Version 10: planner statistics for the PostgreSQL search tables. Nothing changes in the schema of
// either backend; the version exists on both so that a SQLite store and its PostgreSQL copy stay at
// the same version (migrate-db refuses stores whose versions differ). PostgreSQL's step of the same
// number (postgres/migrations.ts) does the work.
import type { Migration } from './dialect.ts';

export function searchStatisticsMigration(): Migration {
  return {
    version: 10,
    name: 'search statistics (PostgreSQL only)',
    async up() {
      // SQLite: FTS5 needs no planner statistics.
    },
  };
}
