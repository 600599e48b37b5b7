// GET /api/v1/report?period=2025-H1&scope=province:Điện Biên&format=docx: the periodic report as a
// file, for anyone who may read (the report holds nothing a reader cannot see in the app; sources
// are named by URL or file name, never by a server path). PDFs are printed one at a time: each
// starts a browser.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { canRead } from '../auth.ts';
import { HttpProblem } from '../problem.ts';
import { readReport } from '../../../pipeline/report.ts';
import { reportPeriod } from '../../../track/report/period.ts';
import { reportScope } from '../../../track/report/scope.ts';
import { MEDIA_TYPES, REPORT_FORMATS, reportFileName, renderReport } from '../../report/render.ts';

const validPeriod = (v: string) => {
  try {
    reportPeriod(v);
    return true;
  } catch {
    return false;
  }
};

const reportQuery = z.object({
  period: z.string().refine(validPeriod, 'expected a period: 2025-07, 2025-Q2, 2025-H1, 2025-9M or 2025'),
  scope: z.string().max(200).optional(),
  format: z.enum(REPORT_FORMATS).default('pdf'),
});

export function reportRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  let printing: Promise<unknown> = Promise.resolve();
  r.get(
    '/api/v1/report',
    { onRequest: canRead(ctx), schema: { tags: ['export'], summary: 'A periodic report (DOCX, XLSX, PDF or HTML) for a period and a scope', querystring: reportQuery } },
    async (request, reply) => {
      const { period, scope, format } = request.query;
      let reportScopeValue;
      try {
        reportScopeValue = reportScope(ctx.pack, scope);
      } catch (error) {
        throw new HttpProblem(400, (error as Error).message, [{ field: 'scope', message: (error as Error).message }]);
      }
      const report = await readReport(ctx.store, ctx.pack, { period: reportPeriod(period), scope: reportScopeValue, today: ctx.today() });
      const job = printing.then(() => renderReport(report, format));
      printing = job.catch(() => undefined);
      let bytes: Buffer;
      try {
        bytes = await job;
      } catch (error) {
        if ((error as Error).name === 'PdfUnavailableError') throw new HttpProblem(503, 'the PDF cannot be made on this server (no chromium); choose docx, xlsx or html');
        throw error;
      }
      return reply
        .type(MEDIA_TYPES[format])
        .header('content-disposition', `attachment; filename="${reportFileName(report, format)}"`)
        .header('cache-control', 'private, no-store')
        .send(bytes);
    },
  );
}
