// One entry point for every report format: the bytes, their media type and a file name. Each
// format's renderer is loaded only when asked for (the PDF needs a browser, the DOCX and XLSX
// libraries are large).
import type { ReportData } from '../../track/report/report-data.ts';
import { foldForSearch } from '../../text/fold.ts';

export const REPORT_FORMATS = ['docx', 'xlsx', 'pdf', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const MEDIA_TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
};

/** `bao-cao-nq57-2025-H1.docx`, `bao-cao-nq57-2025-H1-dien-bien.pdf`: ASCII, safe in any header or folder. */
export function reportFileName(r: Pick<ReportData, 'programme' | 'period' | 'scope'>, format: ReportFormat): string {
  const scope = r.scope.id === 'national' ? '' : `-${foldForSearch(r.scope.id.replace(/^province:/, '')).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
  return `bao-cao-${r.programme.id}-${r.period.id}${scope}.${format}`;
}

export async function renderReport(r: ReportData, format: ReportFormat): Promise<Buffer> {
  switch (format) {
    case 'html':
      return Buffer.from((await import('./html.ts')).renderHtml(r), 'utf8');
    case 'pdf': {
      const { renderHtml } = await import('./html.ts');
      return (await import('./pdf.ts')).renderPdf(renderHtml(r));
    }
    case 'docx':
      return (await import('./docx.ts')).renderDocx(r);
    case 'xlsx':
      return (await import('./xlsx.ts')).renderXlsx(r);
  }
}
