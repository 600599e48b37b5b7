// `radar57 observations INDICATOR`: every value of one indicator, each with where it came from:
// the pack row's source, or the document, paragraph, span and sentence of the fact.
import type { Command } from 'commander';
import { distance } from 'fastest-levenshtein';
import type { Observation } from '../../../track/observation.ts';
import { printJson } from '../options.ts';
import { formatDate, formatValue, withProgramme } from '../programme-context.ts';
import { printText } from '../output.ts';
import { summaryOf } from '../command-list.ts';

const STANCE_LABELS = { reported: 'báo cáo', target: 'mục tiêu' } as const;

function observationLines(o: Observation, unit: string): string {
  const review = o.review ? ` [${o.review.verdict === 'confirmed' ? 'đã xác nhận' : o.review.verdict === 'rejected' ? 'đã loại' : 'đã sửa'} bởi ${o.review.reviewer}]` : '';
  const verified = o.origin === 'pack' && !o.verified ? ' (chưa kiểm chứng)' : '';
  let out = `${formatDate(o.asOf).padEnd(10)}  ${formatValue(o, unit).padEnd(14)}  ${STANCE_LABELS[o.stance]}  ${o.scope}${verified}${review}\n`;
  if (o.origin === 'extracted') {
    out += `    tài liệu #${o.documentId}, ${o.field} ${o.index}, ký tự ${o.start}–${o.end}: “${o.sentence}”\n`;
    out += `    nguồn: ${o.sources.join(', ')}; độ tin cậy ${o.confidence}; ngày lấy từ: ${o.asOfFrom}; ${o.extractorVersion}\n`;
  } else if (o.origin === 'submitted') {
    out += `    số liệu gửi duyệt đã được duyệt: ${o.sources.join(' ; ')}${o.note ? ` — ${o.note}` : ''}\n`;
  } else {
    out += `    gói chương trình: ${o.sources.join(' ; ')}${o.note ? ` — ${o.note}` : ''}\n`;
  }
  out += `    mã: ${o.key}\n`;
  return out;
}

export function registerObservations(program: Command): void {
  program
    .command('observations')
    .description(summaryOf('observations'))
    .argument('<indicator>', 'indicator id, e.g. 5g_population_coverage (see `programme info`)')
    .option('--scope <scope>', 'national, province:<tên>, agency:<id>')
    .option('--all', 'include observations a reviewer rejected')
    .option('--json', 'print JSON')
    .action(async (indicatorId: string, flags: { scope?: string; all?: boolean; json?: boolean }, command: Command) => {
      await withProgramme(
        command,
        async ({ store, pack }) => {
          const indicator = pack.indicators.find((i) => i.id === indicatorId);
          if (!indicator) {
            // Typos and partial ids: within a third of the id's length in edits, or containing it.
            const near = pack.indicators
              .filter((i) => i.id.includes(indicatorId) || distance(i.id, indicatorId) <= Math.max(1, Math.floor(indicatorId.length / 3)))
              .map((i) => i.id);
            throw new Error(`unknown indicator "${indicatorId}"${near.length ? `; did you mean ${near.join(', ')}?` : ' (see `radar57 programme info --json`)'}`);
          }
          const observations = await store.programme.observations({ indicator: indicatorId, scope: flags.scope, withRejected: flags.all === true, withSubmitted: true });
          if (flags.json) {
            printJson({ indicator, count: observations.length, observations });
            return;
          }
          printText(`${indicator.name.vi} (${indicator.id}, ${indicator.unit}) — ${observations.length} số liệu\n\n`);
          for (const o of observations) printText(observationLines(o, indicator.unit));
        },
      );
    });
}
