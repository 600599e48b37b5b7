// Attention over time: matching documents per week or month as a share of all documents, for up to
// three searches on one chart, optionally per source group. A read route like search.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { canRead } from '../auth.ts';
import { HttpProblem } from '../problem.ts';
import { attention } from '../../../track/attention.ts';

const MAX_QUERIES = 3;

export function attentionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/attention',
    {
      onRequest: canRead(ctx),
      schema: {
        tags: ['search'],
        summary: 'Matching documents per week or month as a share of all documents (raw counts too), for 1–3 searches',
        querystring: z.object({
          q: z.union([z.string().max(500), z.array(z.string().max(500)).max(MAX_QUERIES)]).transform((v) => (Array.isArray(v) ? v : [v])),
          interval: z.enum(['week', 'month']).default('month'),
          by: z.enum(['all', 'group']).default('all'),
        }),
      },
    },
    async (request, reply) =>
      ctx.responses.send(reply, `${await ctx.version()}|${request.url}`, async () => {
        const queries = request.query.q.map((q) => q.trim().normalize('NFC')).filter(Boolean);
        if (queries.length === 0) throw new HttpProblem(400, 'cần ít nhất một truy vấn (q)', [{ field: 'querystring.q', message: 'empty' }]);
        const matched = await Promise.all(queries.map(async (query) => ({ query, ids: await ctx.store.attention.matchingIds(query) })));
        return attention(await ctx.store.attention.documents(), matched, { interval: request.query.interval, byGroup: request.query.by === 'group' });
      }),
  );
}
