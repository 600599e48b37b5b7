// `radar57 migrate-db --from FILE.db --to postgres://…`: moves a SQLite store to PostgreSQL, every
// row with its id, the search index rebuilt, checked before it commits (copy-from-sqlite.ts). The
// SQLite file is left as it was, so the move can be retried or abandoned.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { copySqliteFileToPostgres } from '../../../store/postgres/copy-from-sqlite.ts';
import { displayLocation, isPostgresLocation } from '../../../store/postgres/open.ts';
import { summaryOf } from '../command-list.ts';
import { printJson, printText } from '../output.ts';

/** Checked in the action, not as commander's parser: commander would echo the value, password and all. */
function postgresUrl(value: string): string {
  if (!isPostgresLocation(value)) {
    throw new InvalidArgumentError(`--to ${displayLocation(value)}: give a PostgreSQL URL, e.g. postgres://radar57@localhost/radar57`);
  }
  return value;
}

function sqliteFile(value: string): string {
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(value)) throw new InvalidArgumentError(`${displayLocation(value)}: give the path of a SQLite store file`);
  return resolve(value);
}

export function registerMigrateDb(program: Command): void {
  program
    .command('migrate-db')
    .description(summaryOf('migrate-db'))
    .requiredOption('--from <file>', 'the SQLite store file to copy (read only)', sqliteFile)
    .requiredOption('--to <url>', 'the PostgreSQL database to copy into (created beforehand, empty)')
    .option('--sample <n>', 'rows per table compared column by column after the copy (default 50)', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`--sample: a whole number from 1, got ${v}`);
      return n;
    })
    .option('--json', 'print the report as JSON')
    .action(async (flags: { from: string; to: string; sample?: number; json?: boolean }) => {
      const report = await copySqliteFileToPostgres(flags.from, postgresUrl(flags.to), { sample: flags.sample });
      const to = displayLocation(flags.to);
      if (flags.json) {
        printJson({ from: flags.from, to, ...report });
        return;
      }
      printText(`Đã sao chép ${flags.from} sang ${to}\n`);
      for (const t of report.tables) printText(`  ${t.table}: ${t.rows} dòng\n`);
      printText(`Chỉ mục tìm kiếm: ${report.documentsIndexed} tài liệu\n`);
      printText(`Đã đối chiếu từng cột: ${report.sampled.map((s) => `${s.table} ${s.rows}`).join(', ')}\n`);
    });
}
