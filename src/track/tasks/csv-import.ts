// Tasks from a CSV file, as agencies keep them in spreadsheets. Pure: text in, rows and row errors
// out; the store decides what each good row changes. The column layout is documented in
// docs/tasks.md. A bad row never stops the file: it becomes one error per problem, each naming the
// row's line number (the line it starts on, counting the header as line 1), the column as written
// in the header, and what was wrong; every good row is returned.
//
// What is accepted:
// - UTF-8, with or without a BOM; line endings \n, \r\n or \r.
// - Comma-separated, or semicolon-separated when the header line has more semicolons than commas
//   (Excel with Vietnamese regional settings, where the comma is the decimal separator, saves so).
//   Co-agency lists are separated by `;`: in a semicolon file, quote that cell.
// - Headers in Vietnamese or English, with or without diacritics, any case, spaces or underscores
//   (`Cơ quan chủ trì`, `co_quan_chu_tri`, `agency`). An `stt` (row number) column is ignored; any
//   other unknown column rejects the file, so that a misspelt optional column is not lost silently.
// - Agencies by id, name or former name, diacritics optional (AgencyResolver). Agency names may
//   hold commas (Bộ Văn hóa, Thể thao và Du lịch), which is why co-agencies use `;`.
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { Agency, TaskStatus } from '../../programme/schema.ts';
import { foldForSearch } from '../../text/fold.ts';
import { normalizeText } from '../../text/normalize.ts';
import { matchKey } from '../../text/tones.ts';
import { parseTaskStatus, readDay, readDeadline } from './timeliness.ts';

/** One good row: a task and the status it has according to the file. */
export interface TaskImportRow {
  /** The line the row starts on (the header is line 1). */
  line: number;
  key: string;
  title: string;
  /** The document that set the task: `03-TB/BCĐTW`. */
  setBy: string;
  /** Agency id. */
  agency: string;
  coAgencies: string[];
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  deadline: string;
  status: TaskStatus;
  /** The date of that status, YYYY-MM-DD; null when the file leaves it empty (the store uses the import day). */
  statusDate: string | null;
  evidence: string | null;
  note: string | null;
}

export interface CsvRowError {
  line: number;
  /** The column as written in the header; null for a problem with the whole row or file. */
  column: string | null;
  message: string;
}

export interface TaskCsvResult {
  rows: TaskImportRow[];
  /** In line order; a row may have several. */
  errors: CsvRowError[];
  /** Data rows in the file (not counting the header and blank lines). */
  dataRows: number;
}

type Field = 'key' | 'title' | 'setBy' | 'agency' | 'coAgencies' | 'deadline' | 'status' | 'statusDate' | 'evidence' | 'note';

/** Header names (folded, words joined by `_`) for each field: Vietnamese first, then English. */
const HEADERS: Record<Field, readonly string[]> = {
  key: ['ma', 'ma_nhiem_vu', 'key'],
  title: ['nhiem_vu', 'ten_nhiem_vu', 'title'],
  setBy: ['van_ban', 'van_ban_giao', 'document'],
  agency: ['co_quan_chu_tri', 'agency'],
  coAgencies: ['co_quan_phoi_hop', 'co_agencies'],
  deadline: ['han', 'thoi_han', 'deadline'],
  status: ['trang_thai', 'status'],
  statusDate: ['ngay_cap_nhat', 'status_date'],
  evidence: ['minh_chung', 'evidence'],
  note: ['ghi_chu', 'note'],
};

const REQUIRED: readonly Field[] = ['key', 'title', 'setBy', 'agency', 'deadline', 'status'];
const IGNORED_HEADERS = new Set(['stt']);

/** Task keys: letters, digits and . _ / - (no spaces), as they are typed on the command line. */
export const TASK_KEY = /^[\p{L}\p{N}][\p{L}\p{N}._/-]*$/u;
export const TASK_KEY_MAX = 64;

function headerKey(header: string): string {
  return foldForSearch(header).replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}

function fieldOfHeader(header: string): Field | null {
  const key = headerKey(header);
  return (Object.keys(HEADERS) as Field[]).find((f) => HEADERS[f].includes(key)) ?? null;
}

// ── Agencies ────────────────────────────────────────────────────────────────────────────────────

export type AgencyLookup = { id: string } | { error: string };
export type AgencyResolver = (text: string) => AgencyLookup;

type NamedAgency = Pick<Agency, 'id' | 'name'> & Partial<Pick<Agency, 'en' | 'formerNames' | 'kind' | 'mergedInto'>>;

/**
 * Finds an agency by id, or by its name, English name or a former name: first with diacritics as
 * written (tone placement aside: hoà = hòa), then without. A name shared by a body that exists
 * and one merged away (Hà Nội the unit and Hà Nội the pre-2025 province, which merged into it)
 * means the one that exists. Several existing agencies matching is an error.
 */
