// `radar57 search QUERY`: full-text search, diacritics optional, exact matches first.
import type { Command } from 'commander';
import { openStore } from '../../../store/index.ts';
import { foldForSearch } from '../../../text/fold.ts';
import { dbPath, parseDateArg, parseKind, parsePositiveInt, printJson } from '../options.ts';
import type { DocumentKind } from '../../../records.ts';
import { periodEnd, periodStart } from '../../../text/periods.ts';
import { printText } from '../output.ts';
import { summaryOf } from '../command-list.ts';

interface SearchFlags {
  limit: number;
  kind?: DocumentKind;
  from?: string;
  to?: string;
  site?: string;
  person?: string;
  org?: string;
  place?: string;
  cites?: string;
  collapse: boolean;
  json?: boolean;
}

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description(summaryOf('search'))
    .argument('<query>', 'words, or a "quoted phrase"; "" with --person/--org/--place/--cites lists their documents')
    .option('--limit <n>', 'number of results', parsePositiveInt, 20)
    .option('--kind <kind>', 'article, brief or teaser', parseKind)
    .option('--from <date>', 'published on or after (YYYY-MM-DD, YYYY-MM, YYYY, dd/mm/yyyy)', parseDateArg)
    .option('--to <date>', 'published on or before (same forms; a month or year means its last day)', parseDateArg)
    .option('--site <site>', 'only this site')
    .option('--person <name>', 'only documents mentioning this person (diacritics optional)')
    .option('--org <name>', 'only documents mentioning this organisation (name or short form)')
    .option('--place <name>', 'only documents mentioning this place')
    .option('--cites <id>', 'only documents citing this legal document (e.g. 57-NQ/TW, or a law\'s name)')
    .option('--no-collapse', 'show every near-duplicate, not one per cluster')
    .option('--json', 'print JSON')
    .action(async (query: string, flags: SearchFlags, command: Command) => {
      const store = await openStore(dbPath(command));
      try {
        const hits = await store.search(query, {
          limit: flags.limit,
          kind: flags.kind,
          from: flags.from ? periodStart(flags.from) : undefined,
          to: flags.to ? periodEnd(flags.to) : undefined,
          site: flags.site,
          person: flags.person,
          org: flags.org,
          place: flags.place,
          cites: flags.cites,
          collapse: flags.collapse,
        });
        if (flags.json) {
          printJson({ query, count: hits.length, hits });
          return;
        }
        if (hits.length === 0) {
          printText('Không tìm thấy kết quả.\n');
          return;
        }
        const typedDiacritics = foldForSearch(query) !== query.toLowerCase();
        for (const h of hits) {
          const when = h.published ? h.published.slice(0, 10) : '—';
          const similar = h.similar > 0 ? ` (+${h.similar} bài tương tự)` : '';
          // Only worth saying when the user typed diacritics and this hit matched without them.
          const foldedOnly = typedDiacritics && !h.exact ? ' (khớp không dấu)' : '';
          printText(`#${h.id} [${h.kind}] ${when} ${h.title ?? '(tin ngắn)'}${foldedOnly}${similar}\n    ${h.snippet}\n`);
        }
      } finally {
        await store.close();
      }
    });
}
