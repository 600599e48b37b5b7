// The report as a workbook (`exceljs`) for officials who carry figures into their own tables: one
// sheet per part (targets, tasks, conflicts, legal documents, sources, and the report's particulars),
// values as numbers (not text) with the unit in its own column, dates as dd/mm/yyyy text (a period
// such as `2025` or `10/2025` is not a day), each figure with its source's number.
import ExcelJS from 'exceljs';
import type { ReportData, ReportFigure, ReportTaskRow } from '../../track/report/report-data.ts';
import { formatDate } from '../../track/report/format.ts';
import { capitalise, ISSUER, sourceLine } from './wording.ts';

/** The sheets' names (at most 31 characters, as Excel allows). */
export const SHEETS = { about: 'Thông tin', targets: 'Mục tiêu', figures: 'Số liệu trong kỳ', tasks: 'Nhiệm vụ', conflicts: 'Số liệu mâu thuẫn', legal: 'Văn bản mới', sources: 'Nguồn' } as const;

const NUMBER_FORMAT = '#,##0.##';

function addSheet(book: ExcelJS.Workbook, name: string, columns: { header: string; width: number; number?: boolean }[], rows: readonly (readonly unknown[])[]): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width, style: c.number ? { numFmt: NUMBER_FORMAT } : { alignment: { wrapText: true, vertical: 'top' } } }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) sheet.addRow(r.map((v) => (v === undefined ? null : v)));
  return sheet;
}

/** Value, date and sources (`3` or `3, 7`: a list is text). */
const figureCells = (f: ReportFigure | null) => (f ? [f.value, formatDate(f.asOf), f.sources.length === 1 ? f.sources[0] : f.sources.join(', ')] : [null, null, null]);

function taskRows(kind: string, rows: readonly ReportTaskRow[]): unknown[][] {
  return rows.map((r) => [kind, r.key, r.title, r.agency, r.setBy, formatDate(r.deadline), capitalise(r.status), r.timeliness, r.completedAt ? formatDate(r.completedAt) : null, r.daysOverdue]);
}