export function createAgencyResolver(agencies: readonly NamedAgency[]): AgencyResolver {
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const mergedAway = (id: string) => {
    const a = byId.get(id);
    return a?.kind === 'former_province' || a?.mergedInto !== undefined;
  };
  const exact = new Map<string, Set<string>>();
  const folded = new Map<string, Set<string>>();
  const index = (map: Map<string, Set<string>>, key: string, id: string) => {
    if (!map.has(key)) map.set(key, new Set());
    map.get(key)!.add(id);
  };
  const spaces = (s: string) => s.replace(/\s+/g, ' ').trim();
  for (const a of agencies) {
    for (const name of [a.name, a.en, ...(a.formerNames ?? []).map((f) => f.name)]) {
      if (!name) continue;
      index(exact, matchKey(spaces(name)), a.id);
      index(folded, foldForSearch(spaces(name)), a.id);
    }
  }
  return (text) => {
    const wanted = spaces(normalizeText(text));
    if (!wanted) return { error: 'thiếu cơ quan' };
    const id = byId.get(wanted) ?? byId.get(wanted.toLowerCase());
    if (id) return { id: id.id };
    for (const ids of [exact.get(matchKey(wanted)), folded.get(foldForSearch(wanted))]) {
      if (!ids) continue;
      if (ids.size === 1) return { id: [...ids][0] as string };
      const existing = [...ids].filter((id) => !mergedAway(id));
      if (existing.length === 1) return { id: existing[0] as string };
      return { error: `“${wanted}” khớp nhiều cơ quan (${[...ids].sort().join(', ')}): dùng mã cơ quan` };
    }
    return { error: `không có cơ quan “${wanted}” trong danh mục (mã, tên hoặc tên cũ)` };
  };
}

// ── Rows ────────────────────────────────────────────────────────────────────────────────────────

export interface TaskCsvOptions {
  resolveAgency: AgencyResolver;
  /** The day of the import (YYYY-MM-DD): a status dated after it is refused. */
  importDate: string;
}

const optionalText = z.string().transform((v) => (v === '' ? null : v));

function rowSchema(options: TaskCsvOptions) {
  const agency = z.string().transform((v, ctx) => {
    const found = options.resolveAgency(v);
    if ('id' in found) return found.id;
    ctx.addIssue({ code: 'custom', message: found.error });
    return z.NEVER;
  });
  return z.object({
    key: z
      .string()
      .min(1, 'thiếu mã nhiệm vụ')
      .max(TASK_KEY_MAX, `mã dài quá ${TASK_KEY_MAX} ký tự`)
      .regex(TASK_KEY, 'mã chỉ gồm chữ, số và . _ / - (không có khoảng trắng)'),
    title: z.string().min(1, 'thiếu tên nhiệm vụ'),
    setBy: z.string().min(1, 'thiếu văn bản giao nhiệm vụ'),
    agency,
    coAgencies: z.string().transform((v, ctx) => {
      const ids: string[] = [];
      for (const part of v.split(';').map((p) => p.trim()).filter(Boolean)) {
        const found = options.resolveAgency(part);
        if ('id' in found) {
          if (!ids.includes(found.id)) ids.push(found.id);
        } else ctx.addIssue({ code: 'custom', message: found.error });
      }
      return ids;
    }),
    deadline: z.string().transform((v, ctx) => {
      const deadline = readDeadline(v);
      if (deadline) return deadline;
      ctx.addIssue({ code: 'custom', message: v ? `hạn “${v}” không phải ngày hợp lệ (YYYY-MM-DD, dd/mm/yyyy, mm/yyyy hoặc yyyy)` : 'thiếu hạn' });
      return z.NEVER;
    }),
    status: z.string().transform((v, ctx) => {
      const status = parseTaskStatus(v);
      if (status) return status;
      ctx.addIssue({ code: 'custom', message: v ? `trạng thái “${v}” không hợp lệ (chưa thực hiện, đang thực hiện hoặc hoàn thành)` : 'thiếu trạng thái' });
      return z.NEVER;
    }),
    statusDate: z.string().transform((v, ctx) => {
      if (v === '') return null;
      const day = readDay(v);
      if (!day) ctx.addIssue({ code: 'custom', message: `ngày “${v}” không hợp lệ (YYYY-MM-DD hoặc dd/mm/yyyy)` });
      else if (day > options.importDate) ctx.addIssue({ code: 'custom', message: `ngày ${day} ở tương lai (hôm nay là ${options.importDate})` });
      return day ?? z.NEVER;
    }),
    evidence: optionalText,
    note: optionalText,
  });
}

// ── Parsing ─────────────────────────────────────────────────────────────────────────────────────

interface CsvRecord {
  record: string[];
  info: { lines: number };
}

