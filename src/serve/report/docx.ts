// The report as a Word document (the `docx` library), in the shape of a Vietnamese administrative
// text (Decree 30/2020/NĐ-CP): A4, margins 20/15/20/30 mm, Times New Roman 13 pt, the issuer and
// the national heading side by side, the title, sections numbered I, II…, tables with their header
// row repeated on each page, the numbered sources, page numbers in the footer. Charts are SVG with a
// PNG fallback (drawn by chromium) for older Word; without a browser they are left out, their values
// being in the tables.
import {
  AlignmentType,
  ImageRun,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
} from 'docx';
import type { ReportData, ReportFigure, ReportTaskRow } from '../../track/report/report-data.ts';
import { formatChange, formatDate, formatLongDate, formatValue } from '../../track/report/format.ts';
import { svgsToPng } from './pdf.ts';
import { chartSvg } from './svg-chart.ts';
import { capitalise, DISCLAIMER, ISSUER, NATIONAL_HEADING, SECTION_TITLES, sourceLine } from './wording.ts';

const MM = 56.7; // twips per millimetre
const FONT = 'Times New Roman';
const TABLE_SIZE = 21; // half-points: 10.5 pt in tables
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function text(t: string, options: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {}): TextRun {
  return new TextRun({ text: t, bold: options.bold, italics: options.italics, size: options.size, underline: options.underline ? {} : undefined, font: FONT });
}

function para(t: string, options: { bold?: boolean; italics?: boolean; center?: boolean; indent?: boolean; size?: number; after?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    indent: options.indent ? { firstLine: Math.round(10 * MM) } : undefined,
    spacing: { after: options.after ?? 80 },
    children: [text(t, options)],
  });
}

function heading(t: string): Paragraph {
  return new Paragraph({ keepNext: true, spacing: { before: 240, after: 120 }, children: [text(t, { bold: true })] });
}

function subheading(t: string): Paragraph {
  return new Paragraph({ keepNext: true, spacing: { before: 120, after: 80 }, children: [text(t, { italics: true })] });
}

function cell(t: string, options: { header?: boolean; right?: boolean; center?: boolean } = {}): TableCell {
  const lines = t.split('\n');
  return new TableCell({
    shading: options.header ? { fill: 'EEEEEE' } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: lines.map(
      (l) =>
        new Paragraph({
          alignment: options.header || options.center ? AlignmentType.CENTER : options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [text(l, { bold: options.header, size: TABLE_SIZE })],
        }),
    ),
  });
}

/** A bordered table; the header row repeats on every page, no row splits across pages. */
function table(header: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[], right: ReadonlySet<number> = new Set()): Table {
  const total = widths.reduce((s, w) => s + w, 0);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths.map((w) => Math.round((w / total) * 165 * MM)),
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h) => cell(h, { header: true })) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, { right: right.has(i), center: i === 0 })) })),
    ],
  });
}

function figure(f: ReportFigure | null, unit: string): string {
  return f ? `${formatValue(f, unit)} (${formatDate(f.asOf)}) [${f.sources.join(', ')}]` : '—';
}

function taskRows(rows: readonly ReportTaskRow[]): (readonly string[])[] {
  return rows.map((r, i) => [
    String(i + 1),
    capitalise(r.title),
    r.agency,
    r.setBy,
    formatDate(r.deadline),
    `${capitalise(r.label)}${r.completedAt ? ` (${formatDate(r.completedAt)})` : ''}${r.daysOverdue ? `, ${r.daysOverdue} ngày` : ''}`,
  ]);
}

function tasksOrNone(rows: readonly ReportTaskRow[]): (Paragraph | Table)[] {
  if (rows.length === 0) return [para('Không có nhiệm vụ.', { italics: true })];
  return [table(['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Văn bản giao', 'Thời hạn', 'Tình hình thực hiện'], taskRows(rows), [5, 40, 18, 13, 11, 20])];
}

function nationalHeading(r: ReportData): Table {
  const noBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE };
  const centred = (runs: TextRun[]) => new Paragraph({ alignment: AlignmentType.CENTER, children: runs });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [Math.round(65 * MM), Math.round(100 * MM)],
    borders: { ...noBorders, insideHorizontal: NONE, insideVertical: NONE },
    rows: [
      new TableRow({
        children: [
          new TableCell({ borders: noBorders, children: [centred([text(ISSUER[0], { size: 25 })]), centred([text(ISSUER[1], { bold: true, size: 25, underline: true })])] }),
          new TableCell({
            borders: noBorders,
            children: [
              centred([text(NATIONAL_HEADING[0], { bold: true, size: 25 })]),
              centred([text(NATIONAL_HEADING[1], { bold: true, size: 26, underline: true })]),
              new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 160 }, children: [text(capitalise(formatLongDate(r.made)), { italics: true })] }),
            ],
          }),
        ],
      }),
    ],
  });
}

/** Chart width and height in the document, in pixels at 96 dpi (about 8 × 4,2 cm). */
const CHART_SIZE = { width: 300, height: 159 };

