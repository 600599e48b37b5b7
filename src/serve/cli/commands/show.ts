// `radar57 show ID`: one stored document, whole.
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { openStore } from '../../../store/index.ts';
import { dbPath, parsePositiveInt, printJson } from '../options.ts';
import { printText } from '../output.ts';
import { summaryOf } from '../command-list.ts';

export function registerShow(program: Command): void {
  program
    .command('show')
    .description(summaryOf('show'))
    .argument('<id>', 'document id (from search)', parsePositiveInt)
    .option('--json', 'print JSON')
    .action(async (id: number, flags: { json?: boolean }, command: Command) => {
      const store = await openStore(dbPath(command));
      try {
        const doc = await store.getDocument(id);
        if (!doc) throw new InvalidArgumentError(`no document with id ${id}`);
        if (flags.json) {
          printJson(doc);
          return;
        }
        printText(`#${doc.id} [${doc.kind}] ${doc.title ?? ''}\n`);
        const meta = [doc.published, doc.site, doc.category, doc.author].filter(Boolean).join(' · ');
        if (meta) printText(`${meta}\n`);
        printText(`nguồn: ${doc.url ?? doc.source}\n\n`);
        if (doc.lede) printText(`${doc.lede}\n\n`);
        for (const p of doc.body) printText(`${p}\n\n`);
        for (const c of doc.captions) printText(`[ảnh] ${c.text}${c.credit ? ` (Ảnh: ${c.credit})` : ''}\n`);
        for (const r of doc.related) printText(`[liên quan] ${r.title}${r.url ? ` <${r.url}>` : ''}\n`);
      } finally {
        await store.close();
      }
    });
}
