// `radar57 show ID`: one stored document, whole.
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { openStore } from '../../../store/index.ts';
import { dbPath, parsePositiveInt, printJson } from '../options.ts';

export function registerShow(program: Command): void {
  program
    .command('show')
    .description('hiển thị một tài liệu')
    .argument('<id>', 'document id (from search)', parsePositiveInt)
    .option('--json', 'print JSON')
    .action((id: number, flags: { json?: boolean }, command: Command) => {
      const store = openStore(dbPath(command));
      try {
        const doc = store.getDocument(id);
        if (!doc) throw new InvalidArgumentError(`no document with id ${id}`);
        if (flags.json) {
          printJson(doc);
          return;
        }
        const out = process.stdout;
        out.write(`#${doc.id} [${doc.kind}] ${doc.title ?? ''}\n`);
        const meta = [doc.published, doc.site, doc.category, doc.author].filter(Boolean).join(' · ');
        if (meta) out.write(`${meta}\n`);
        out.write(`nguồn: ${doc.url ?? doc.source}\n\n`);
        if (doc.lede) out.write(`${doc.lede}\n\n`);
        for (const p of doc.body) out.write(`${p}\n\n`);
        for (const c of doc.captions) out.write(`[ảnh] ${c.text}${c.credit ? ` (Ảnh: ${c.credit})` : ''}\n`);
        for (const r of doc.related) out.write(`[liên quan] ${r.title}${r.url ? ` <${r.url}>` : ''}\n`);
      } finally {
        store.close();
      }
    });
}
