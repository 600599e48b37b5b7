// Tasks in tables: the appendices of action programmes and plans list one task per row (STT |
// Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Sản phẩm | Thời gian hoàn thành). Page dumps and
// HTML give a row as one paragraph with its cells separated by ` | ` or tabs, or as one paragraph per
// cell. Columns are read from the header row; without one (or when a row's cells do not line up with
// it), from what each cell holds: agencies, a deadline, a product, the task's text.
import type { AgencyHit } from './agencies.ts';
import { cellDeadline } from './deadlines.ts';
import { cellProduct, readProduct } from './product-reader.ts';
import { isRowText, provinceOf, spanOf, toTaskAgency, type FieldScan, type HomeProvince, type TaskEnv } from './scan.ts';
import { EXTRACTOR, type TaskAssigner, type TaskMention } from './types.ts';

type Role = 'index' | 'task' | 'lead' | 'co' | 'product' | 'deadline' | 'note' | 'other';

/** Header words → column role; the first rule that matches a header cell wins. */
const HEADER_ROLES: ReadonlyArray<readonly [RegExp, Role]> = [
  [/^(?:stt|tt|số\s*tt|số\s+thứ\s+tự)$/iu, 'index'],
  [/chủ\s+trì/iu, 'lead'],
  [/phối\s+hợp/iu, 'co'],
  [/thời\s+gian|thời\s+hạn|tiến\s+độ|hoàn\s+thành|thời\s+điểm/iu, 'deadline'],
  [/sản\s+phẩm|kết\s+quả|hình\s+thức|loại\s+văn\s+bản/iu, 'product'],
  [/ghi\s+chú/iu, 'note'],
  [/nhiệm\s+vụ|nội\s+dung|công\s+việc|hoạt\s+động|giải\s+pháp|đề\s+án|tên/iu, 'task'],
];

function roleOf(header: string): Role | null {
  const text = header.trim();
  if (text.split(/\s+/u).length > 8) return null;
  for (const [re, role] of HEADER_ROLES) if (re.test(text)) return role;
  return null;
}

interface Cell {
  scan: FieldScan;
  start: number;
  end: number;
  text: string;
}

/** The cells of a paragraph written as a row (` | ` or tabs between cells), or null. */
function rowCells(scan: FieldScan): Cell[] | null {
  const raw = scan.text.raw;
  if (!isRowText(raw)) return null;
  const separator = (raw.match(/\|/g)?.length ?? 0) >= 2 ? '|' : '\t';
  const cells: Cell[] = [];
  let from = 0;
  for (let i = 0; i <= raw.length; i++) {
    if (i < raw.length && raw[i] !== separator) continue;
    let s = from;
    let e = i;
    while (s < e && /\s/u.test(raw[s] as string)) s++;
    while (e > s && /\s/u.test(raw[e - 1] as string)) e--;
    cells.push({ scan, start: s, end: e, text: raw.slice(s, e) });
    from = i + 1;
  }
  // A leading or trailing bar (`| 1 | … |`) leaves an empty edge cell.
  if (cells[0]?.text === '' && raw.trimStart().startsWith(separator)) cells.shift();
  if (cells[cells.length - 1]?.text === '' && raw.trimEnd().endsWith(separator)) cells.pop();
  return cells;
}

function headerRoles(cells: readonly Cell[]): Role[] | null {
  const roles = cells.map((c) => roleOf(c.text));
  if (roles.some((r) => r === null) || !roles.includes('lead') || !roles.includes('task')) return null;
  return roles as Role[];
}

const INDEX_CELL = /^(?:\d{1,3}|[IVXLC]{1,6}|[a-zđ])[.)]?$/u;

/** Agencies filling a cell (`Bộ Công an; Văn phòng Chính phủ`), or null when the cell holds anything else. */
function cellAgencies(cell: Cell): AgencyHit[] | null {
  if (cell.text === '') return null;
  const list = cell.scan.agencies.listAt(cell.start, true);
  // The first agency starts the cell, also behind a head's title (`Bộ trưởng Bộ Tài chính`).
  if (list.hits.length === 0 || cell.scan.agencies.at(cell.start) !== list.hits[0]) return null;
  return /^[\s.;,]*$/u.test(cell.scan.text.raw.slice(list.end, cell.end)) ? list.hits : null;
}

