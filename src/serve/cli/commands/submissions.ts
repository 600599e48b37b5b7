// `radar57 submissions [--status S] [--agency A] [--json]` lists the figures reporters submitted for
// approval; `radar57 submission show|accept|reject|explain ID` shows one or decides on it as an
// editor would (recorded under --by, in the audit log). Submitting is done by reporters through
// the API and the web app (docs/api.md): their scope is their account's.
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { openStore, type Store } from '../../../store/index.ts';
import { SUBMISSION_STATUS_LABELS, SubmissionError, submissionStatuses, type Submission, type SubmissionStatus } from '../../../store/tracking/submissions.ts';
import { actorName, dbPath, parsePositiveInt, printJson } from '../options.ts';
import { formatDate, formatNumber } from '../programme-context.ts';
import { printText } from '../output.ts';
import { summaryOf } from '../command-list.ts';
import { formatTable } from './facts.ts';

const ACTION_LABELS: Record<string, string> = {
  draft: 'lưu nháp',
  submit: 'gửi duyệt',
  resubmit: 'gửi lại',
  accept: 'duyệt',
  reject: 'từ chối',
  explain_request: 'yêu cầu giải trình',
  explain_answer: 'giải trình',
};

function parseStatus(value: string): SubmissionStatus {
  if ((submissionStatuses as readonly string[]).includes(value)) return value as SubmissionStatus;
  throw new InvalidArgumentError(`trạng thái là một trong: ${submissionStatuses.join(', ')}`);
}

function valueText(s: Pick<Submission, 'value' | 'valueMax'>): string {
  return s.valueMax !== null && s.valueMax !== s.value ? `${formatNumber(s.value)}–${formatNumber(s.valueMax)}` : formatNumber(s.value);
}

function statusText(s: Submission): string {
  return SUBMISSION_STATUS_LABELS[s.status].vi + (s.explanationRequested ? ' (chờ giải trình)' : '');
}

function detail(s: Submission): string {
  let out = `#${s.id} ${s.indicator} [${s.scope}] kỳ ${s.period}: ${valueText(s)} — ${statusText(s)}\n`;
  if (s.note) out += `  ghi chú: ${s.note}\n`;
  if (s.evidence) out += `  bằng chứng: ${s.evidence}\n`;
  if (s.reason) out += `  lý do: ${s.reason}\n`;
  for (const e of s.events) out += `  ${formatDate(e.at.slice(0, 10))}  ${ACTION_LABELS[e.action] ?? e.action} — ${e.actor}${e.value !== null ? `: ${valueText({ value: e.value, valueMax: e.valueMax })}` : ''}${e.note ? `; ${e.note}` : ''}\n`;
  return out;
}

async function withStore<T>(command: Command, work: (store: Store) => T | Promise<T>): Promise<T> {
  const store = await openStore(dbPath(command));
  try {
    return await work(store);
  } catch (error) {
    if (error instanceof SubmissionError) throw new InvalidArgumentError(error.message);
    throw error;
  } finally {
    await store.close();
  }
}

export function registerSubmissions(program: Command): void {
  program
    .command('submissions')
    .description(summaryOf('submissions'))
    .option('--status <status>', `${submissionStatuses.join(', ')}`, parseStatus)
    .option('--agency <id>', 'chỉ của cơ quan hoặc tỉnh này (mã)')
    .option('--json', 'in JSON')
    .action((flags: { status?: SubmissionStatus; agency?: string; json?: boolean }, command: Command) =>
      withStore(command, async (store) => {
        const items = await store.submissions.list({ ...(flags.status ? { status: flags.status } : {}), ...(flags.agency ? { agencies: [flags.agency] } : {}) });
        if (flags.json) return printJson({ items });
        if (items.length === 0) return void printText('Chưa có số liệu gửi duyệt nào.\n');
        printText(formatTable(['Số', 'Chỉ số', 'Phạm vi', 'Kỳ', 'Giá trị', 'Trạng thái', 'Người gửi'], items.map((s) => [`#${s.id}`, s.indicator, s.scope, s.period, valueText(s), statusText(s), s.createdBy])));
      }),
    );

  const one = program.command('submission').description(summaryOf('submission'));
  one
    .command('show')
    .argument('<id>', 'số của số liệu gửi duyệt', parsePositiveInt)
    .option('--json', 'in JSON')
    .action((id: number, flags: { json?: boolean }, command: Command) =>
      withStore(command, async (store) => {
        const s = await store.submissions.get(id);
        if (!s) throw new InvalidArgumentError(`không có số liệu gửi duyệt #${id}`);
        if (flags.json) printJson(s);
        else printText(detail(s));
      }),
    );
  const decide = (name: 'accept' | 'reject' | 'explain', action: 'accept' | 'reject' | 'explain_request', description: string) =>
    one
      .command(name)
      .description(description)
      .argument('<id>', 'số của số liệu gửi duyệt', parsePositiveInt)
      .option('--reason <text>', action === 'accept' ? 'ghi chú (không bắt buộc)' : 'lý do (bắt buộc)')
      .option('--json', 'in JSON')
      .action((id: number, flags: { reason?: string; json?: boolean }, command: Command) =>
        withStore(command, async (store) => {
          const s = await store.submissions.decide(id, { action, reason: flags.reason ?? null }, actorName(command));
          if (flags.json) printJson(s);
          else printText(detail(s));
        }),
      );
  decide('accept', 'accept', 'duyệt: số liệu vào chuỗi số liệu của chỉ số');
  decide('reject', 'reject', 'từ chối, nêu lý do');
  decide('explain', 'explain_request', 'yêu cầu người gửi giải trình, nêu nội dung');
}