export async function renderXlsx(r: ReportData): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Radar 57';
  book.title = r.title;
  addSheet(book, SHEETS.about, [{ header: 'Mục', width: 22 }, { header: 'Nội dung', width: 100 }], [
    ['Báo cáo', r.title],
    ['Kỳ báo cáo', `${r.period.label} (${formatDate(r.period.start)} – ${formatDate(r.period.end)})`],
    ['Số liệu tính đến', formatDate(r.cutoff)],
    ['Phạm vi', r.scope.label],
    ['Ngày lập', formatDate(r.made)],
    ['Đơn vị lập', ISSUER.join(' – ')],
    ...r.summary.map((p, i) => [i === 0 ? 'Tóm tắt' : '', p]),
  ]);
  addSheet(
    book,
    SHEETS.targets,
    [
      { header: 'TT', width: 5 },
      { header: 'Mã', width: 28 },
      { header: 'Mục tiêu', width: 50 },
      { header: 'Đơn vị tính', width: 12 },
      { header: 'So sánh', width: 8 },
      { header: 'Chỉ tiêu', width: 10, number: true },
      { header: 'Chỉ tiêu (đến)', width: 10, number: true },
      { header: 'Thời hạn', width: 12 },
      { header: 'Đầu kỳ', width: 12, number: true },
      { header: 'Ngày (đầu kỳ)', width: 12 },
      { header: 'Nguồn (đầu kỳ)', width: 8 },
      { header: 'Cuối kỳ', width: 12, number: true },
      { header: 'Ngày (cuối kỳ)', width: 12 },
      { header: 'Nguồn (cuối kỳ)', width: 8 },
      { header: 'Thay đổi', width: 10, number: true },
      { header: 'Đánh giá', width: 18 },
      { header: 'Bằng chứng', width: 10 },
      { header: 'Số liệu mới trong kỳ', width: 10 },
      { header: 'Lý do', width: 50 },
    ],
    r.targets.map((t, i) => [
      i + 1,
      t.id,
      t.name,
      t.unit,
      t.comparator,
      t.targetValue,
      t.targetValueMax,
      t.deadline ? formatDate(t.deadline) : null,
      ...figureCells(t.before),
      ...figureCells(t.latest),
      t.change,
      capitalise(t.statusLabel),
      t.evidence,
      t.newInPeriod,
      t.reason,
    ]),
  );
  addSheet(
    book,
    SHEETS.figures,
    [
      { header: 'Chỉ số', width: 50 },
      { header: 'Phạm vi', width: 24 },
      { header: 'Đơn vị tính', width: 12 },
      { header: 'Giá trị', width: 12, number: true },
      { header: 'Ngày', width: 12 },
      { header: 'Nguồn', width: 10 },
    ],
    r.figures.map((f) => [f.indicator, capitalise(f.scope), f.unit, ...figureCells(f.figure)]),
  );
  addSheet(
    book,
    SHEETS.tasks,
    [
      { header: 'Loại', width: 14 },
      { header: 'Mã', width: 12 },
      { header: 'Nhiệm vụ', width: 60 },
      { header: 'Cơ quan chủ trì', width: 24 },
      { header: 'Văn bản giao', width: 14 },
      { header: 'Thời hạn', width: 12 },
      { header: 'Trạng thái', width: 16 },
      { header: 'Tiến độ', width: 12 },
      { header: 'Ngày hoàn thành', width: 14 },
      { header: 'Số ngày quá hạn', width: 10 },
    ],
    [...taskRows('đến hạn trong kỳ', r.tasks.due), ...taskRows('quá hạn', r.tasks.overdue)],
  );
  addSheet(
    book,
    SHEETS.conflicts,
    [
      { header: 'Chỉ số', width: 40 },
      { header: 'Phạm vi', width: 14 },
      { header: 'Đơn vị tính', width: 12 },
      { header: 'Giá trị 1', width: 12, number: true },
      { header: 'Ngày 1', width: 12 },
      { header: 'Nguồn 1', width: 8 },
      { header: 'Giá trị 2', width: 12, number: true },
      { header: 'Ngày 2', width: 12 },
      { header: 'Nguồn 2', width: 8 },
      { header: 'Cách nhau (ngày)', width: 10 },
    ],
    r.conflicts.map((c) => [c.indicator, c.scope, c.unit, ...figureCells(c.a), ...figureCells(c.b), c.days]),
  );
  addSheet(
    book,
    SHEETS.legal,
    [
      { header: 'Số, ký hiệu', width: 18 },
      { header: 'Loại', width: 14 },
      { header: 'Cơ quan ban hành', width: 20 },
      { header: 'Ngày ban hành', width: 14 },
      { header: 'Trích yếu', width: 70 },
      { header: 'Nguồn', width: 40 },
    ],
    r.legalDocuments.map((d) => [d.number ?? 'chưa rõ số', d.type, d.issuer, formatDate(d.date), d.title, d.url]),
  );
  const sources = addSheet(
    book,
    SHEETS.sources,
    [
      { header: 'Số', width: 6 },
      { header: 'Tài liệu', width: 50 },
      { header: 'Trang', width: 20 },
      { header: 'Ngày', width: 12 },
      { header: 'Địa chỉ', width: 50 },
      { header: 'Câu gốc', width: 80 },
      { header: 'Trích dẫn', width: 60 },
    ],
    r.sources.map((s) => [s.n, s.title, s.site, s.date ? formatDate(s.date) : null, s.url, s.sentence, sourceLine(s)]),
  );
  // Addresses as links; a cell's text stays the URL itself (never a formula).
  sources.getColumn(5).eachCell((c, row) => {
    if (row > 1 && typeof c.value === 'string' && /^https?:\/\//i.test(c.value)) c.value = { text: c.value, hyperlink: c.value };
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