/** Roles for a row without a usable header, from what its cells hold. */
function inferRoles(cells: readonly Cell[], env: TaskEnv): Role[] {
  const roles: Role[] = cells.map(() => 'other');
  cells.forEach((c, i) => {
    if (i === 0 && INDEX_CELL.test(c.text)) roles[i] = 'index';
  });
  const agencyCells = cells.map((c, i) => (roles[i] === 'other' && cellAgencies(c) ? i : -1)).filter((i) => i >= 0);
  if (agencyCells[0] !== undefined) roles[agencyCells[0]] = 'lead';
  if (agencyCells[1] !== undefined) roles[agencyCells[1]] = 'co';
  for (let i = cells.length - 1; i >= 0; i--) {
    if (roles[i] === 'other' && cellDeadline(cells[i]!.text, 0, env.ctx)) {
      roles[i] = 'deadline';
      break;
    }
  }
  const firstAgency = agencyCells[0] ?? cells.length;
  cells.forEach((c, i) => {
    if (roles[i] === 'other' && i > firstAgency && cellProduct(c.text) && c.text.split(/\s+/u).length <= 8) roles[i] = 'product';
  });
  const task = cells.findIndex((c, i) => roles[i] === 'other' && c.text.split(/\s+/u).length >= 3);
  if (task >= 0) roles[task] = 'task';
  return roles;
}

interface Table {
  roles: Role[] | null;
  rows: Cell[][];
  /** The paragraphs before the table and the title: its caption, which may name the assigning document and the province. */
  caption: FieldScan[];
}

/** The assigning document a caption names (`Kèm theo Nghị quyết số 03/NQ-CP`), preferring the one after `kèm theo`. */
function captionAssigner(caption: readonly FieldScan[]): TaskAssigner | null {
  let first: TaskAssigner | null = null;
  for (const scan of caption) {
    for (const ref of scan.refs) {
      if (ref.id === null) continue;
      const found = { id: ref.id, span: spanOf(scan.field, ref.start, ref.end) };
      if (/kèm\s+theo\s+(?:\S+\s+){0,3}$/iu.test(scan.text.raw.slice(Math.max(0, ref.start - 40), ref.start))) return found;
      first ??= found;
    }
  }
  return first;
}

function captionProvince(caption: readonly FieldScan[], env: TaskEnv): HomeProvince | null {
  for (const scan of caption) for (const hit of scan.agencies.hits) {
    const p = provinceOf(hit, env.directory);
    if (p) return p;
  }
  return null;
}

function rowTask(cells: Cell[], roles: readonly Role[], table: Table, env: TaskEnv, wholeParagraph: boolean): TaskMention | null {
  const cellOf = (role: Role) => {
    const i = roles.indexOf(role);
    return i >= 0 ? cells[i] : undefined;
  };
  const leadCell = cellOf('lead');
  const taskCell = cellOf('task');
  if (!leadCell || !taskCell || taskCell.text.split(/\s+/u).length < 2) return null;
  const leads = cellAgencies(leadCell);
  if (!leads || leads.length === 0) return null;
  const coCell = cellOf('co');
  const partners = coCell ? (cellAgencies(coCell) ?? []) : [];
  const local = captionProvince(table.caption, env);
  const productCell = cellOf('product');
  const product = productCell
    ? cellProduct(productCell.text)
    : readProduct(taskCell.scan.text.raw, { wording: taskCell, tail: { start: taskCell.end, end: taskCell.end } }, taskCell.scan.agencies);
  const deadlineCell = cellOf('deadline');
  const deadline = deadlineCell ? cellDeadline(deadlineCell.text, deadlineCell.start, env.ctx) : null;
  const spanScan = wholeParagraph ? taskCell.scan : taskCell.scan;
  const span = wholeParagraph ? { start: 0, end: spanScan.text.raw.length } : { start: taskCell.start, end: taskCell.end };
  return {
    kind: 'task',
    ...spanOf(spanScan.field, span.start, span.end),
    wording: taskCell.text,
    lead: toTaskAgency(leads[0]!, leadCell.scan.field, local, env),
    coAgencies: [...leads.slice(1).map((h) => toTaskAgency(h, leadCell.scan.field, local, env)), ...partners.map((h) => toTaskAgency(h, coCell!.scan.field, local, env))],
    product,
    deadline: deadline && deadlineCell
      ? { value: deadline.value, precision: deadline.precision, yearFrom: deadline.yearFrom, span: spanOf(deadlineCell.scan.field, deadline.start, deadline.end) }
      : null,
    assignedBy: captionAssigner(table.caption),
    shape: 'table',
    confidence: roles === table.roles ? 0.9 : 0.8,
    extractor: EXTRACTOR.name,
    extractorVersion: EXTRACTOR.version,
  };
}

