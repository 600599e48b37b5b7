// `radar57 audit`: the append-only log of every change (reviews, tasks, pack loads, imports).
import type { Command } from 'commander';
import { openStore } from '../../../store/index.ts';
import { dbPath, parsePositiveInt, printJson } from '../options.ts';
import { printText } from '../output.ts';
import { summaryOf } from '../command-list.ts';

export function registerAudit(program: Command): void {
  program
    .command('audit')
    .description(summaryOf('audit'))
    .option('--target <prefix>', 'only entries whose target starts with this, e.g. task: or observation:')
    .option('--actor <name>', 'only entries by this person')
    .option('--limit <n>', 'how many, newest first (default 100)', parsePositiveInt)
    .option('--json', 'print JSON')
    .action(async (flags: { target?: string; actor?: string; limit?: number; json?: boolean }, command: Command) => {
      const store = await openStore(dbPath(command));
      try {
        const entries = await store.audit.list({ target: flags.target, actor: flags.actor, limit: flags.limit });
        if (flags.json) {
          printJson({ count: entries.length, entries });
          return;
        }
        if (entries.length === 0) printText('Nhật ký trống.\n');
        for (const e of entries) {
          printText(`#${e.id} ${e.at} ${e.actor} ${e.action} ${e.target}\n`);
          if (e.before !== null) printText(`    trước: ${JSON.stringify(e.before)}\n`);
          if (e.after !== null) printText(`    sau:   ${JSON.stringify(e.after)}\n`);
        }
      } finally {
        await store.close();
      }
    });
}
