// Writes of editors and reporters: tasks and their status, CSV import, reviews and the review queue.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { allow, canRead, requireAgency, requireRole } from '../auth.ts';
import { HttpProblem } from '../problem.ts';
import { pageOf } from '../pagination.ts';
import { cursor, day, period } from '../params.ts';
import { assessTask, isOverdue } from '../../../track/tasks/timeliness.ts';
import { createAgencyResolver } from '../../../track/tasks/csv-import.ts';
import { taskStatuses } from '../../../programme/schema.ts';
import { TaskError } from '../../../store/tracking/task-types.ts';
import type { Observation } from '../../../track/observation.ts';

function taskProblem(error: unknown): never {
  if (error instanceof TaskError) throw new HttpProblem(error.code === 'not_found' ? 404 : error.code === 'duplicate' ? 409 : 400, error.message);
  throw error;
}

export function workRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { onRequest: canRead(ctx) };
  const { store, pack } = ctx;
  const resolver = createAgencyResolver([...pack.agencies, ...pack.provinces]);
  const withProgress = <T extends { deadline: string; history: readonly { status: (typeof taskStatuses)[number]; at: string }[] }>(t: T, today: string) => ({
    ...t,
    progress: assessTask(t, today),
  });

  /** The agency an observation is about, for a reporter's scope: a province unit or an agency. */
  const agencyOfScope = (o: Observation): string | null => {
    if (o.scope.startsWith('agency:')) return o.scope.slice('agency:'.length);
    if (o.scope.startsWith('province:')) return pack.provinces.find((p) => p.kind === 'province' && p.name === o.scope.slice('province:'.length))?.id ?? null;
    return null;
  };

  r.get(
    '/api/v1/tasks',
    {
      ...read,
      schema: {
        tags: ['tasks'],
        summary: 'Tasks with their history and derived timeliness',
        querystring: z.object({
          agency: z.string().optional(),
          status: z.enum(taskStatuses).optional(),
          overdue: z.enum(['true', 'false']).optional(),
          dueSoon: z.enum(['true', 'false']).optional(),
          today: day.optional(),
          limit: z.coerce.number().int().min(1).max(200).default(100),
          cursor,
        }),
      },
    },
    async (request) => {
      const q = request.query;
      const today = q.today ?? ctx.today();
      const tasks = (await store.tasks
        .list({ agency: q.agency }))
        .map((t) => withProgress(t, today))
        .filter((t) => (!q.status || t.progress.status === q.status) && (q.overdue !== 'true' || isOverdue(t.progress)) && (q.dueSoon !== 'true' || t.progress.dueSoon))
        .sort((a, b) => Number(isOverdue(b.progress)) - Number(isOverdue(a.progress)) || a.progress.deadlineDay.localeCompare(b.progress.deadlineDay));
      return pageOf(tasks, q.limit, q.cursor);
    },
  );

  r.get('/api/v1/tasks/:key', { ...read, schema: { tags: ['tasks'], summary: 'One task', params: z.object({ key: z.string() }), querystring: z.object({ today: day.optional() }) } }, async (request) => {
    const task = await store.tasks.get(request.params.key);
    if (!task) throw new HttpProblem(404, `không có nhiệm vụ ${request.params.key}`);
    return withProgress(task, request.query.today ?? ctx.today());
  });

  r.post(
    '/api/v1/tasks',
    {
      onRequest: allow('editor'),
      schema: {
        tags: ['tasks'],
        summary: 'Create a task (editor)',
        body: z.object({
          key: z.string().min(1).max(64),
          title: z.string().min(1),
          setBy: z.string().min(1),
          agency: z.string().min(1),
          coAgencies: z.array(z.string()).default([]),
          deadline: period,
        }),
      },
    },
    async (request, reply) => {
      const user = requireRole(request, 'editor');
      const agency = resolver(request.body.agency);
      if ('error' in agency) throw new HttpProblem(400, agency.error, [{ field: 'body.agency', message: agency.error }]);
      const coAgencies = request.body.coAgencies.map((a, i) => {
        const found = resolver(a);
        if ('error' in found) throw new HttpProblem(400, found.error, [{ field: `body.coAgencies.${i}`, message: found.error }]);
        return found.id;
      });
      try {
        const task = await store.tasks.add({ ...request.body, agency: agency.id, coAgencies }, user.username);
        return reply.code(201).send(withProgress(task, ctx.today()));
      } catch (error) {
        taskProblem(error);
      }
    },
  );

  r.post(
    '/api/v1/tasks/:key/status',
    {
      onRequest: allow('editor', 'reporter'),
      schema: {
        tags: ['tasks'],
        summary: 'Append a status change (editor, or a reporter of the task\'s agency)',
        params: z.object({ key: z.string() }),
        body: z.object({ status: z.enum(taskStatuses), at: day.optional(), evidence: z.string().max(2000).optional(), note: z.string().max(2000).optional() }),
      },
    },
    async (request) => {
      const task = await store.tasks.get(request.params.key);
      if (!task) throw new HttpProblem(404, `không có nhiệm vụ ${request.params.key}`);
      const user = requireAgency(request, task.agency, `nhiệm vụ ${task.key}`);
      try {
        return withProgress(await store.tasks.update(task.key, request.body, user.username), ctx.today());
      } catch (error) {
        taskProblem(error);
      }
    },
  );

  r.post('/api/v1/tasks/import', { onRequest: allow('editor'), schema: { tags: ['tasks'], summary: 'Import tasks from CSV (text/csv body; editor)' } }, async (request) => {
    const user = requireRole(request, 'editor');
    if (typeof request.body !== 'string') throw new HttpProblem(415, 'hãy gửi CSV làm nội dung với Content-Type: text/csv');
    // Parsed and stored in a worker thread: a large file does not stop the server.
    return ctx.jobs.run({ kind: 'tasks-import', actor: user.username, csv: request.body, importDate: ctx.today() });
  });

  r.get(
    '/api/v1/reviews/queue',
    { onRequest: allow('editor', 'reporter'), schema: { tags: ['review'], summary: 'Observations waiting for review, least sure first', querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50), cursor }) } },
    async (request) => {
      const user = requireRole(request, 'editor', 'reporter');
      // Chosen from compact rows; only the page shown is read with its sentences.
      const waiting = (await ctx
        .observations())
        .filter((o) => o.origin === 'extracted' && o.review === null)
        .filter((o) => user.role !== 'reporter' || user.agencies.includes(agencyOfScope(o) ?? ''))
        .sort((a, b) => a.confidence - b.confidence || a.id - b.id);
      const page = pageOf(waiting, request.query.limit, request.query.cursor);
      const full = new Map((await store.programme.observations({ keys: page.items.map((o) => o.key) })).map((o) => [o.key, o]));
      return { ...page, items: page.items.map((o) => full.get(o.key) ?? o), total: waiting.length };
    },
  );

  r.post(
    '/api/v1/reviews',
    {
      onRequest: allow('editor', 'reporter'),
      schema: {
        tags: ['review'],
        summary: 'Confirm, reject or correct a fact, observation or link',
        body: z.object({
          kind: z.enum(['fact', 'observation', 'link']),
          key: z.string().min(1),
          verdict: z.enum(['confirmed', 'rejected', 'corrected']),
          correction: z.record(z.string(), z.unknown()).optional(),
          note: z.string().max(2000).optional(),
        }),
      },
    },
    async (request, reply) => {
      const body = request.body;
      let user;
      if (body.kind === 'observation') {
        const o = await store.programme.observation(body.key);
        if (!o) throw new HttpProblem(404, `không có số liệu ${body.key}`);
        user = requireAgency(request, agencyOfScope(o), `số liệu ${body.key}`);
      } else {
        user = requireRole(request, 'editor');
      }
      try {
        return reply.code(201).send(await store.reviews.add(body, user.username));
      } catch (error) {
        throw new HttpProblem(400, (error as Error).message);
      }
    },
  );
}
