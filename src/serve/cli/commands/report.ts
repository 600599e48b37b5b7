// `radar57 report --period 2025-H1 [--scope province:Điện Biên] --format docx|xlsx|pdf|html [--out FILE]`:
// the periodic report, written to a file. An existing file is never replaced unless --force says so
// (the check and the write are one step: the file is opened with O_EXCL).
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { readReport } from '../../../pipeline/report.ts';
import { reportPeriod, type ReportPeriod } from '../../../track/report/period.ts';
import { reportScope } from '../../../track/report/scope.ts';
import { todayIso } from '../../../track/dates.ts';
import { REPORT_FORMATS, reportFileName, renderReport, type ReportFormat } from '../../report/render.ts';
import { parseDateArg, printJson } from '../options.ts';
import { withProgramme } from '../programme-context.ts';
import { printError, printText } from '../output.ts';
import { summaryOf } from '../command-list.ts';

interface ReportFlags {
  period: ReportPeriod;
  scope?: string;
  format: ReportFormat;
  out?: string;
  force?: boolean;
  today?: string;
  json?: boolean;
}

function parsePeriodArg(value: string): ReportPeriod {
  try {
    return reportPeriod(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

function parseFormatArg(value: string): ReportFormat {
  if ((REPORT_FORMATS as readonly string[]).includes(value)) return value as ReportFormat;
  throw new InvalidArgumentError(`format must be one of: ${REPORT_FORMATS.join(', ')}`);
}

function parseDayArg(value: string): string {
  const day = parseDateArg(value);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new InvalidArgumentError(`${value}: expected a day, YYYY-MM-DD or dd/mm/yyyy`);
  return day;
}

function refuse(message: string): void {
  printError(`radar57 report: ${message}\n`);
  process.exitCode = 2;
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .description(summaryOf('report'))
    .requiredOption('--period <period>', 'kỳ báo cáo: 2025-07, 2025-Q2, 2025-H1, 2025-9M, 2025', parsePeriodArg)
    .option('--scope <scope>', 'national (default) or province:<tên tỉnh>, e.g. province:Điện Biên')
    .option('--format <format>', `one of ${REPORT_FORMATS.join(', ')}`, parseFormatArg, 'docx')
    .option('--out <file>', 'where to write it (default: bao-cao-<programme>-<period>[-<province>].<format> here)')
    .option('--force', 'replace the file if it exists')
    .option('--today <date>', 'the day the report is made (default: today in Vietnam)', parseDayArg)
    .option('--json', 'print what was written as JSON')
    .action(async (flags: ReportFlags, command: Command) => {
      // Before any work: an existing file is refused at once (and again, atomically, when written).
      if (flags.out && !flags.force && existsSync(flags.out)) return refuse(`${flags.out} exists; choose another --out or add --force to replace it`);
      await withProgramme(
        command,
        async ({ store, pack }) => {
          let scope;
          try {
            scope = reportScope(pack, flags.scope);
          } catch (error) {
            return refuse(`--scope ${(error as Error).message}`);
          }
          const report = await readReport(store, pack, { period: flags.period, scope, today: flags.today ?? todayIso() });
          const file = resolve(flags.out ?? reportFileName(report, flags.format));
          if (!flags.force && existsSync(file)) return refuse(`${file} exists; choose another --out or add --force to replace it`);
          let bytes: Buffer;
          try {
            bytes = await renderReport(report, flags.format);
          } catch (error) {
            if ((error as Error).name === 'PdfUnavailableError') return refuse((error as Error).message);
            throw error;
          }
          try {
            writeFileSync(file, bytes, { flag: flags.force ? 'w' : 'wx' });
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code === 'EEXIST') return refuse(`${file} exists; choose another --out or add --force to replace it`);
            throw error;
          }
          const summary = { file, format: flags.format, bytes: bytes.length, period: report.period.id, scope: report.scope.id, cutoff: report.cutoff, counts: report.counts, sources: report.sources.length };
          if (flags.json) printJson(summary);
          else printText(`Đã lưu báo cáo ${report.period.label} (${report.scope.label}): ${file}\n  ${report.summary.slice(1).join('\n  ')}\n`);
        },
        true,
      );
    });
}
