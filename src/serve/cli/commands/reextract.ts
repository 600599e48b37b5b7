// `radar57 reextract [--all] [--json]`: runs the current extractors again over stored documents
// whose facts came from another extractor version (or over all of them), replacing their mentions.
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { openStore } from '../../../store/index.ts';
import { reextract, type ReextractSummary } from '../../../pipeline/reextract.ts';
import { dbPath, printJson } from '../options.ts';
import { linkToProgramme } from '../programme-context.ts';
import { printText } from '../output.ts';
import { summaryOf } from '../command-list.ts';

function printSummary(s: ReextractSummary, db: string): void {
  if (s.selected === 0) {
    printText('Mọi tài liệu đã được trích xuất bằng phiên bản hiện tại; không có gì để làm.\n');
  } else {
    const rate = s.seconds > 0 ? ` (${Math.round(s.reextracted / s.seconds)} tài liệu/giây)` : '';
    printText(`Đã trích xuất lại ${s.reextracted}/${s.selected} tài liệu, ${s.mentions} dữ kiện, trong ${s.seconds.toFixed(1)} giây${rate}\n`);
  }
  printText(`Phiên bản: ${s.version}\nCơ sở dữ liệu: ${db}\n`);
}

export function registerReextract(program: Command): void {
  program
    .command('reextract')
    .description(summaryOf('reextract'))
    .option('--all', 'every document, whatever version extracted it')
    .option('--json', 'print the summary as JSON')
    .action(async (flags: { all?: boolean; json?: boolean }, command: Command) => {
      const db = dbPath(command);
      const store = await openStore(db);
      // A bar only on a terminal: in scripts and CI it would be noise in the log.
      const bar = process.stderr.isTTY && !flags.json
        ? new cliProgress.SingleBar({ format: 'Đang trích xuất lại [{bar}] {value}/{total} tài liệu', hideCursor: true }, cliProgress.Presets.shades_classic)
        : null;
      let started = false;
      try {
        const summary = await reextract(store, {
          all: flags.all === true,
          linkProgramme: linkToProgramme(store, command),
          onProgress: (done, total) => {
            if (!bar) return;
            if (!started) {
              bar.start(total, 0);
              started = true;
            }
            bar.update(done);
          },
        });
        bar?.stop();
        // New facts, new figures: they reach the programme now, not at the next programme command.
        const programme = summary.programme;
        if (flags.json) printJson({ database: store.location ?? db, ...summary, programme });
        else {
          printSummary(summary, store.location ?? db);
          if (programme && 'observations' in programme) {
            printText(`Chương trình: ${programme.linkedDocuments} tài liệu được liên kết, ${programme.observations} số liệu chỉ số\n`);
          }
        }
      } finally {
        bar?.stop();
        await store.close();
      }
    });
}