/** A row's roles: the header's when the cells line up with it, else read from the cells. */
function rolesFor(cells: readonly Cell[], table: Table, env: TaskEnv): Role[] {
  return table.roles && table.roles.length === cells.length ? table.roles : inferRoles(cells, env);
}

/** Tables whose rows are paragraphs with separated cells. */
function separatedTables(scans: readonly FieldScan[], title: FieldScan | null): Array<Table & { paragraphs: number[] }> {
  const tables: Array<Table & { paragraphs: number[] }> = [];
  let current: (Table & { paragraphs: number[] }) | null = null;
  scans.forEach((scan, i) => {
    const cells = rowCells(scan);
    if (!cells) {
      current = null;
      return;
    }
    if (!current) {
      const caption = [title, scans[i - 2], scans[i - 1]].filter((s): s is FieldScan => !!s && !rowCells(s));
      current = { roles: null, rows: [], caption, paragraphs: [] };
      tables.push(current);
    }
    current.paragraphs.push(i);
    const roles = current.rows.length === 0 && !current.roles ? headerRoles(cells) : null;
    if (roles) current.roles = roles;
    else current.rows.push(cells);
  });
  return tables;
}

const SHORT_CELL = (text: string) => text.trim() !== '' && text.trim().split(/\s+/u).length <= 8 && !/[.!?]$/u.test(text.trim());

/** Tables written one cell per paragraph: a run of header paragraphs, then rows that start with their number. */
function lineTables(scans: readonly FieldScan[], title: FieldScan | null, taken: ReadonlySet<number>): Array<Table & { paragraphs: number[] }> {
  const tables: Array<Table & { paragraphs: number[] }> = [];
  for (let i = 0; i < scans.length; i++) {
    if (taken.has(i)) continue;
    let j = i;
    const roles: Role[] = [];
    while (j < scans.length && !taken.has(j) && SHORT_CELL(scans[j]!.text.raw)) {
      const role = roleOf(scans[j]!.text.raw);
      if (!role) break;
      roles.push(role);
      j++;
    }
    if (roles.length < 3 || !roles.includes('lead') || !roles.includes('task')) continue;
    const caption = [title, scans[i - 2], scans[i - 1]].filter((s): s is FieldScan => !!s);
    const table: Table & { paragraphs: number[] } = { roles, rows: [], caption, paragraphs: [] };
    for (let k = i; k < j; k++) table.paragraphs.push(k);
    const numbered = roles[0] === 'index';
    let row: Cell[] = [];
    let k = j;
    for (; k < scans.length && !taken.has(k); k++) {
      const text = scans[k]!.text.raw;
      const startsRow = numbered ? INDEX_CELL.test(text.trim()) : row.length === roles.length;
      if (startsRow && row.length > 0) {
        table.rows.push(row);
        row = [];
      }
      // A paragraph of running text ends the table.
      if (text.length > 300 || (row.length === 0 && numbered && !INDEX_CELL.test(text.trim()))) break;
      const scan = scans[k]!;
      const s = text.length - text.trimStart().length;
      row.push({ scan, start: s, end: text.trimEnd().length, text: text.trim() });
      table.paragraphs.push(k);
    }
    if (row.length > 0) table.rows.push(row);
    tables.push(table);
    i = k - 1;
  }
  return tables;
}

