// `radar57 entity NAME [--kind K] [--json]`: a person, organisation, place or legal document by
// name or alias (diacritics optional): its names, how often and where it is mentioned, and when.
import type { Command } from 'commander';
import { openStore } from '../../../store/index.ts';
import type { EntityDetail, EntityKind, EntitySummary, Store } from '../../../store/types.ts';
import { dbPath, FACT_KIND_LABELS, kindParser, printJson } from '../options.ts';
import { printText } from '../output.ts';
import { summaryOf } from '../command-list.ts';

const parseEntityKind = kindParser<EntityKind>(['person', 'organization', 'place', 'legalRef']);

const BAR_WIDTH = 30;

function summaryLine(e: EntitySummary): string {
  const aliases = e.aliases.length > 0 ? `; tên khác: ${e.aliases.slice(0, 5).join(', ')}${e.aliases.length > 5 ? ', …' : ''}` : '';
  return `#${e.id} [${FACT_KIND_LABELS[e.kind]}] ${e.name} — ${e.mentionCount} lần nhắc trong ${e.documentCount} tài liệu${aliases}\n`;
}

/** Legal ids cited by the stored text of a legal document: the legal → legal edges. */
async function legalCitationsOf(store: Store, e: EntitySummary): Promise<string[]> {
  return e.kind === 'legalRef' && !e.key.startsWith('law:') ? await store.legalCitations(e.key) : [];
}

export function formatEntity(e: EntityDetail, cites: readonly string[] = []): string {
  let out = `${e.name} (${FACT_KIND_LABELS[e.kind]}, #${e.id})\n`;
  if (e.aliases.length > 0) out += `Tên khác: ${e.aliases.join('; ')}\n`;
  out += `Số lần nhắc: ${e.mentionCount} trong ${e.documentCount} tài liệu\n`;
  if (cites.length > 0) out += `Văn bản này trích dẫn: ${cites.join(', ')}\n`;
  if (e.byMonth.length > 0 || e.undatedMentions > 0) {
    out += '\nTheo tháng (ngày đăng của tài liệu):\n';
    const most = Math.max(1, ...e.byMonth.map((m) => m.mentions));
    for (const m of e.byMonth) {
      out += `  ${m.month}  ${'█'.repeat(Math.max(1, Math.round((m.mentions / most) * BAR_WIDTH)))} ${m.mentions}\n`;
    }
    if (e.undatedMentions > 0) out += `  không rõ tháng: ${e.undatedMentions}\n`;
  }
  out += '\nTài liệu (mới nhất trước):\n';
  for (const d of e.documents) {
    out += `  #${d.id}  ${d.published ? d.published.slice(0, 10) : '—'}  ${d.title ?? '(không có tiêu đề)'} (${d.mentions} lần)\n`;
  }
  if (e.documents.length < e.documentCount) out += `  … và ${e.documentCount - e.documents.length} tài liệu khác\n`;
  return out;
}

export function registerEntity(program: Command): void {
  program
    .command('entity')
    .description(summaryOf('entity'))
    .argument('<name>', 'name or alias, e.g. "Tô Lâm", "to lam", "Bộ KH&CN", "57-NQ/TW"')
    .option('--kind <kind>', 'person, organization (org), place, legalRef (legal)', parseEntityKind)
    .option('--json', 'print JSON')
    .action(async (name: string, flags: { kind?: EntityKind; json?: boolean }, command: Command) => {
      const store = await openStore(dbPath(command));
      try {
        const matches = await store.findEntities(name, { kind: flags.kind });
        if (flags.json) {
          const entities = [];
          for (const m of matches) {
            const detail = await store.entityDetail(m.id);
            if (detail) entities.push(m.kind === 'legalRef' ? { ...detail, legalCitations: await legalCitationsOf(store, m) } : detail);
          }
          printJson({ query: name, count: entities.length, entities });
          return;
        }
        if (matches.length === 0) {
          printText(`Không tìm thấy thực thể nào tên “${name}”.\n`);
          return;
        }
        const [only] = matches;
        if (matches.length === 1 && only) {
          const detail = await store.entityDetail(only.id);
          if (detail) printText(formatEntity(detail, await legalCitationsOf(store, detail)));
          return;
        }
        printText(`Có ${matches.length} thực thể khớp “${name}”:\n`);
        for (const m of matches) printText(summaryLine(m));
        printText('Thu hẹp bằng --kind hoặc tên đầy đủ.\n');
      } finally {
        await store.close();
      }
    });
}
