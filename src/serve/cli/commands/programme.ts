// `radar57 programme check DIR | status | info`: the programme pack and where its targets stand.
import type { Command } from 'commander';
import { loadPack } from '../../../programme/load.ts';
import { PackError, formatProblem } from '../../../programme/problems.ts';
import type { Pack } from '../../../programme/schema.ts';
import { STATUS_LABELS, type TargetAssessment } from '../../../track/status.ts';
import { programmeStatus, type ProgrammeStatus } from '../../../track/programme-status.ts';
import { seriesSteps } from '../../../track/series.ts';
import { todayIso } from '../../../track/dates.ts';
import { packDir, parseDateArg, printJson } from '../options.ts';
import { formatDate, formatNumber, formatValue, relinkProgramme, withProgramme } from '../programme-context.ts';
import { printText, printError } from '../output.ts';
import { summaryOf } from '../command-list.ts';

function unitOf(pack: Pack, a: TargetAssessment): string {
  return a.target.unit ?? pack.indicators.find((i) => i.id === a.target.indicator)?.unit ?? '';
}

function targetText(a: TargetAssessment, unit: string): string {
  const t = a.target;
  if (t.value === undefined) return t.description ?? '—';
  const v = t.comparator === 'between' ? `${formatNumber(t.value)}–${formatNumber(t.valueMax ?? t.value)}` : formatNumber(t.value);
  return `${t.comparator === 'between' ? '' : `${t.comparator} `}${v}${unit ? ` ${unit}` : ''}`;
}

function statusTable(pack: Pack, status: ProgrammeStatus): string {
  let out = `Chương trình ${pack.programme.name.vi} — tình hình các mục tiêu (ngày ${formatDate(status.today)})\n\n`;
  for (const a of status.targets) {
    const unit = unitOf(pack, a);
    const scope = a.target.scope === 'national' ? '' : ` [${a.target.scope}]`;
    const latest = a.latest ? `${formatValue(a.latest, unit)} (${formatDate(a.latest.asOf)})` : '—';
    out += `• ${a.target.name.vi}${scope}${a.target.verified ? '' : ' (chưa kiểm chứng)'}\n`;
    out += `    mới nhất: ${latest} | mục tiêu: ${targetText(a, unit)} | hạn: ${formatDate(a.target.deadline)} | ${STATUS_LABELS[a.status].toUpperCase()} | ${a.evidence.length} bằng chứng\n`;
    const steps = seriesSteps(a.series);
    if (steps.length > 1) out += `    chuỗi số liệu: ${steps.map((o) => formatValue(o, unit)).join(' → ')}\n`;
    out += `    lý do: ${a.reason}\n`;
    const next = a.nextMilestone;
    if (next) {
      const m = next.milestone;
      const v = m.comparator === 'between' ? `${formatNumber(m.value)}–${formatNumber(m.valueMax ?? m.value)}` : `${m.comparator} ${formatNumber(m.value)}`;
      out += `    mốc gần nhất: ${v}${unit ? ` ${unit}` : ''} đến ${formatDate(m.deadline)} | ${STATUS_LABELS[next.status].toUpperCase()} — ${next.reason}\n`;
    }
  }
  if (status.statedTargets.length > 0) {
    out += `\nMục tiêu khác được nêu trong tài liệu (${status.statedTargets.length}):\n`;
    for (const o of status.statedTargets) {
      const unit = pack.indicators.find((i) => i.id === o.indicator)?.unit ?? '';
      const where = o.origin === 'extracted' ? `tài liệu #${o.documentId}` : (o.sources[0] ?? 'gói');
      out += `  • ${o.indicator} [${o.scope}]: ${formatValue(o, unit)} trước ${formatDate(o.asOf)} (${where})\n`;
    }
  }
  if (status.conflicts.length > 0) {
    out += `\nSố liệu mâu thuẫn (${status.conflicts.length}):\n`;
    for (const c of status.conflicts) {
      const unit = pack.indicators.find((i) => i.id === c.indicator)?.unit ?? '';
      out += `  ⚠ ${c.indicator} [${c.scope}]: ${formatValue(c.a, unit)} (${formatDate(c.a.asOf)}, ${c.a.sources[0] ?? '?'}) ≠ ${formatValue(c.b, unit)} (${formatDate(c.b.asOf)}, ${c.b.sources[0] ?? '?'})\n`;
    }
  }
  return out;
}

