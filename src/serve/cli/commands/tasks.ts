// `radar57 tasks`, `radar57 task add|update|show|import`, `radar57 scorecard`: the tasks set by
// Resolution 57's implementing documents, their status reports, and the agency scorecards built on
// them. Timeliness is always derived for a day (--today, default: today in Vietnam), so that a
// listing can be reproduced. Agencies are named and resolved with the programme pack (--programme).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { loadPack } from '../../../programme/load.ts';
import type { Pack, TaskStatus } from '../../../programme/schema.ts';
import { openStore } from '../../../store/index.ts';
import type { Store } from '../../../store/types.ts';
import type { TaskRecord } from '../../../store/tracking/tasks.ts';
import { createAgencyResolver, parseTaskCsv, rejectedRowCount, type AgencyResolver } from '../../../track/tasks/csv-import.ts';
import { agencyNames, agencyScorecards, type AgencyScorecard } from '../../../track/tasks/scorecards.ts';
import {
  assessTask,
  DEFAULT_DUE_SOON_DAYS,
  isOverdue,
  parseTaskStatus,
  readDay,
  readDeadline,
  STATUS_LABELS,
  vietnamDay,
  type TaskProgress,
} from '../../../track/tasks/timeliness.ts';
import { actorName, dbPath, packDir, printJson } from '../options.ts';
import { formatTable } from './facts.ts';
import { printText, printError } from '../output.ts';
import { provenanceText, registerTaskProposals } from './task-proposals.ts';
import { summaryOf } from '../command-list.ts';

// ── Argument parsers ────────────────────────────────────────────────────────────────────────────

function parseStatusArg(value: string): TaskStatus {
  const status = parseTaskStatus(value);
  if (!status) throw new InvalidArgumentError('status must be one of: chưa thực hiện, đang thực hiện, hoàn thành (or chua_thuc_hien, dang_thuc_hien, hoan_thanh)');
  return status;
}

function parseDayArg(value: string): string {
  const day = readDay(value);
  if (!day) throw new InvalidArgumentError('expected a day: YYYY-MM-DD or dd/mm/yyyy');
  return day;
}

function parseDeadlineArg(value: string): string {
  const deadline = readDeadline(value);
  if (!deadline) throw new InvalidArgumentError('expected a deadline: YYYY-MM-DD, dd/mm/yyyy, YYYY-MM, mm/yyyy or YYYY');
  return deadline;
}

function parseDays(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('must be a whole number of days, 0 or more');
  return n;
}

/** Repeated --co-agency values, each possibly a `;`-separated list (agency names may hold commas). */
function collectAgencies(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(';').map((v) => v.trim()).filter(Boolean)];
}

// ── The pack: agency names and resolution ───────────────────────────────────────────────────────

function requirePack(command: Command): Pack {
  return loadPack(packDir(command));
}

/** Agency names for display; a pack that cannot be read only costs the names (ids are shown). */
function namesForDisplay(command: Command): Map<string, string> {
  try {
    return agencyNames(requirePack(command));
  } catch (error) {
    // The first line and the first problem are enough to see what is wrong; `programme check` lists all.
    const why = (error instanceof Error ? error.message : String(error)).split('\n').slice(0, 2).map((l) => l.trim()).join(' ');
    printError(`Cảnh báo: không đọc được bộ dữ liệu chương trình (${why}); hiển thị mã cơ quan.\n`);
    return new Map();
  }
}

function resolverOf(pack: Pack): AgencyResolver {
  return createAgencyResolver([...pack.agencies, ...pack.provinces]);
}

function resolveOrThrow(resolve: AgencyResolver, text: string, option: string): string {
  const found = resolve(text);
  if ('error' in found) throw new InvalidArgumentError(`${option}: ${found.error}`);
  return found.id;
}

// ── Formatting ──────────────────────────────────────────────────────────────────────────────────

/** `2025-06-30` → `30/06/2025`, `2025-06` → `06/2025`, `2025` → `2025`: dates as Vietnamese readers write them. */
export function displayDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return d ? `${d}/${m}/${y}` : m ? `${m}/${y}` : (y ?? iso);
}

