// Background jobs over HTTP: what a POST that queued work (an upload, a CSV import) points to. A
// user sees the jobs they asked for; an administrator sees every job. Someone else's job is a 404,
// like a job that does not exist: its number says nothing.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { requireUser, signedIn } from '../auth.ts';
import { HttpProblem } from '../problem.ts';
import { JOB_STATUSES, type JobRecord } from '../../../store/jobs-types.ts';
import { jobView } from '../jobs/job-view.ts';

export { jobUrl, jobView } from '../jobs/job-view.ts';

export function jobRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/jobs',
    {
      onRequest: signedIn,
      schema: {
        tags: ['jobs'],
        summary: 'Background jobs, newest first: your own (all of them for an admin)',
        querystring: z.object({ status: z.enum(JOB_STATUSES as [string, ...string[]]).optional(), limit: z.coerce.number().int().min(1).max(1000).default(100) }),
      },
    },
    async (request) => {
      const user = requireUser(request);
      const jobs = await ctx.store.jobs.list({
        status: request.query.status as JobRecord['status'] | undefined,
        limit: request.query.limit,
        createdBy: user.role === 'admin' ? undefined : user.username,
      });
      return { jobs: jobs.map(jobView) };
    },
  );

  r.get(
    '/api/v1/jobs/:id',
    { onRequest: signedIn, schema: { tags: ['jobs'], summary: 'One background job: status, progress (done/total), result or error', params: z.object({ id: z.coerce.number().int().positive() }) } },
    async (request) => {
      const user = requireUser(request);
      const job = await ctx.store.jobs.get(request.params.id);
      if (!job || (user.role !== 'admin' && job.createdBy !== user.username)) throw new HttpProblem(404, `không có công việc số ${request.params.id}`);
      return jobView(job);
    },
  );
}
