// `radar57 tasks proposed|accept|merge|reject|completions|completion`: the review queues in front of
// the task register. Tasks read from documents wait as proposals until an editor accepts one (the
// task joins the register with the sentence it was read from), merges it with a stored task or
// rejects it; completions proposed from later documents wait until an editor confirms or rejects
// them. The queues are brought up to date with the store first (withProgramme syncs them).
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { acceptProposal, confirmCompletion, type AcceptOverrides } from '../../../pipeline/task-proposals.ts';
import type { ProposalStatus, TaskCompletion, TaskProposal } from '../../../store/tracking/task-proposals.ts';
import { TASK_LEVELS, type TaskLevel, type TaskRecord } from '../../../store/tracking/task-types.ts';
import type { Store } from '../../../store/types.ts';
import { readDay, readDeadline, STATUS_LABELS as TASK_STATUS_LABELS, vietnamDay } from '../../../track/tasks/timeliness.ts';
import { actorName, printJson } from '../options.ts';
import { printText } from '../output.ts';
import { withProgramme } from '../programme-context.ts';
import { formatTable } from './facts.ts';

const STATUS_LABELS: Record<ProposalStatus, string> = { proposed: 'chờ duyệt', accepted: 'đã nhận', merged: 'đã gộp', rejected: 'đã loại' };

