// `radar57 crawl`: fetch new entries of every source, extract, ingest; politely and safely.
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { openStore } from '../../../store/index.ts';
import { crawl } from '../../../pipeline/crawl.ts';
import { PoliteClient, DEFAULT_USER_AGENT } from '../../../sources/polite-client.ts';
import { dbPath, parsePositiveInt, parseSimilarity, printJson } from '../options.ts';
import { linkToProgramme } from '../programme-context.ts';
import { printError, printText, terminalSafe } from '../output.ts';
import { summaryOf } from '../command-list.ts';

interface CrawlFlags {
  similarity?: number;
  once?: boolean;
  max: number;
  delay: number;
  interval: number;
  userAgent: string;
  allowPrivate?: boolean;
  json?: boolean;
}

export function registerCrawl(program: Command): void {
  program
    .command('crawl')
    .description(summaryOf('crawl'))
    .option('--once', 'one pass, then exit (default: repeat every --interval minutes)')
    .option('--max <n>', 'pages to fetch per pass', parsePositiveInt, 200)
    .option('--delay <ms>', 'minimum gap between two requests to one host', parsePositiveInt, 1000)
    .option('--interval <minutes>', 'minutes between passes when not --once', parsePositiveInt, 30)
    .option('--user-agent <ua>', 'User-Agent, with a contact URL', DEFAULT_USER_AGENT)
    .option('--allow-private', 'allow private, loopback and link-local targets (local test servers)')
    .option('--similarity <jaccard>', 'near-duplicate threshold (default 0.8)', parseSimilarity)
    .option('--json', 'print the summary as JSON')
    .action(async (flags: CrawlFlags, command: Command) => {
      const client = new PoliteClient({ delayMs: flags.delay, userAgent: flags.userAgent, allowPrivate: flags.allowPrivate ?? false });
      for (;;) {
        const store = await openStore(dbPath(command), { nearDuplicateThreshold: flags.similarity });
        const bar = process.stderr.isTTY && !flags.json ? new cliProgress.SingleBar({ format: 'Đang thu thập [{bar}] {value}/{total} trang | {url}' }, cliProgress.Presets.shades_classic) : null;
        let started = false;
        try {
          const summary = await crawl(store, {
            maxPages: flags.max,
            client,
            onEvent: (e) => {
              if (e.type === 'source' && e.error) printError(`nguồn #${e.source.id}: ${e.error}\n`);
              if (e.type === 'page' && bar) {
                if (!started) {
                  bar.start(e.total, 0, { url: '' });
                  started = true;
                }
                bar.update(e.done, { url: terminalSafe(e.url.length > 50 ? `…${e.url.slice(-49)}` : e.url) });
              }
            },
          });
          bar?.stop();
          // The new figures reach the programme now, not at the next programme command.
          const programme = summary.stored > 0 ? await linkToProgramme(store, command) : null;
          if (flags.json) printJson({ ...summary, programme });
          else {
            printText(`Nguồn: ${summary.sources} (${summary.sourceErrors} lỗi); URL mới: ${summary.queued}; trang: ${summary.stored} đã lưu, ${summary.skipped} bỏ qua, ${summary.failed} lỗi; tài liệu: ${summary.documentsCreated} mới, ${summary.documentsUpdated} cập nhật\n`);
            // Each source's problem in the summary too: the stderr lines scroll away under a progress bar.
            for (const e of summary.errors) printText(`lỗi nguồn #${e.sourceId} ${terminalSafe(e.url)}: ${terminalSafe(e.error)}\n`);
            if (programme && 'observations' in programme) {
              printText(`Chương trình: ${programme.linkedDocuments} tài liệu được liên kết, ${programme.observations} số liệu chỉ số\n`);
            }
          }
        } finally {
          await store.close();
        }
        if (flags.once) return;
        await new Promise((r) => setTimeout(r, flags.interval * 60_000));
      }
    });
}
