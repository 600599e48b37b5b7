// The task review queues over HTTP: tasks proposed from documents (accept, merge, reject) and
// completions proposed from later documents (confirm, reject). Editors (and admins) only; every
// route checks the caller's role in onRequest, before its body is validated or anything is looked
// up. The decisions are audited by the store with the caller as actor.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { allow, canRead, requireRole } from '../auth.ts';
import { HttpProblem } from '../problem.ts';
import { pageOf } from '../pagination.ts';
import { cursor, period } from '../params.ts';
import { TaskError, TASK_LEVELS } from '../../../store/tracking/task-types.ts';
import { acceptProposal, confirmCompletion } from '../../../pipeline/task-proposals.ts';

function problem(error: unknown): never {
  if (error instanceof TaskError) throw new HttpProblem(error.code === 'not_found' ? 404 : error.code === 'duplicate' ? 409 : 400, error.message);
  throw error;
}

const note = z.string().max(2000).optional();

export function taskProposalRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { store, pack } = ctx;
  const editor = { onRequest: allow('editor') };

  r.get(
    '/api/v1/tasks/proposals',
    {
      ...editor,
      schema: {
        tags: ['tasks'],
        summary: 'Tasks read from documents, waiting for an editor (or decided ones)',
        querystring: z.object({
          status: z.enum(['proposed', 'accepted', 'merged', 'rejected']).default('proposed'),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          cursor,
        }),
      },
    },
    async (request) => {
      requireRole(request, 'editor');
      const list = await store.taskProposals.list({ status: request.query.status });
      return { ...pageOf(list, request.query.limit, request.query.cursor), total: list.length };
    },
  );

  r.post(
    '/api/v1/tasks/proposals/:key/accept',
    {
      ...editor,
      schema: {
        tags: ['tasks'],
        summary: 'Accept a proposal into the task register (editor); fields left out are taken from what was read',
        params: z.object({ key: z.string().min(1) }),
        body: z
          .strictObject({
            key: z.string().min(1).max(64),
            title: z.string().min(1),
            setBy: z.string().min(1),
            agency: z.string().min(1),
            coAgencies: z.array(z.string().min(1)),
            deadline: period,
            group: z.string().max(200).nullable(),
            level: z.enum(TASK_LEVELS).nullable(),
            parent: z.string().min(1).nullable(),
            note,
          })
          .partial()
          .default({}),
      },
    },
    async (request, reply) => {
      const user = requireRole(request, 'editor');
      const { note: why, ...overrides } = request.body;
      try {
        return reply.code(201).send(await acceptProposal(store, pack, request.params.key, overrides, user.username, why));
      } catch (error) {
        problem(error);
      }
    },
  );

  r.post(
    '/api/v1/tasks/proposals/:key/merge',
    {
      ...editor,
      schema: { tags: ['tasks'], summary: 'Record a proposal as a task already in the register (editor)', params: z.object({ key: z.string().min(1) }), body: z.strictObject({ into: z.string().min(1), note }) },
    },
    async (request) => {
      const user = requireRole(request, 'editor');
      try {
        return await store.taskProposals.merge(request.params.key, request.body.into, user.username, request.body.note);
      } catch (error) {
        problem(error);
      }
    },
  );

  r.post(
    '/api/v1/tasks/proposals/:key/reject',
    { ...editor, schema: { tags: ['tasks'], summary: 'Reject a proposal (editor)', params: z.object({ key: z.string().min(1) }), body: z.strictObject({ note }).default({}) } },
    async (request) => {
      const user = requireRole(request, 'editor');
      try {
        return await store.taskProposals.reject(request.params.key, user.username, request.body.note);
      } catch (error) {
        problem(error);
      }
    },
  );

  r.get(
    '/api/v1/tasks/completions',
    {
      ...editor,
      schema: {
        tags: ['tasks'],
        summary: 'Documents proposed as completing register tasks',
        querystring: z.object({ status: z.enum(['proposed', 'confirmed', 'rejected']).default('proposed'), limit: z.coerce.number().int().min(1).max(200).default(50), cursor }),
      },
    },
    async (request) => {
      requireRole(request, 'editor');
      const list = await store.taskProposals.completions.list({ status: request.query.status });
      return { ...pageOf(list, request.query.limit, request.query.cursor), total: list.length };
    },
  );

  // Readable like the task itself: the evidence shown on a task's page.
  r.get(
    '/api/v1/tasks/:key/evidence',
    { onRequest: canRead(ctx), schema: { tags: ['tasks'], summary: 'The sentence that assigned a task and the evidence of its completion', params: z.object({ key: z.string() }) } },
    async (request) => {
      const task = await store.tasks.get(request.params.key);
      if (!task) throw new HttpProblem(404, `không có nhiệm vụ ${request.params.key}`);
      return { provenance: task.provenance, completions: await store.taskProposals.completions.list({ taskKey: task.key }) };
    },
  );

  r.post(
    '/api/v1/tasks/completions/:key/confirm',
    { ...editor, schema: { tags: ['tasks'], summary: 'Confirm a proposed completion: the task is marked done (editor)', params: z.object({ key: z.string().min(1) }), body: z.strictObject({ note }).default({}) } },
    async (request) => {
      const user = requireRole(request, 'editor');
      try {
        return await confirmCompletion(store, request.params.key, user.username, ctx.today(), request.body.note);
      } catch (error) {
        problem(error);
      }
    },
  );

  r.post(
    '/api/v1/tasks/completions/:key/reject',
    { ...editor, schema: { tags: ['tasks'], summary: 'Reject a proposed completion (editor)', params: z.object({ key: z.string().min(1) }), body: z.strictObject({ note }).default({}) } },
    async (request) => {
      const user = requireRole(request, 'editor');
      try {
        return await store.taskProposals.completions.reject(request.params.key, user.username, request.body.note);
      } catch (error) {
        problem(error);
      }
    },
  );
}