function clip(text: string, max: number): string {
  const chars = [...text.replace(/\s+/gu, ' ')];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

const deadlineText = (p: TaskProposal): string => {
  const d = p.task.deadline;
  if (!d) return '—';
  return d.precision === 'recurring' ? 'thường xuyên' : `${d.value ?? ''} (${d.precision})`;
};

function parseProposalStatus(value: string): ProposalStatus {
  if (value in STATUS_LABELS) return value as ProposalStatus;
  throw new InvalidArgumentError(`status must be one of: ${Object.keys(STATUS_LABELS).join(', ')}`);
}

function parseLevel(value: string): TaskLevel {
  if ((TASK_LEVELS as readonly string[]).includes(value)) return value as TaskLevel;
  throw new InvalidArgumentError(`level must be one of: ${TASK_LEVELS.join(', ')}`);
}

function parseDeadline(value: string): string {
  const d = readDeadline(value);
  if (!d) throw new InvalidArgumentError('expected a deadline: YYYY-MM-DD, dd/mm/yyyy, YYYY-MM, mm/yyyy or YYYY');
  return d;
}

function parseDay(value: string): string {
  const d = readDay(value);
  if (!d) throw new InvalidArgumentError('expected a day: YYYY-MM-DD or dd/mm/yyyy');
  return d;
}

/**
 * `--json` is also an option of `tasks` itself, and commander gives an option written after a
 * subcommand to the parent that knows it: read it from either.
 */
const wantsJson = (command: Command): boolean => command.optsWithGlobals<{ json?: boolean }>().json === true;

const collect = (value: string, previous: string[] = []): string[] => [...previous, ...value.split(';').map((v) => v.trim()).filter(Boolean)];

/** The lines `task show` adds for a task read from a document: its sentence and the completion evidence. */
export async function provenanceText(task: TaskRecord, store: Store): Promise<string> {
  let out = '';
  if (task.provenance) {
    const p = task.provenance;
    out += `\nCâu giao nhiệm vụ (tài liệu #${p.documentId ?? '?'}, ${p.field} ${p.index} [${p.start}–${p.end}], ${p.extractor}):\n  “${p.sentence}”\n`;
  }
  const completions = await store.taskProposals.completions.list({ taskKey: task.key });
  if (completions.length > 0) {
    out += '\nMinh chứng hoàn thành:\n';
    for (const c of completions) out += `  [${c.status}] ${c.legalId ?? `tài liệu #${c.documentId ?? '?'}`}: “${c.sentence}” (${c.reasons.join('; ')})\n`;
  }
  return out;
}

function printProposals(list: readonly TaskProposal[]): void {
  if (list.length === 0) return void printText('Không có đề xuất nhiệm vụ nào.\n');
  printText(
    formatTable(
      ['Mã đề xuất', 'Trạng thái', 'Cơ quan chủ trì', 'Nhiệm vụ', 'Hạn', 'Sản phẩm'],
      list.map((p) => [p.key, STATUS_LABELS[p.status] + (p.taskKey ? ` → ${p.taskKey}` : ''), clip(p.task.lead.name, 30), clip(p.task.wording, 50), deadlineText(p), p.task.product ?? '—']),
    ),
  );
  printText('\nNhận: radar57 tasks accept MÃ_ĐỀ_XUẤT; gộp: radar57 tasks merge MÃ_ĐỀ_XUẤT --into MÃ_NHIỆM_VỤ; loại: radar57 tasks reject MÃ_ĐỀ_XUẤT\n');
}

function printCompletions(list: readonly TaskCompletion[]): void {
  if (list.length === 0) return void printText('Không có đề xuất hoàn thành nào.\n');
  printText(
    formatTable(
      ['Mã', 'Trạng thái', 'Nhiệm vụ', 'Đề xuất', 'Văn bản', 'Điểm', 'Lý do'],
      list.map((c) => [c.key, c.status, c.taskKey, TASK_STATUS_LABELS[c.proposedStatus], c.legalId ?? `#${c.documentId ?? '?'}`, c.score.toFixed(2), clip(c.reasons.join('; '), 60)]),
    ),
  );
  printText('\nXác nhận: radar57 tasks completion MÃ --confirm; bác bỏ: radar57 tasks completion MÃ --reject\n');
}

interface AcceptFlags extends Omit<AcceptOverrides, 'coAgencies'> {
  coAgency?: string[];
  note?: string;
  json?: boolean;
}

/** Registers the review commands under `tasks`. */
export function registerTaskProposals(tasks: Command): void {
  tasks
    .command('proposed')
    .description('nhiệm vụ đọc được từ văn bản, chờ biên tập viên duyệt (nhận, gộp hoặc loại)')
    .option('--status <status>', 'proposed (default), accepted, merged, rejected', parseProposalStatus)
    .option('--json', 'print JSON')
    .action(async (flags: { status?: ProposalStatus; json?: boolean }, command: Command) => {
      const list = await withProgramme(command, ({ store }) => store.taskProposals.list({ status: flags.status ?? 'proposed' }), true);
      if (wantsJson(command)) printJson({ count: list.length, proposals: list });
      else printProposals(list);
    });

  tasks
    .command('accept')
    .description('nhận một đề xuất vào danh mục nhiệm vụ (kèm câu giao nhiệm vụ làm nguồn)')
    .argument('<proposal>', 'proposal key (see `tasks proposed`)')
    .option('--key <key>', 'task key (default: from the document and place, e.g. D12.b3.45)')
    .option('--title <title>', 'what is to be done (default: the wording read)')
    .option('--set-by <document>', 'the assigning document (default: the one read, or the document itself)')
    .option('--agency <agency>', 'responsible agency, id or name (default: the lead read)')
    .option('--co-agency <agency>', 'co-agencies instead of those read; repeat or separate with ;', collect)
    .option('--deadline <date>', 'deadline instead of the one read', parseDeadline)
    .option('--group <group>', 'a group of related tasks')
    .option('--level <level>', `${TASK_LEVELS.join(', ')} (default: from the assigning document's number)`, parseLevel)
    .option('--parent <key>', 'the task this one is part of')
    .option('--note <note>', 'a note')
    .option('--json', 'print JSON')
    .action(async (key: string, flags: AcceptFlags, command: Command) => {
      const actor = actorName(command);
      const { coAgency, note, json, ...rest } = flags;
      const overrides: AcceptOverrides = { ...rest, ...(coAgency ? { coAgencies: coAgency } : {}) };
      const task = await withProgramme(command, ({ store, pack }) => acceptProposal(store, pack, key, overrides, actor, note), true);
      if (json || wantsJson(command)) return printJson(task);
      printText(`Đã nhận đề xuất ${key} thành nhiệm vụ ${task.key}: ${task.title} (hạn ${task.deadline}; người duyệt: ${actor})\n`);
    });

  tasks
    .command('merge')
    .description('gộp một đề xuất với một nhiệm vụ đã có (nhiệm vụ không đổi)')
    .argument('<proposal>', 'proposal key')
    .requiredOption('--into <task>', 'the stored task it is the same as')
    .option('--note <note>', 'a note')
    .option('--json', 'print JSON')
    .action(async (key: string, flags: { into: string; note?: string; json?: boolean }, command: Command) => {
      const actor = actorName(command);
      const p = await withProgramme(command, ({ store }) => store.taskProposals.merge(key, flags.into, actor, flags.note), true);
      if (wantsJson(command)) return printJson(p);
      printText(`Đã gộp đề xuất ${key} vào nhiệm vụ ${flags.into} (người duyệt: ${actor})\n`);
    });

  tasks
    .command('reject')
    .description('loại một đề xuất (không phải nhiệm vụ)')
    .argument('<proposal>', 'proposal key')
    .option('--note <note>', 'why')
    .option('--json', 'print JSON')
    .action(async (key: string, flags: { note?: string; json?: boolean }, command: Command) => {
      const actor = actorName(command);
      const p = await withProgramme(command, ({ store }) => store.taskProposals.reject(key, actor, flags.note), true);
      if (wantsJson(command)) return printJson(p);
      printText(`Đã loại đề xuất ${key} (người duyệt: ${actor})\n`);
    });

  tasks
    .command('completions')
    .description('văn bản có thể là sản phẩm hoàn thành nhiệm vụ, chờ xác nhận')
    .option('--all', 'also confirmed and rejected ones')
    .option('--json', 'print JSON')
    .action(async (flags: { all?: boolean; json?: boolean }, command: Command) => {
      const list = await withProgramme(command, ({ store }) => store.taskProposals.completions.list(flags.all ? {} : { status: 'proposed' }), true);
      if (wantsJson(command)) printJson({ count: list.length, completions: list });
      else printCompletions(list);
    });

  tasks
    .command('completion')
    .description('xác nhận hoặc bác bỏ một đề xuất hoàn thành')
    .argument('<key>', 'completion key (see `tasks completions`)')
    .option('--confirm', 'the document says what it proposes: the task is marked done (on the document\'s date) or under way')
    .option('--reject', 'it does not')
    .option('--today <date>', 'today (default: today in Vietnam)', parseDay)
    .option('--note <note>', 'a note')
    .option('--json', 'print JSON')
    .action(async (key: string, flags: { confirm?: boolean; reject?: boolean; today?: string; note?: string; json?: boolean }, command: Command) => {
      if (Boolean(flags.confirm) === Boolean(flags.reject)) throw new InvalidArgumentError('give exactly one of --confirm, --reject');
      const actor = actorName(command);
      const today = flags.today ?? vietnamDay(new Date());
      const result = await withProgramme(
        command,
        async ({ store }) => (flags.confirm ? await confirmCompletion(store, key, actor, today, flags.note) : await store.taskProposals.completions.reject(key, actor, flags.note)),
        true,
      );
      if (wantsJson(command)) return printJson(result);
      printText(`Đã ${flags.confirm ? 'xác nhận' : 'bác bỏ'} đề xuất hoàn thành ${key} (người duyệt: ${actor})\n`);
    });
}
