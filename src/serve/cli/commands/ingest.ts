// `radar57 ingest PATH...`: read files and directories into the database, with progress and a summary.
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { openStore } from '../../../store/index.ts';
import { ingestPaths, type IngestSummary } from '../../../pipeline/ingest.ts';
import { actorName, dbPath, packDir, parseEncoding, parseFormat, parseSimilarity, printJson } from '../options.ts';
import { loadPack } from '../../../programme/load.ts';
import { syncProgramme, type SyncSummary } from '../../../pipeline/track.ts';
import type { Store } from '../../../store/index.ts';
import type { EncodingName, InputFormat } from '../../../records.ts';
import { printError, printText, terminalSafe } from '../output.ts';

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

/**
 * Links the new facts to the programme right away, so that observations exist as soon as the
 * documents do. A broken pack does not undo the ingest: it is reported and linking waits for a
 * valid one (the programme commands link whatever is pending).
 */
export async function linkToProgramme(store: Store, command: Command): Promise<SyncSummary | { error: string }> {
  try {
    return await syncProgramme(store, loadPack(packDir(command)), { actor: actorName(command) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    printError(`radar57: số liệu chưa được liên kết với chương trình: ${message}\n`);
    return { error: message };
  }
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('nhập tệp hoặc thư mục (đệ quy): trang tin, danh sách tin ngắn, JSONL, HTML')
    .argument('<paths...>', 'files or directories')
    .option('--format <format>', 'force the reader: page, ledes, plain, jsonl, html', parseFormat)
    .option('--encoding <name>', 'force the text encoding: utf-8, utf-16le, utf-16be, tcvn3, viscii, windows-1258', parseEncoding)
    .option('--date-hint <yyyy-mm-dd>', 'date used to complete dates without a year when a document has none')
    .option('--no-facts', 'store documents without extracting facts (bulk loads; run `radar57 reextract` afterwards)')
    .option('--similarity <jaccard>', 'near-duplicate threshold (default 0.8)', parseSimilarity)
    .option('--json', 'print the summary as JSON')
    .action(async (paths: string[], flags: IngestFlags, command: Command) => {
      const db = dbPath(command);
      const store = openStore(db, { nearDuplicateThreshold: flags.similarity });
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
        const programme = flags.facts && summary.stored > 0 ? await linkToProgramme(store, command) : null;
        if (flags.json) printJson({ database: db, ...summary, programme });
        else {
          printSummary(summary, db);
          if (programme && 'observations' in programme) {
            printText(`Chương trình: ${programme.linkedDocuments} tài liệu được liên kết, ${programme.observations} số liệu chỉ số\n`);
          }
        }
        // Exit 0 unless nothing at all could be read.
        if (summary.stored === 0) process.exitCode = 1;
      } finally {
        store.close();
      }
    });
}
