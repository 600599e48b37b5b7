// `radar57 stats`: what the database holds.
import type { Command } from 'commander';
import { openStore } from '../../../store/index.ts';
import { dbPath, printJson } from '../options.ts';
import { printText } from '../output.ts';
import { summaryOf } from '../command-list.ts';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description(summaryOf('stats'))
    .option('--json', 'print JSON')
    .action(async (flags: { json?: boolean }, command: Command) => {
      const db = dbPath(command);
      const store = await openStore(db);
      try {
        const stats = await store.stats();
        if (flags.json) printJson({ database: store.location ?? db, ...stats });
        else printText(`Cơ sở dữ liệu: ${store.location ?? db}\n${JSON.stringify(stats, null, 2)}\n`);
      } finally {
        await store.close();
      }
    });
}
