// The provinces compared: which indicators have provincial figures, and the league table of the 34
// units on one of them (src/track/league-table.ts), read by the map, the province pages and
// `radar57 compare`'s users over HTTP.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { canRead } from '../auth.ts';
import { HttpProblem } from '../problem.ts';
import { day, reportingPeriodParam } from '../params.ts';
import { leagueTable, LeagueTableError, provincialIndicators, type LeagueRow } from '../../../track/league-table.ts';
import { TARGET_STATUSES } from '../../../track/status.ts';

const collator = new Intl.Collator('vi');

/** Row orders a client may ask for; `rank` (the default) is the table's own. */
const SORTS: Record<string, (a: LeagueRow, b: LeagueRow) => number> = {
  rank: () => 0,
  name: (a, b) => collator.compare(a.unit.name, b.unit.name),
  status: (a, b) => TARGET_STATUSES.indexOf(a.status) - TARGET_STATUSES.indexOf(b.status) || collator.compare(a.unit.name, b.unit.name),
  change: (a, b) => (b.change ?? -Infinity) - (a.change ?? -Infinity) || collator.compare(a.unit.name, b.unit.name),
  evidence: (a, b) => b.evidenceCount - a.evidenceCount || collator.compare(a.unit.name, b.unit.name),
};

export function leagueRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { onRequest: canRead(ctx) };
  const current = async () => (await ctx.observations()).filter((o) => o.review?.verdict !== 'rejected');

  r.get(
    '/api/v1/indicators/provincial',
    { ...read, schema: { tags: ['programme'], summary: 'Indicators with provincial figures: how many units and observations have them' } },
    async (_request, reply) => ctx.responses.send(reply, `${await ctx.version()}|provincial-indicators`, async () => ({ items: provincialIndicators(ctx.pack, await current()), nextCursor: null })),
  );

  r.get(
    '/api/v1/indicators/:id/league',
    {
      ...read,
      schema: {
        tags: ['programme'],
        summary: 'League table of the 34 provincial units on one indicator: latest value and date, change, target, status, evidence, former provinces; the aggregation rule stated',
        params: z.object({ id: z.string().min(1).max(100) }),
        querystring: z.object({
          period: reportingPeriodParam.optional(),
          today: day.optional(),
          sort: z.enum(['rank', 'name', 'status', 'change', 'evidence']).default('rank'),
        }),
      },
    },
    async (request, reply) => {
      const { period, sort } = request.query;
      const today = request.query.today ?? ctx.today();
      return ctx.responses.send(reply, `${await ctx.version()}|league|${request.params.id}|${period?.id ?? ''}|${today}|${sort}`, async () => {
        try {
          const table = leagueTable(ctx.pack, request.params.id, await current(), today, period ?? null);
          const order = SORTS[sort]!;
          return sort === 'rank' ? table : { ...table, rows: [...table.rows].sort(order) };
        } catch (error) {
          if (error instanceof LeagueTableError) throw new HttpProblem(404, error.message);
          throw error;
        }
      });
    },
  );
}