/**
 * Header cells as an HTML table's text gives them, joined by spaces (`STT Nhiệm vụ Cơ quan chủ trì
 * Cơ quan phối hợp Thời gian hoàn thành`): the phrases each header cell is written with.
 */
const JOINED_HEADER_CELLS: ReadonlyArray<readonly [RegExp, Role]> = [
  [/^(?:STT|TT|Số TT|Số thứ tự)(?=\s|$)/iu, 'index'],
  [/^(?:Cơ quan|Đơn vị)\s+chủ\s+trì(?:\s+thực\s+hiện)?/iu, 'lead'],
  [/^(?:Cơ quan|Đơn vị)\s+phối\s+hợp(?:\s+thực\s+hiện)?/iu, 'co'],
  [/^(?:Thời\s+gian\s+(?:hoàn\s+thành|thực\s+hiện)|Thời\s+hạn(?:\s+hoàn\s+thành)?|Tiến\s+độ(?:\s+(?:hoàn\s+thành|thực\s+hiện))?)/iu, 'deadline'],
  [/^(?:Sản\s+phẩm(?:\s+đầu\s+ra)?|Kết\s+quả(?:\s+đầu\s+ra)?|Hình\s+thức\s+văn\s+bản)/iu, 'product'],
  [/^Ghi\s+chú/iu, 'note'],
  [/^(?:(?:Tên|Nội\s+dung)\s+nhiệm\s+vụ|Nhiệm\s+vụ(?:\s+cụ\s+thể)?|Nội\s+dung(?:\s+công\s+việc)?|Công\s+việc|Hoạt\s+động)/iu, 'task'],
];

/** The roles of a header whose cells were joined by spaces, or null when the paragraph is not wholly such a header. */
function joinedHeaderRoles(text: string): Role[] | null {
  const roles: Role[] = [];
  let rest = text.trim();
  while (rest !== '') {
    const found = JOINED_HEADER_CELLS.map(([re, role]) => ({ m: re.exec(rest), role })).find((x) => x.m);
    if (!found?.m) return null;
    roles.push(found.role);
    rest = rest.slice(found.m[0].length).trim();
  }
  return roles.length >= 3 && roles.includes('lead') && roles.includes('task') ? roles : null;
}

const JOINED_ROW = /^\s*(\d{1,3})[.)]?\s+(?=\S)/u;
const SECTION_ROW = /^\s*[IVXLC]{1,6}[.)]?\s+\S/u;

/** The longest run of words at the end of [from, to) that is wholly a deadline: `Quý II/2026`, `Thường xuyên`, `9/2025`. */
function trailingDeadline(scan: FieldScan, from: number, env: TaskEnv): { start: number; deadline: ReturnType<typeof cellDeadline> } | null {
  const raw = scan.text.raw;
  const text = raw.slice(from).trimEnd();
  const words = [...text.matchAll(/\S+/gu)];
  let best: { start: number; deadline: ReturnType<typeof cellDeadline> } | null = null;
  for (let n = 1; n <= Math.min(5, words.length - 1); n++) {
    const w = words[words.length - n] as RegExpMatchArray;
    const start = from + (w.index ?? 0);
    const cell = raw.slice(start, from + text.length);
    const deadline = cellDeadline(cell, start, env.ctx);
    if (deadline && deadline.start === start && (deadline.value === null || deadline.end === start + cell.length)) best = { start, deadline };
  }
  return best;
}

