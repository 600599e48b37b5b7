// `radar57 review observation|fact|link KEY --confirm | --reject | --correct field=value…`: a
// reviewer's verdict, kept beside the original (never over it) and written to the audit log.
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import type { ReviewRecord, ReviewTargetKind, Verdict } from '../../../store/tracking/reviews.ts';
import { openStore } from '../../../store/index.ts';
import { actorName, dbPath, parsePositiveInt, printJson } from '../options.ts';
import { withProgramme } from '../programme-context.ts';
import { printText } from '../output.ts';
import { summaryOf } from '../command-list.ts';

interface ReviewFlags {
  confirm?: boolean;
  reject?: boolean;
  correct?: string[];
  note?: string;
  json?: boolean;
}

/**
 * `value=12.106`, `value=39,52`, `asOf=2025-07-02`, `valueMax=null`, `scope=province:Hải Phòng`.
 * Numbers are read the Vietnamese way: `.` groups thousands, `,` is the decimal comma; a plain
 * `39.52` (not in groups of three) is taken as a decimal point too, since that is unambiguous.
 */
export function parseAssignment(text: string, into: Record<string, unknown> = {}): Record<string, unknown> {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new InvalidArgumentError(`expected field=value, got "${text}"`);
  const field = text.slice(0, eq).trim();
  const raw = text.slice(eq + 1).trim();
  let value: unknown = raw;
  if (raw === 'null') value = null;
  else if (/^-?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(raw)) value = Number(raw.replace(/\./g, '').replace(',', '.'));
  else if (/^-?\d+(?:[.,]\d+)?$/.test(raw)) value = Number(raw.replace(',', '.'));
  return { ...into, [field]: value };
}

function verdictOf(flags: ReviewFlags): Verdict {
  const chosen = [flags.confirm && 'confirmed', flags.reject && 'rejected', flags.correct && 'corrected'].filter(Boolean) as Verdict[];
  if (chosen.length !== 1) throw new InvalidArgumentError('give exactly one of --confirm, --reject, --correct field=value');
  return chosen[0]!;
}

function printReview(r: ReviewRecord): void {
  const verdict = { confirmed: 'xác nhận', rejected: 'loại bỏ', corrected: 'sửa' }[r.verdict];
  printText(`Đã ghi nhận: ${verdict} ${r.kind} ${r.key} (${r.reviewer}, ${r.at})\n`);
  if (r.correction) printText(`  sửa: ${JSON.stringify(r.correction)}\n  bản gốc giữ nguyên (${r.originalVersion ?? 'gói chương trình'})\n`);
}

function registerTarget(review: Command, kind: ReviewTargetKind, description: string): void {
  review
    .command(kind)
    .description(description)
    .argument('<key>', kind === 'observation' ? 'observation key (see `observations … --json`)' : 'fact key <document>:<field>:<index>:<start>-<end>:<kind>')
    .option('--confirm', 'the value is right')
    .option('--reject', 'the value is wrong or not about this; it is left out of series and status')
    .option('--correct <field=value>', 'corrected field (repeatable), e.g. value=12106 asOf=2025-07-02', (v: string, acc: string[] = []) => [...acc, v])
    .option('--note <text>', 'why')
    .option('--json', 'print JSON')
    .action(async (key: string, flags: ReviewFlags, command: Command) => {
      const verdict = verdictOf(flags);
      const correction = flags.correct?.reduce<Record<string, unknown>>((acc, a) => parseAssignment(a, acc), {});
      const input = { kind, key, verdict, correction, note: flags.note };
      // Observations need the programme synced so that the key exists; facts and links do not.
      const record =
        kind === 'observation'
          ? await withProgramme(command, ({ store }) => store.reviews.add(input, actorName(command)), true)
          : await (async () => {
              const store = await openStore(dbPath(command));
              try {
                return await store.reviews.add(input, actorName(command));
              } finally {
                await store.close();
              }
            })();
      if (flags.json) printJson(record);
      else printReview(record);
    });
}

export function registerReview(program: Command): void {
  const review = program.command('review').description(summaryOf('review'));
  registerTarget(review, 'observation', 'duyệt một số liệu của chỉ số');
  registerTarget(review, 'fact', 'duyệt một dữ kiện trích xuất');
  registerTarget(review, 'link', 'duyệt liên kết của một dữ kiện với thực thể');
  review
    .command('list')
    .description('các lần duyệt gần nhất')
    .option('--limit <n>', 'how many (default 100)', parsePositiveInt)
    .option('--json', 'print JSON')
    .action(async (flags: { limit?: number; json?: boolean }, command: Command) => {
      const store = await openStore(dbPath(command));
      try {
        const list = await store.reviews.list(flags.limit ?? 100);
        if (flags.json) printJson({ count: list.length, reviews: list });
        else for (const r of list) printText(`#${r.id} ${r.at} ${r.reviewer}: ${r.verdict} ${r.kind} ${r.key}${r.note ? ` — ${r.note}` : ''}\n`);
      } finally {
        await store.close();
      }
    });
}
