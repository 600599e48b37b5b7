// `radar57 ingest PATH...`: read files and directories into the database, with progress and a summary.
import { NEAR_DUPLICATE_THRESHOLD, writeSetting } from '../../../settings.ts';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { openStore } from '../../../store/index.ts';
import { ingestPaths, type IngestSummary } from '../../../pipeline/ingest.ts';
import { actorName, dbPath, parseEncoding, parseFormat, parseSimilarity, printJson } from '../options.ts';
import { linkToProgramme } from '../programme-context.ts';
import type { EncodingName, InputFormat } from '../../../records.ts';
import { printText, terminalSafe } from '../output.ts';
import { summaryOf } from '../command-list.ts';

interface IngestFlags {
  similarity?: number;
  format?: InputFormat;
  encoding?: EncodingName;
  dateHint?: string;
  /** commander turns --no-facts into facts: false. */
  facts: boolean;
  json?: boolean;
}

function printSummary(s: IngestSummary, db: string): void {
  printText(`Tệp: ${s.files} (đã lưu ${s.stored}, bị từ chối ${s.rejected.length})\n`);
  printText(`Tài liệu: ${s.created} mới, ${s.updated} cập nhật, ${s.unchanged} không đổi\n`);
  for (const w of s.warnings) printText(`cảnh báo: ${w.origin}: ${w.message}\n`);
  for (const r of s.rejected) printText(`từ chối: ${r.origin}: ${r.reason}\n`);
  printText(`Cơ sở dữ liệu: ${db}\n`);
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description(summaryOf('ingest'))
    .argument('<paths...>', 'files or directories')
    .option('--format <format>', 'force the reader: page, ledes, plain, jsonl, html', parseFormat)
    .option('--encoding <name>', 'force the text encoding: utf-8, utf-16le, utf-16be, tcvn3, viscii, windows-1258', parseEncoding)
    .option('--date-hint <yyyy-mm-dd>', 'date used to complete dates without a year when a document has none')
    .option('--no-facts', 'store documents without extracting facts (bulk loads; run `radar57 reextract` afterwards)')
    .option('--similarity <jaccard>', 'near-duplicate threshold, stored for every later command and the server (default 0.8)', parseSimilarity)
    .option('--json', 'print the summary as JSON')
    .action(async (paths: string[], flags: IngestFlags, command: Command) => {
      const db = dbPath(command);
      const store = await openStore(db);
      // A stored, audited setting: the server and later commands cluster with the same threshold.
      if (flags.similarity !== undefined) await writeSetting(store.accounts, NEAR_DUPLICATE_THRESHOLD, flags.similarity, actorName(command));
      // A bar only on a terminal: in scripts and CI it would be noise in the log.
      const bar = process.stderr.isTTY && !flags.json
        ? new cliProgress.SingleBar({ format: 'Đang nhập [{bar}] {value}/{total} tệp | {file}', hideCursor: true }, cliProgress.Presets.shades_classic)
        : null;
      let started = false;
      try {
        const summary = await ingestPaths(paths, store, {
          format: flags.format,
          encoding: flags.encoding,
          dateHint: flags.dateHint ?? null,
          facts: flags.facts,
          linkProgramme: linkToProgramme(store, command),
          onFileDone: (done, total, origin) => {
            if (!bar) return;
            if (!started) {
              bar.start(total, 0, { file: '' });
              started = true;
            }
            bar.update(done, { file: terminalSafe(origin.length > 40 ? `…${origin.slice(-39)}` : origin) });
          },
        });
        bar?.stop();
        const programme = summary.programme;
        if (flags.json) printJson({ database: store.location ?? db, ...summary, programme });
        else {
          printSummary(summary, store.location ?? db);
          if (programme && 'observations' in programme) {
            printText(`Chương trình: ${programme.linkedDocuments} tài liệu được liên kết, ${programme.observations} số liệu chỉ số\n`);
          }
        }
        // Exit 0 unless nothing at all could be read.
        if (summary.stored === 0) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}
