// Tables the app offers as CSV and XLSX downloads: the results of a search (the same filters as
// /api/v1/search, up to 1,000 documents) and the agencies' league table (task scorecards, ranked).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { canRead } from '../auth.ts';
import { day } from '../params.ts';
import { MAX_SEARCH_LIMIT, snippetParts } from '../../../store/index.ts';
import { agencyNames, agencyScorecards } from '../../../track/tasks/scorecards.ts';
import { searchOptions, searchQuery } from './reading.ts';
import { sendTable, TABLE_FORMATS } from '../table-export.ts';

const format = z.enum(TABLE_FORMATS).default('csv');

/** `2025-07-02T17:12:00+07:00` → `02/07/2025`; a month or year as it is. */
function dayFirst(iso: string | null): string | null {
  if (!iso) return null;
  const [y, m, d] = iso.slice(0, 10).split('-');
  return d ? `${d}/${m}/${y}` : m ? `${m}/${y}` : (y ?? null);
}

export function downloadRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { onRequest: canRead(ctx) };
  const { store, pack } = ctx;

  r.get(
    '/api/v1/export/search',
    { ...read, schema: { tags: ['export'], summary: 'The results of a search (up to 1,000) as CSV or XLSX', querystring: searchQuery.omit({ limit: true, cursor: true }).extend({ format }) } },
    async (request, reply) => {
      const q = request.query;
      const hits = await store.search(q.q, { ...searchOptions({ ...q, limit: MAX_SEARCH_LIMIT, cursor: 0 }), limit: MAX_SEARCH_LIMIT });
      const labels = await store.documentLabels(hits.filter((h) => h.title === null).map((h) => h.id));
      const rows = [];
      for (const [i, h] of hits.entries()) {
        const doc = await store.getDocument(h.id);
        rows.push([i + 1, h.id, h.title ?? labels.get(h.id) ?? null, dayFirst(h.published), h.site, h.kind, doc?.url ?? null, snippetParts(h.snippet).map((p) => p.text).join(''), h.similar]);
      }
      const columns = [
        { header: 'TT', width: 6 },
        { header: 'Mã tài liệu', width: 10 },
        { header: 'Tiêu đề', width: 60 },
        { header: 'Ngày đăng', width: 12 },
        { header: 'Trang', width: 20 },
        { header: 'Loại', width: 10 },
        { header: 'Địa chỉ', width: 40 },
        { header: 'Đoạn trích', width: 80 },
        { header: 'Bài tương tự', width: 10 },
      ];
      return sendTable(reply, 'radar57-tim-kiem', q.format, columns, rows);
    },
  );

  r.get(
    '/api/v1/export/agencies',
    { ...read, schema: { tags: ['export'], summary: 'The agencies’ league table (task scorecards, ranked) as CSV or XLSX', querystring: z.object({ today: day.optional(), format }) } },
    async (request, reply) => {
      const cards = agencyScorecards(await store.tasks.list(), agencyNames(pack), request.query.today ?? ctx.today());
      const columns = [
        { header: 'Hạng', width: 6 },
        { header: 'Cơ quan', width: 40 },
        { header: 'Mã', width: 14 },
        { header: 'Số nhiệm vụ', width: 10 },
        { header: 'Hoàn thành', width: 10 },
        { header: 'Hoàn thành đúng hạn', width: 12 },
        { header: 'Hoàn thành quá hạn', width: 12 },
        { header: 'Đang trong hạn', width: 12 },
        { header: 'Quá hạn', width: 10 },
        { header: 'Tỷ lệ đúng hạn (%)', width: 12 },
        { header: 'Phối hợp', width: 10 },
        { header: 'Cập nhật gần nhất', width: 14 },
      ];
      const rows = cards.map((c) => [c.rank, c.name, c.agency, c.tasks, c.done, c.doneOnTime, c.doneLate, c.openOnTime, c.overdue, c.shareOnTime === null ? null : Math.round(c.shareOnTime * 1000) / 10, c.coTasks, dayFirst(c.latestActivity)]);
      return sendTable(reply, 'radar57-xep-hang-co-quan', request.query.format, columns, rows);
    },
  );
}