/** Each chart as a picture with its caption, two a row in a borderless table. */
function chartTable(r: ReportData, svgs: readonly string[], pngs: readonly Buffer[]): Table {
  const noBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE };
  const cells = r.charts.map(
    (c, i) =>
      new TableCell({
        borders: noBorders,
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            keepNext: true,
            children: [new ImageRun({ type: 'svg', data: Buffer.from(svgs[i]!, 'utf8'), fallback: { type: 'png', data: pngs[i]! }, transformation: CHART_SIZE, altText: { name: c.title, description: c.title, title: c.title } })],
          }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [text(`${c.title}${c.unit ? ` (${c.unit})` : ''}`, { size: 20 })] }),
        ],
      }),
  );
  const rows: TableRow[] = [];
  for (let i = 0; i < cells.length; i += 2) rows.push(new TableRow({ cantSplit: true, children: [cells[i]!, cells[i + 1] ?? new TableCell({ borders: noBorders, children: [new Paragraph('')] })] }));
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, columnWidths: [Math.round(82 * MM), Math.round(82 * MM)], borders: { ...noBorders, insideHorizontal: NONE, insideVertical: NONE }, rows });
}

export async function renderDocx(r: ReportData): Promise<Buffer> {
  const svgs = r.charts.map(chartSvg);
  const pngs = await svgsToPng(svgs);
  const charts = pngs === null || r.charts.length === 0 ? [] : [subheading('2. Biểu đồ số liệu các mục tiêu (đường nét đứt: mục tiêu)'), chartTable(r, svgs, pngs)];
  const targets = table(
    ['TT', 'Mục tiêu', 'Chỉ tiêu (thời hạn)', 'Đầu kỳ', 'Cuối kỳ', 'Thay đổi', 'Đánh giá', 'Bằng chứng'],
    r.targets.map((t, i) => [
      String(i + 1),
      t.name,
      `${t.targetText}${t.deadline ? ` (${formatDate(t.deadline)})` : ''}`,
      figure(t.before, t.unit),
      figure(t.latest, t.unit),
      t.change === null ? '—' : formatChange(t.change),
      capitalise(t.statusLabel),
      String(t.evidence),
    ]),
    // Wide enough for `(31/12/2025)` on one line in the figures' columns.
    [5, 24, 14, 16, 16, 8, 11, 10],
    new Set([5, 7]),
  );
  const figures =
    r.figures.length === 0
      ? [para('Không có số liệu mới trong kỳ.', { italics: true })]
      : [table(['TT', 'Chỉ số', 'Phạm vi', 'Số liệu'], r.figures.map((f, i) => [String(i + 1), f.indicator, capitalise(f.scope), figure(f.figure, f.unit)]), [5, 50, 20, 25])];
  const conflicts =
    r.conflicts.length === 0
      ? [para('Không phát hiện số liệu mâu thuẫn trong kỳ.', { italics: true })]
      : [table(['TT', 'Chỉ số', 'Số liệu thứ nhất', 'Số liệu thứ hai', 'Cách nhau'], r.conflicts.map((c, i) => [String(i + 1), `${c.indicator}${c.scope === 'toàn quốc' ? '' : ` (${c.scope})`}`, figure(c.a, c.unit), figure(c.b, c.unit), `${c.days} ngày`]), [5, 35, 25, 25, 10], new Set([4]))];
  const legal =
    r.legalDocuments.length === 0
      ? [para('Không có văn bản mới trong kỳ.', { italics: true })]
      : [table(['TT', 'Số, ký hiệu', 'Ngày ban hành', 'Cơ quan ban hành', 'Trích yếu'], r.legalDocuments.map((d, i) => [String(i + 1), d.number ?? 'chưa rõ số', formatDate(d.date), d.issuer, d.title]), [5, 16, 13, 18, 48])];
  const sources =
    r.sources.length === 0
      ? [para('Không có số liệu được trích dẫn.', { italics: true })]
      : r.sources.map(
          (s) =>
            new Paragraph({
              spacing: { after: 80 },
              indent: { left: Math.round(8 * MM), hanging: Math.round(8 * MM) },
              keepLines: true,
              children: [
                text(`[${s.n}]\t${sourceLine(s)}`, { size: TABLE_SIZE }),
                ...(s.url ? [text(` ${s.url}`, { size: 18 })] : []),
                ...(s.sentence ? [new TextRun({ break: 1, text: `“${s.sentence}”`, italics: true, size: TABLE_SIZE, font: FONT })] : []),
              ],
            }),
        );
  const doc = new Document({
    creator: 'Radar 57',
    title: `Báo cáo ${r.period.label}`,
    description: r.title,
    styles: { default: { document: { run: { font: FONT, size: 26 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
            margin: { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) },
          },
        },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 20, font: FONT })] })] }) },
        children: [
          nationalHeading(r),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 360, after: 40 }, children: [text('BÁO CÁO', { bold: true, size: 28 })] }),
          para(r.title, { bold: true, center: true, after: 240 }),
          heading(SECTION_TITLES[0]),
          ...r.summary.map((p) => para(p, { indent: true })),
          heading(SECTION_TITLES[1]),
          subheading('1. Các mục tiêu của chương trình'),
          targets,
          ...charts,
          subheading(`${charts.length > 0 ? 3 : 2}. Số liệu được công bố trong kỳ`),
          ...figures,
          heading(SECTION_TITLES[2]),
          subheading('1. Nhiệm vụ đến hạn trong kỳ'),
          ...tasksOrNone(r.tasks.due),
          subheading(`2. Nhiệm vụ quá hạn chưa hoàn thành (tính đến ${formatDate(r.cutoff)})`),
          ...tasksOrNone(r.tasks.overdue),
          heading(SECTION_TITLES[3]),
          ...conflicts,
          heading(SECTION_TITLES[4]),
          ...legal,
          heading(SECTION_TITLES[5]),
          ...sources,
          para(DISCLAIMER, { italics: true, size: TABLE_SIZE }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