/** A row whose cells were joined by spaces: number, task, agencies, product, deadline, in the header's order. */
function joinedRowTask(scan: FieldScan, roles: readonly Role[], caption: FieldScan[], env: TaskEnv): TaskMention | null {
  const raw = scan.text.raw;
  const number = JOINED_ROW.exec(raw);
  if (!number) return null;
  const from = number[0].length;
  const trailing = roles.includes('deadline') ? trailingDeadline(scan, from, env) : null;
  const to = trailing?.start ?? raw.trimEnd().length;
  // The agencies are the last run of agencies before the product and the deadline; an agency the
  // task's own words name (`… với Bộ Công an`) comes earlier and is separated from it by words.
  const hits = scan.agencies.within(from, to);
  const runs: AgencyHit[][] = [];
  for (const h of hits) {
    const last = runs[runs.length - 1];
    const previous = last?.[last.length - 1];
    if (last && previous && /^[\s,;]*(?:và)?[\s,;]*$/u.test(raw.slice(previous.end, h.start))) last.push(h);
    else runs.push([h]);
  }
  const run = runs[runs.length - 1];
  if (!run || raw.slice(from, run[0]!.start).trim().split(/\s+/u).length < 2) return null;
  const taskCell: Cell = { scan, start: from, end: run[0]!.start, text: raw.slice(from, run[0]!.start).trim() };
  taskCell.end = taskCell.start + raw.slice(from, run[0]!.start).trimEnd().length;
  const leadCell: Cell = { scan, start: run[0]!.start, end: run[0]!.end, text: raw.slice(run[0]!.start, run[0]!.end) };
  const productText = raw.slice(run[run.length - 1]!.end, to).trim();
  const table: Table = { roles: null, rows: [], caption };
  const task = rowTask([taskCell, leadCell], ['task', 'lead'], table, env, true);
  if (!task) return null;
  const local = captionProvince(caption, env);
  task.coAgencies = run.slice(1).map((h) => toTaskAgency(h, scan.field, local, env));
  if (roles.includes('product')) task.product = productText === '' ? null : cellProduct(productText);
  const d = trailing?.deadline;
  task.deadline = d ? { value: d.value, precision: d.precision, yearFrom: d.yearFrom, span: spanOf(scan.field, d.start, d.end) } : null;
  task.confidence = 0.75;
  return task;
}

/** Tables from an HTML page: a header row and rows whose cells the page's text joined with spaces. */
function joinedTables(scans: readonly FieldScan[], title: FieldScan | null, taken: ReadonlySet<number>, env: TaskEnv): { tasks: TaskMention[]; used: number[] } {
  const tasks: TaskMention[] = [];
  const used: number[] = [];
  for (let i = 0; i < scans.length; i++) {
    if (taken.has(i)) continue;
    const roles = joinedHeaderRoles(scans[i]!.text.raw);
    if (!roles) continue;
    used.push(i);
    const caption = [title, scans[i - 2], scans[i - 1]].filter((s): s is FieldScan => !!s);
    let k = i + 1;
    for (; k < scans.length && !taken.has(k); k++) {
      const raw = scans[k]!.text.raw;
      if (SECTION_ROW.test(raw) && !JOINED_ROW.test(raw)) {
        used.push(k);
        continue;
      }
      if (!JOINED_ROW.test(raw) || raw.length > 600) break;
      used.push(k);
      const task = joinedRowTask(scans[k]!, roles, caption, env);
      if (task) tasks.push(task);
    }
    i = k - 1;
  }
  return { tasks, used };
}

/** Tasks of the document's tables, and the body paragraphs they used (no sentence rule reads those again). */
export function tableTasks(scans: readonly FieldScan[], title: FieldScan | null, env: TaskEnv): { tasks: TaskMention[]; used: Set<number> } {
  const tasks: TaskMention[] = [];
  const used = new Set<number>();
  const separated = separatedTables(scans, title);
  for (const table of separated) {
    table.paragraphs.forEach((p) => used.add(p));
    for (const cells of table.rows) {
      const task = rowTask(cells, rolesFor(cells, table, env), table, env, true);
      if (task) tasks.push(task);
    }
  }
  for (const table of lineTables(scans, title, used)) {
    table.paragraphs.forEach((p) => used.add(p));
    for (const cells of table.rows) {
      const task = rowTask(cells, rolesFor(cells, table, env), table, env, false);
      if (task) tasks.push(task);
    }
  }
  const joined = joinedTables(scans, title, used, env);
  joined.used.forEach((p) => used.add(p));
  tasks.push(...joined.tasks);
  return { tasks, used };
}