/** `;` when the header line holds more semicolons than commas (outside quotes), else `,`. */
function delimiterOf(text: string): ',' | ';' {
  const header = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const outsideQuotes = header.replace(/"[^"]*"/g, '');
  const count = (c: string) => outsideQuotes.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

const CSV_ERRORS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'dấu ngoặc kép mở mà không đóng',
  CSV_INVALID_CLOSING_QUOTE: 'có ký tự ngay sau dấu ngoặc kép đóng',
};

/** Reads task rows from CSV text; see the file header for what is accepted. */
export function parseTaskCsv(input: string, options: TaskCsvOptions): TaskCsvResult {
  // Line endings normalised first: csv-parse's line count drifts on \r\n with blank lines, and the
  // line numbers are what a user goes by.
  const text = normalizeText(input.replace(/^\uFEFF/, '')).replace(/\r\n?/g, '\n');
  const errors: CsvRowError[] = [];
  const records = parse(text, {
    delimiter: delimiterOf(text),
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      if (!error) return undefined;
      // One broken quote usually trips a second error on the same line: the first says what is wrong.
      if (errors.some((e) => e.line === Number(error.lines))) return undefined;
      errors.push({ line: Number(error.lines), column: null, message: `lỗi định dạng CSV: ${CSV_ERRORS[error.code] ?? error.message}` });
      return undefined;
    },
  }) as unknown as CsvRecord[];

  // A record's line is where it ends; it starts that many lines earlier as its cells hold newlines.
  const withLines = records
    .map((r) => ({ cells: r.record, line: r.info.lines - r.record.reduce((n, c) => n + (c.split('\n').length - 1), 0) }))
    .filter((r) => r.cells.some((c) => c !== ''));
  const [header, ...data] = withLines;
  if (!header) {
    if (errors.length === 0) errors.push({ line: 1, column: null, message: 'tệp trống: cần dòng tiêu đề và ít nhất một dòng nhiệm vụ' });
    return { rows: [], errors, dataRows: 0 };
  }
  const headerErrors = errors.filter((e) => e.line <= header.line);
  if (headerErrors.length > 0) return { rows: [], errors, dataRows: data.length };

  // Which position holds each field. A header problem rejects the file: its rows cannot be read.
  const headerProblems: CsvRowError[] = [];
  const columnOf = new Map<Field, number>();
  header.cells.forEach((name, i) => {
    const field = fieldOfHeader(name);
    if (field === null) {
      if (!IGNORED_HEADERS.has(headerKey(name))) {
        headerProblems.push({ line: header.line, column: name, message: 'cột không có trong bảng cột (xem docs/tasks.md)' });
      }
    } else if (columnOf.has(field)) {
      headerProblems.push({ line: header.line, column: name, message: `cột lặp lại (đã có ở cột ${(columnOf.get(field) as number) + 1})` });
    } else {
      columnOf.set(field, i);
    }
  });
  for (const field of REQUIRED) {
    if (!columnOf.has(field)) headerProblems.push({ line: header.line, column: HEADERS[field][0] as string, message: 'thiếu cột bắt buộc' });
  }
  if (headerProblems.length > 0) return { rows: [], errors: sortErrors([...headerProblems, ...errors]), dataRows: data.length };

  const schema = rowSchema(options);
  const headerName = (field: Field) => header.cells[columnOf.get(field) as number] as string;
  const keyLines = new Map<string, number>();
  const rows: TaskImportRow[] = [];
  for (const { cells, line } of data) {
    const rowErrors: CsvRowError[] = [];
    // Excel may add empty cells at the end of a row; anything else must match the header.
    const extra = cells.slice(header.cells.length);
    if (cells.length < header.cells.length || extra.some((c) => c !== '')) {
      errors.push({ line, column: null, message: `dòng có ${cells.length} cột, dòng tiêu đề có ${header.cells.length}` });
      continue;
    }
    const raw = Object.fromEntries((Object.keys(HEADERS) as Field[]).map((f) => [f, columnOf.has(f) ? (cells[columnOf.get(f) as number] as string) : '']));
    const key = raw.key as string;
    const earlier = key ? keyLines.get(key) : undefined;
    if (key && earlier === undefined) keyLines.set(key, line);
    if (earlier !== undefined) rowErrors.push({ line, column: headerName('key'), message: `mã “${key}” trùng với dòng ${earlier}` });

    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        rowErrors.push({ line, column: headerName(issue.path[0] as Field), message: issue.message });
      }
    }
    if (rowErrors.length > 0 || !parsed.success) {
      errors.push(...rowErrors);
      continue;
    }
    rows.push({ line, ...parsed.data });
  }
  return { rows, errors: sortErrors(errors), dataRows: data.length };
}

function sortErrors(errors: CsvRowError[]): CsvRowError[] {
  return errors.sort((a, b) => a.line - b.line);
}

/** How many distinct rows (lines) the errors are about. */
export function rejectedRowCount(errors: readonly CsvRowError[]): number {
  return new Set(errors.map((e) => e.line)).size;
}
