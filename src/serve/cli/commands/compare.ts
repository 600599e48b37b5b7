// `radar57 compare INDICATOR [--period P] [--today D] [--json]`: the league table of the 34
// provincial units on one indicator (src/track/league-table.ts), with the former provinces' values
// under their unit and the aggregation rule stated.
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { leagueTable, LeagueTableError, provincialIndicators, type LeaguePoint, type LeagueRow, type LeagueTable } from '../../../track/league-table.ts';
import { parseReportingPeriod, type ReportingPeriod } from '../../../track/periods.ts';
import { todayIso } from '../../../track/dates.ts';
import { parseDateArg, printJson } from '../options.ts';
import { formatDate, formatNumber, formatValue, withProgramme } from '../programme-context.ts';
import { printText } from '../output.ts';
import { summaryOf } from '../command-list.ts';
import { formatTable } from './facts.ts';

function parsePeriodArg(value: string): ReportingPeriod {
  try {
    return parseReportingPeriod(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

const ORIGIN_MARK = { unit: '', aggregated: ' (cộng gộp)' } as const;

function pointText(p: LeaguePoint | null, unit: string): string {
  return p ? `${formatValue(p, unit)} (${formatDate(p.asOf)})${ORIGIN_MARK[p.origin]}` : '—';
}

function targetText(row: LeagueRow, unit: string): string {
  const t = row.target;
  if (!t) return '—';
  const v = t.comparator === 'between' ? `${formatNumber(t.value)}–${formatNumber(t.valueMax ?? t.value)}` : `${t.comparator} ${formatNumber(t.value)}`;
  const from = t.from === 'national' ? ', mục tiêu cả nước' : t.from === 'stated' ? ', tỉnh tự đặt' : '';
  return `${v} ${unit} đến ${formatDate(t.deadline)}${from}`;
}

function changeText(change: number | null): string {
  if (change === null) return '—';
  return change > 0 ? `+${formatNumber(change)}` : formatNumber(change);
}

export function leagueText(table: LeagueTable): string {
  const unit = table.indicator.unit;
  const period = table.period ? `, kỳ ${table.period.label.vi}` : '';
  let out = `${table.indicator.name.vi} (${table.indicator.id}, ${unit}) — so sánh 34 tỉnh, thành phố${period} (ngày ${formatDate(table.today)})\n`;
  if (table.national) out += `Cả nước: ${pointText(table.national, unit)}\n`;
  out += '\n';
  const rows: string[][] = [];
  for (const r of table.rows) {
    rows.push([r.rank === null ? '—' : String(r.rank), r.unit.name, pointText(r.latest, unit), changeText(r.change), targetText(r, unit), r.statusLabel, String(r.evidenceCount)]);
    // Former provinces only where one has a value: 34 units stay readable.
    if (r.former.some((f) => f.latest)) for (const f of r.former) rows.push(['', `  └ ${f.name}`, pointText(f.latest, unit), '', '', '', String(f.evidenceCount)]);
  }
  out += formatTable(['Hạng', 'Tỉnh, thành phố', 'Số liệu mới nhất', 'Thay đổi', 'Mục tiêu', 'Trạng thái', 'Bằng chứng'], rows);
  out += `\n${table.ranked} đơn vị có số liệu. ${table.aggregation.statement.vi}\n`;
  out += 'Dòng └: tỉnh cũ trước ngày 01/07/2025 (Nghị quyết 202/2025/QH15). Thay đổi: so với số liệu khác liền trước.\n';
  return out;
}

export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description(summaryOf('compare'))
    .argument('[indicator]', 'mã chỉ số, ví dụ 5g_stations; bỏ trống để liệt kê các chỉ số có số liệu theo tỉnh')
    .option('--period <period>', 'kỳ báo cáo: 2025-07 (tháng), 2025-Q2 (quý), 2025-H1 (6 tháng), 2025-9M (9 tháng), 2025 (năm)', parsePeriodArg)
    .option('--today <date>', 'đánh giá tính đến ngày này (mặc định: hôm nay)', parseDateArg)
    .option('--json', 'in JSON')
    .action(async (indicatorId: string | undefined, flags: { period?: ReportingPeriod; today?: string; json?: boolean }, command: Command) => {
      await withProgramme(
        command,
        async ({ store, pack }) => {
          const observations = await store.programme.observations({ compact: true, withSubmitted: true });
          if (!indicatorId) {
            const list = provincialIndicators(pack, observations);
            if (flags.json) return printJson({ items: list });
            if (list.length === 0) return void printText('Chưa có chỉ số nào có số liệu theo tỉnh, thành phố.\n');
            printText(formatTable(['Chỉ số', 'Tên', 'Số tỉnh, thành phố', 'Số liệu'], list.map((i) => [i.id, i.name.vi, String(i.units), String(i.observations)])));
            return;
          }
          let table: LeagueTable;
          try {
            table = leagueTable(pack, indicatorId, observations, flags.today ?? todayIso(), flags.period ?? null);
          } catch (error) {
            if (error instanceof LeagueTableError) throw new InvalidArgumentError(error.message);
            throw error;
          }
          if (flags.json) printJson(table);
          else printText(leagueText(table));
        },
      );
    });
}
