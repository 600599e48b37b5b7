// A table sent as a download: CSV (UTF-8 with a byte-order mark, so that Excel reads Vietnamese
// right; cells guarded against formulas by csvCell) or XLSX (exceljs: numbers stay numbers, text is
// stored as text and never read as a formula).
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { csvCell } from './csv.ts';

export const TABLE_FORMATS = ['csv', 'xlsx'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

export interface TableColumn {
  header: string;
  /** Characters, for the XLSX column. */
  width?: number;
}

export type Cell = string | number | null;

export async function sendTable(reply: FastifyReply, name: string, format: TableFormat, columns: readonly TableColumn[], rows: readonly (readonly Cell[])[]): Promise<FastifyReply> {
  reply.header('content-disposition', `attachment; filename="${name}.${format}"`).header('cache-control', 'private, no-store');
  if (format === 'csv') {
    const lines = [columns.map((c) => csvCell(c.header)).join(','), ...rows.map((r) => r.map(csvCell).join(','))];
    return reply.type('text/csv; charset=utf-8').send(`\ufeff${lines.join('\n')}\n`);
  }
  const book = new ExcelJS.Workbook();
  book.creator = 'Radar 57';
  const sheet = book.addWorksheet(name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? 16 }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) sheet.addRow([...r]);
  const bytes = Buffer.from(await book.xlsx.writeBuffer());
  return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(bytes);
}