function checkPack(dir: string, json: boolean): void {
  try {
    const pack = loadPack(dir);
    const counts = {
      indicators: pack.indicators.length,
      targets: pack.targets.length,
      unverifiedTargets: pack.targets.filter((t) => !t.verified).length,
      documents: pack.documents.length,
      agencies: pack.agencies.length,
      provinces: pack.provinces.filter((p) => p.kind === 'province').length,
      formerProvinces: pack.provinces.filter((p) => p.kind === 'former_province').length,
      observations: pack.observations.length,
      tasks: pack.tasks.length,
    };
    if (json) printJson({ dir: pack.dir, valid: true, hash: pack.hash, counts, problems: [] });
    else {
      printText(`Gói chương trình hợp lệ: ${pack.dir} (${pack.programme.id})\n`);
      printText(
        `  ${counts.indicators} chỉ số, ${counts.targets} mục tiêu (${counts.unverifiedTargets} chưa kiểm chứng), ${counts.documents} văn bản, ` +
          `${counts.agencies} cơ quan, ${counts.provinces} tỉnh/thành (${counts.formerProvinces} tỉnh cũ), ${counts.observations} số liệu, ${counts.tasks} nhiệm vụ\n`,
      );
    }
  } catch (error) {
    if (!(error instanceof PackError)) throw error;
    if (json) printJson({ dir, valid: false, problems: error.problems });
    else {
      printError(`Gói chương trình không hợp lệ: ${dir} (${error.problems.length} lỗi)\n`);
      for (const p of error.problems) printError(`  ${formatProblem(p)}\n`);
    }
    process.exitCode = 1;
  }
}

export function registerProgramme(program: Command): void {
  const cmd = program.command('programme').description(summaryOf('programme'));

  cmd
    .command('check')
    .description('kiểm tra một gói chương trình: lỗi ghi rõ tệp, dòng và trường')
    .argument('[dir]', 'pack folder (default: --programme or the built-in pack)')
    .option('--json', 'print JSON')
    .action((dir: string | undefined, flags: { json?: boolean }, command: Command) => {
      checkPack(dir ?? packDir(command), flags.json === true);
    });

  cmd
    .command('status')
    .description('bảng mục tiêu: giá trị mới nhất, mục tiêu, hạn, trạng thái, số bằng chứng')
    .option('--today <date>', 'assess as of this date (default: today)', parseDateArg)
    .option('--json', 'print JSON')
    .action(async (flags: { today?: string; json?: boolean }, command: Command) => {
      await withProgramme(
        command,
        async ({ store, pack }) => {
          const observations = await store.programme.observations({ compact: true, withSubmitted: true });
          const status = programmeStatus(pack, observations, flags.today ?? todayIso());
          if (flags.json) printJson(status);
          else printText(statusTable(pack, status));
        },
      );
    });

  cmd
    .command('link')
    .description('liên kết số liệu với gói chương trình (sau khi đổi gói, hoặc khi còn tài liệu chờ)')
    .option('--json', 'print JSON')
    .action(async (flags: { json?: boolean }, command: Command) => {
      const summary = await relinkProgramme(command, flags.json);
      if (flags.json) printJson(summary);
      else printText(`${summary.packLoaded ? 'Đã nạp gói chương trình mới. ' : ''}Chương trình: ${summary.linkedDocuments} tài liệu được liên kết, ${summary.observations} số liệu chỉ số\n`);
    });

  cmd
    .command('info')
    .description('gói chương trình đang dùng và số liệu đã liên kết')
    .option('--json', 'print JSON')
    .action(async (flags: { json?: boolean }, command: Command) => {
      await withProgramme(
        command,
        async ({ store, pack }) => {
          const observations = await store.programme.observations({ compact: true });
          const info = {
            programme: pack.programme,
            dir: pack.dir,
            hash: pack.hash,
            loaded: await store.programme.current(),
            observations: {
              pack: observations.filter((o) => o.origin === 'pack').length,
              extracted: observations.filter((o) => o.origin === 'extracted').length,
            },
          };
          if (flags.json) printJson(info);
          else {
            printText(`${pack.programme.name.vi} (${pack.programme.id}), ban hành bởi ${pack.programme.adoptedBy.document} ngày ${formatDate(pack.programme.adoptedBy.date)}\n`);
            printText(`Gói: ${pack.dir}\nTrụ cột: ${pack.programme.pillars.map((p) => p.name.vi).join('; ')}\n`);
            printText(`Số liệu: ${info.observations.pack} từ gói, ${info.observations.extracted} trích từ tài liệu\n`);
          }
        },
      );
    });
}