function clip(text: string, max: number): string {
  const chars = [...text.replace(/\s+/gu, ' ')];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** `đang thực hiện quá hạn (12 ngày)`, `chưa thực hiện trong hạn (còn 5 ngày)`. */
function progressText(p: TaskProgress): string {
  if (p.daysOverdue !== null) return `${p.label} (${p.daysOverdue} ngày)`;
  if (p.daysLeft !== null) return `${p.label} (còn ${p.daysLeft} ngày)`;
  return p.label;
}

interface AssessedTask {
  task: TaskRecord;
  progress: TaskProgress;
}

/** Overdue first, then by deadline, then by key. */
function byUrgency(a: AssessedTask, b: AssessedTask): number {
  return (
    Number(isOverdue(b.progress)) - Number(isOverdue(a.progress)) ||
    a.progress.deadlineDay.localeCompare(b.progress.deadlineDay) ||
    a.task.key.localeCompare(b.task.key)
  );
}

function taskJson({ task, progress }: AssessedTask, names: ReadonlyMap<string, string>) {
  return {
    key: task.key,
    title: task.title,
    setBy: task.setBy,
    agency: task.agency,
    agencyName: names.get(task.agency) ?? null,
    coAgencies: task.coAgencies,
    deadline: task.deadline,
    product: task.product,
    recurring: task.recurring,
    group: task.group,
    level: task.level,
    parent: task.parent,
    provenance: task.provenance,
    ...progress,
    overdue: isOverdue(progress),
  };
}

function showTask(task: TaskRecord, progress: TaskProgress, names: ReadonlyMap<string, string>): string {
  const name = (id: string) => names.get(id) ?? id;
  let out = `${task.key}: ${task.title}\n`;
  out += `Văn bản giao: ${task.setBy}\n`;
  out += `Cơ quan chủ trì: ${name(task.agency)}\n`;
  if (task.coAgencies.length > 0) out += `Cơ quan phối hợp: ${task.coAgencies.map(name).join('; ')}\n`;
  out += `Hạn: ${displayDate(task.deadline)}\n`;
  out += `Tiến độ: ${progressText(progress)}${progress.completedAt ? `, hoàn thành ngày ${displayDate(progress.completedAt)}` : ''}\n`;
  out += `Tạo lúc ${task.createdAt} bởi ${task.createdBy}\n`;
  out += '\nLịch sử trạng thái:\n';
  if (task.history.length === 0) out += '  (chưa có cập nhật nào)\n';
  for (const e of task.history) {
    const details = [e.evidence ? `minh chứng: ${e.evidence}` : '', e.note ? `ghi chú: ${e.note}` : ''].filter(Boolean).join('; ');
    out += `  ${displayDate(e.at)}  ${STATUS_LABELS[e.status]} — ${e.actor}${details ? `; ${details}` : ''} (ghi lúc ${e.recordedAt})\n`;
  }
  return out;
}

/** `66,7%`, or `—` when there is nothing to divide by. */
function percentOrDash(share: number | null): string {
  return share === null ? '—' : `${(100 * share).toFixed(1).replace('.', ',')}%`;
}

function scorecardTable(cards: readonly AgencyScorecard[]): string {
  const ranked = cards.filter((c) => c.rank !== null);
  const supportOnly = cards.filter((c) => c.rank === null);
  let out = formatTable(
    ['Hạng', 'Cơ quan', 'Nhiệm vụ', 'Hoàn thành', 'Đúng hạn', 'Trễ hạn', 'Trong hạn', 'Quá hạn', 'Tỷ lệ đúng hạn', 'Đến hạn đã HT', 'Quá hạn/đến hạn', 'Phối hợp', 'Cập nhật gần nhất'],
    ranked.map((c) => [
      String(c.rank),
      clip(c.name, 40),
      String(c.tasks),
      String(c.done),
      String(c.doneOnTime),
      String(c.doneLate),
      String(c.openOnTime),
      String(c.overdue),
      `${(100 * (c.shareOnTime ?? 0)).toFixed(1).replace('.', ',')}%`,
      percentOrDash(c.shareDueDone),
      percentOrDash(c.shareDueOverdue),
      String(c.coTasks),
      c.latestActivity ? displayDate(c.latestActivity) : '—',
    ]),
  );
  if (supportOnly.length > 0) {
    out += '\nChỉ phối hợp (không chấm điểm):\n';
    for (const c of supportOnly) out += `  ${c.name}: phối hợp ${c.coTasks} nhiệm vụ\n`;
  }
  out += '\nTỷ lệ đúng hạn = (hoàn thành đúng hạn + đang/chưa thực hiện còn trong hạn) / số nhiệm vụ chủ trì.\n';
  out += 'Đến hạn đã HT = nhiệm vụ đến hạn đã hoàn thành (đúng hoặc trễ hạn) / nhiệm vụ đến hạn; Quá hạn/đến hạn = nhiệm vụ quá hạn chưa hoàn thành / nhiệm vụ đến hạn.\n';
  return out;
}

// ── Commands ────────────────────────────────────────────────────────────────────────────────────

async function withStore<T>(command: Command, work: (store: Store) => T | Promise<T>): Promise<T> {
  const store = await openStore(dbPath(command));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

interface ListFlags {
  overdue?: boolean;
  dueSoon?: boolean | number;
  agency?: string;
  status?: TaskStatus;
  today?: string;
  json?: boolean;
}

async function listTasks(flags: ListFlags, command: Command): Promise<void> {
  const today = flags.today ?? vietnamDay(new Date());
  const window = typeof flags.dueSoon === 'number' ? flags.dueSoon : DEFAULT_DUE_SOON_DAYS;
  let names: Map<string, string>;
  let agency: string | undefined;
  if (flags.agency !== undefined) {
    const pack = requirePack(command);
    names = agencyNames(pack);
    agency = resolveOrThrow(resolverOf(pack), flags.agency, '--agency');
  } else {
    names = namesForDisplay(command);
  }
  const assessed = (await withStore(command, (store) => store.tasks.list(agency === undefined ? {} : { agency })))
    .map((task) => ({ task, progress: assessTask(task, today, { dueSoonDays: window }) }))
    .filter(({ progress }) => flags.status === undefined || progress.status === flags.status)
    // --overdue and --due-soon together list both: the tasks that need attention.
    .filter(({ progress }) => {
      if (!flags.overdue && flags.dueSoon === undefined) return true;
      return (flags.overdue === true && isOverdue(progress)) || (flags.dueSoon !== undefined && progress.dueSoon);
    })
    .sort(byUrgency);

  if (flags.json) {
    printJson({ today, dueSoonDays: window, count: assessed.length, tasks: assessed.map((a) => taskJson(a, names)) });
    return;
  }
  if (assessed.length === 0) {
    printText(`Không có nhiệm vụ nào phù hợp (tính đến ${displayDate(today)}).\n`);
    return;
  }
  printText(
    formatTable(
      ['Mã', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Hạn', 'Trạng thái', 'Tiến độ'],
      assessed.map(({ task, progress }) => [
        task.key,
        clip(task.title, 48),
        clip(names.get(task.agency) ?? task.agency, 32),
        displayDate(task.deadline),
        STATUS_LABELS[progress.status],
        progressText(progress),
      ]),
    ),
  );
  const overdue = assessed.filter((a) => isOverdue(a.progress)).length;
  const soon = assessed.filter((a) => a.progress.dueSoon).length;
  const done = assessed.filter((a) => a.progress.status === 'hoan_thanh').length;
  printText(
    `\n${assessed.length} nhiệm vụ (tính đến ${displayDate(today)}): ${done} hoàn thành, ${overdue} quá hạn chưa xong, ${soon} sắp đến hạn (trong ${window} ngày).\n`,
  );
}

interface AddFlags {
  key: string;
  title: string;
  document: string;
  agency: string;
  coAgency?: string[];
  deadline: string;
  status?: TaskStatus;
  at?: string;
  evidence?: string;
  note?: string;
  json?: boolean;
}

async function addTask(flags: AddFlags, command: Command): Promise<void> {
  if (!flags.status && (flags.at || flags.evidence || flags.note)) {
    throw new InvalidArgumentError('--at, --evidence and --note describe an initial status: give --status too');
  }
  const pack = requirePack(command);
  const resolve = resolverOf(pack);
  const names = agencyNames(pack);
  const actor = actorName(command);
  const task = await withStore(command, (store) =>
    store.tasks.add(
      {
        key: flags.key,
        title: flags.title,
        setBy: flags.document,
        agency: resolveOrThrow(resolve, flags.agency, '--agency'),
        coAgencies: (flags.coAgency ?? []).map((a) => resolveOrThrow(resolve, a, '--co-agency')),
        deadline: flags.deadline,
        status: flags.status ? { status: flags.status, at: flags.at, evidence: flags.evidence, note: flags.note } : undefined,
      },
      actor,
    ),
  );
  if (flags.json) return printJson(task);
  printText(
    `Đã thêm nhiệm vụ ${task.key}: ${task.title}\n  cơ quan chủ trì: ${names.get(task.agency) ?? task.agency}; hạn: ${displayDate(task.deadline)}; người ghi: ${actor}\n`,
  );
}

interface UpdateFlags {
  status: TaskStatus;
  at?: string;
  evidence?: string;
  note?: string;
  json?: boolean;
}

async function updateTask(key: string, flags: UpdateFlags, command: Command): Promise<void> {
  const actor = actorName(command);
  const { before, after } = await withStore(command, async (store) => {
    const previous = await store.tasks.get(key);
    const updated = await store.tasks.update(key, { status: flags.status, at: flags.at, evidence: flags.evidence, note: flags.note }, actor);
    return { before: previous, after: updated };
  });
  if (flags.json) return printJson(after);
  const last = after.history[after.history.length - 1]!;
  const from = before?.history[before.history.length - 1]?.status ?? 'chua_thuc_hien';
  printText(`Đã cập nhật ${key}: ${STATUS_LABELS[from]} → ${STATUS_LABELS[last.status]} (ngày ${displayDate(last.at)}; người ghi: ${actor})\n`);
}

async function showOne(key: string, flags: { today?: string; json?: boolean }, command: Command): Promise<void> {
  const today = flags.today ?? vietnamDay(new Date());
  const { task, evidence, completions } = await withStore(command, async (store) => {
    const found = await store.tasks.get(key);
    return { task: found, evidence: found ? await provenanceText(found, store) : '', completions: found ? await store.taskProposals.completions.list({ taskKey: key }) : [] };
  });
  if (!task) throw new InvalidArgumentError(`không có nhiệm vụ “${key}”`);
  const progress = assessTask(task, today);
  if (flags.json) return printJson({ ...task, today, progress, completions });
  printText(showTask(task, progress, namesForDisplay(command)) + evidence);
}

async function importFile(file: string, flags: { json?: boolean }, command: Command): Promise<void> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  } catch (error) {
    if (error instanceof TypeError) throw new Error(`${file}: not UTF-8 text; save the CSV as UTF-8 (“CSV UTF-8” in Excel)`);
    throw error;
  }
  const pack = requirePack(command);
  const importDate = vietnamDay(new Date());
  const parsed = parseTaskCsv(text, { resolveAgency: resolverOf(pack), importDate });
  const actor = actorName(command);
  const rejectedAtParse = rejectedRowCount(parsed.errors);
  const summary = await withStore(command, (store) =>
    store.tasks.importRows(parsed.rows, actor, { source: basename(file), rejectedRows: rejectedAtParse, importDate }),
  );
  const rejected = [
    ...parsed.errors.map((e) => ({ line: e.line, column: e.column, key: null as string | null, message: e.message })),
    ...summary.errors.map((e) => ({ line: e.line, column: null, key: e.key, message: e.message })),
  ].sort((a, b) => a.line - b.line);
  const applied = summary.added + summary.updated + summary.unchanged;
  // Exit 1 only when nothing in the file could be used: a partly bad file still did its work.
  if (applied === 0 && (parsed.dataRows > 0 || rejected.length > 0)) process.exitCode = 1;

  if (flags.json) {
    printJson({
      file,
      dataRows: parsed.dataRows,
      added: summary.added,
      updated: summary.updated,
      unchanged: summary.unchanged,
      rejectedRows: rejectedAtParse + summary.errors.length,
      rejected,
      ignoredChanges: summary.ignoredChanges,
    });
    return;
  }
  let out = `Nhập ${file}: ${parsed.dataRows} dòng nhiệm vụ\n`;
  out += `  thêm mới ${summary.added}, cập nhật ${summary.updated}, không đổi ${summary.unchanged}, bị loại ${rejectedAtParse + summary.errors.length}\n`;
  if (rejected.length > 0) {
    out += '\nDòng bị loại:\n';
    for (const r of rejected) out += `  dòng ${r.line}: ${r.column !== null ? `cột ${r.column}: ` : r.key !== null ? `mã ${r.key}: ` : ''}${r.message}\n`;
  }
  if (summary.ignoredChanges.length > 0) {
    out += '\nGhi chú:\n';
    for (const n of summary.ignoredChanges) out += `  dòng ${n.line}: mã ${n.key}: ${n.message}\n`;
  }
  printText(out);
}

async function scorecard(flags: { today?: string; json?: boolean }, command: Command): Promise<void> {
  const today = flags.today ?? vietnamDay(new Date());
  const names = namesForDisplay(command);
  const cards = agencyScorecards(await withStore(command, (store) => store.tasks.list()), names, today);
  if (flags.json) return printJson({ today, count: cards.length, agencies: cards });
  if (cards.length === 0) return void printText('Chưa có nhiệm vụ nào. Thêm bằng: radar57 task add … hoặc radar57 task import FILE\n');
  printText(`Bảng xếp hạng cơ quan theo tiến độ nhiệm vụ (tính đến ${displayDate(today)}):\n\n`);
  printText(scorecardTable(cards));
}

/** Registers `tasks`, `task add|update|show|import` and `scorecard`. */
export function registerTasks(program: Command): void {
  const tasks = program
    .command('tasks')
    .description(summaryOf('tasks'))
    .option('--overdue', 'only tasks not done and past their deadline')
    .option('--due-soon [days]', `only tasks not done whose deadline is within the days given (default ${DEFAULT_DUE_SOON_DAYS}); with --overdue, both`, parseDays)
    .option('--agency <agency>', 'only tasks this agency is responsible for (id or name, diacritics optional)')
    .option('--status <status>', 'chưa thực hiện, đang thực hiện or hoàn thành (diacritics optional)', parseStatusArg)
    .option('--today <date>', 'the day to assess against (default: today in Vietnam)', parseDayArg)
    .option('--json', 'print JSON')
    .action((flags: ListFlags, command: Command) => listTasks(flags, command));
  registerTaskProposals(tasks);

  const task = program.command('task').description(summaryOf('task'));
  task
    .command('add')
    .description('thêm một nhiệm vụ (có thể kèm trạng thái ban đầu)')
    .requiredOption('--key <key>', 'task key, e.g. NV-01 (letters, digits, . _ / -)')
    .requiredOption('--title <title>', 'what is to be done')
    .requiredOption('--document <document>', 'the document that set it, e.g. 03-TB/BCĐTW')
    .requiredOption('--agency <agency>', 'responsible agency (id or name)')
    .option('--co-agency <agency>', 'a co-agency (id or name); repeat, or separate with ;', collectAgencies)
    .requiredOption('--deadline <date>', 'YYYY-MM-DD, dd/mm/yyyy, YYYY-MM, mm/yyyy or YYYY (a month or year means its last day)', parseDeadlineArg)
    .option('--status <status>', 'initial status', parseStatusArg)
    .option('--at <date>', 'date of the initial status (default: today)', parseDayArg)
    .option('--evidence <evidence>', 'a document number or URL showing the status')
    .option('--note <note>', 'a note')
    .option('--json', 'print JSON')
    .action((flags: AddFlags, command: Command) => addTask(flags, command));
  task
    .command('update')
    .description('ghi một trạng thái mới (lịch sử cũ được giữ nguyên)')
    .argument('<key>', 'task key')
    .requiredOption('--status <status>', 'chưa thực hiện, đang thực hiện or hoàn thành', parseStatusArg)
    .option('--at <date>', 'when the status took effect (default: today); not before the last update, not in the future', parseDayArg)
    .option('--evidence <evidence>', 'a document number or URL')
    .option('--note <note>', 'a note')
    .option('--json', 'print JSON')
    .action((key: string, flags: UpdateFlags, command: Command) => updateTask(key, flags, command));
  task
    .command('show')
    .description('một nhiệm vụ với toàn bộ lịch sử trạng thái')
    .argument('<key>', 'task key')
    .option('--today <date>', 'the day to assess against (default: today in Vietnam)', parseDayArg)
    .option('--json', 'print JSON')
    .action((key: string, flags: { today?: string; json?: boolean }, command: Command) => showOne(key, flags, command));
  task
    .command('import')
    .description('nhập nhiệm vụ từ tệp CSV (UTF-8; các cột: xem docs/tasks.md); dòng lỗi bị loại, dòng tốt được giữ')
    .argument('<file>', 'CSV file')
    .option('--json', 'print JSON')
    .action((file: string, flags: { json?: boolean }, command: Command) => importFile(file, flags, command));

  program
    .command('scorecard')
    .description(summaryOf('scorecard'))
    .option('--today <date>', 'the day to assess against (default: today in Vietnam)', parseDayArg)
    .option('--json', 'print JSON')
    .action((flags: { today?: string; json?: boolean }, command: Command) => scorecard(flags, command));
}
