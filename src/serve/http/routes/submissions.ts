// Submissions with approval over HTTP: a reporter submits a figure for an indicator, a reporting
// period and their own scope; an editor accepts, rejects with a reason or asks for an explanation;
// the reporter answers, or corrects a rejected figure and sends it again. Every write checks the role
// before looking at the input (onRequest) and the scope once the submission or scope is known: a
// reporter acts only for their agencies or province (403 otherwise, nothing changed).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { allow, requireAgency, requireRole } from '../auth.ts';
import { HttpProblem } from '../problem.ts';
import { reportingPeriodParam } from '../params.ts';
import { SubmissionError, submissionStatuses, type Submission } from '../../../store/tracking/submissions.ts';

function submissionProblem(error: unknown): never {
  if (error instanceof SubmissionError) throw new HttpProblem(error.code === 'not_found' ? 404 : error.code === 'conflict' ? 409 : 400, error.message);
  throw error;
}

const value = z.number().finite();
const evidence = z.url({ protocol: /^https?$/, message: 'bằng chứng là một địa chỉ http(s)' }).max(2000);
const text = z.string().trim().max(4000);

export function submissionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { store, pack } = ctx;
  const writers = { onRequest: allow('editor', 'reporter') };

  /** The agency or province id a scope belongs to, or a 400 naming the field. */
  const agencyOfScope = (scope: string): string => {
    if (scope.startsWith('province:')) {
      const unit = pack.provinces.find((p) => p.kind === 'province' && p.name === scope.slice('province:'.length));
      if (unit) return unit.id;
    } else if (scope.startsWith('agency:')) {
      const id = scope.slice('agency:'.length);
      if ([...pack.agencies, ...pack.provinces].some((a) => a.id === id)) return id;
    }
    throw new HttpProblem(400, `phạm vi không hợp lệ: ${scope}`, [{ field: 'body.scope', message: 'province:<tên một trong 34 tỉnh, thành phố> hoặc agency:<mã cơ quan>' }]);
  };

  /** The submission, if the user may see it: editors see all, a reporter those of their scope. */
  const visible = async (request: FastifyRequest, id: number): Promise<Submission> => {
    const s = await store.submissions.get(id);
    if (!s) throw new HttpProblem(404, `không có số liệu gửi duyệt #${id}`);
    requireAgency(request, s.agency, `số liệu gửi duyệt #${id}`);
    return s;
  };

  const idParams = z.object({ id: z.coerce.number().int().positive() });

  r.get(
    '/api/v1/submissions',
    {
      ...writers,
      schema: {
        tags: ['submissions'],
        summary: 'Submitted figures, newest first: all for an editor, their scope for a reporter',
        querystring: z.object({ status: z.enum(submissionStatuses).optional(), indicator: z.string().max(100).optional() }),
      },
    },
    async (request) => {
      const user = requireRole(request, 'editor', 'reporter');
      const agencies = user.role === 'reporter' ? user.agencies : undefined;
      return { items: await store.submissions.list({ ...request.query, ...(agencies ? { agencies } : {}) }), nextCursor: null };
    },
  );

  r.get('/api/v1/submissions/:id', { ...writers, schema: { tags: ['submissions'], summary: 'One submission with its steps', params: idParams } }, async (request) => visible(request, request.params.id));

  r.post(
    '/api/v1/submissions',
    {
      ...writers,
      schema: {
        tags: ['submissions'],
        summary: 'Submit a figure for an indicator, a reporting period and your scope (reporter of that scope, or editor)',
        body: z.strictObject({
          indicator: z.string().min(1).max(100),
          scope: z.string().min(1).max(200),
          period: reportingPeriodParam,
          value,
          valueMax: value.optional(),
          note: text.optional(),
          evidence: evidence.optional(),
          /** false keeps it as a draft (chưa gửi). */
          submit: z.boolean().default(true),
        }),
      },
    },
    async (request, reply) => {
      const body = request.body;
      const indicator = pack.indicators.find((i) => i.id === body.indicator);
      if (!indicator) throw new HttpProblem(400, `không có chỉ số ${body.indicator}`, [{ field: 'body.indicator', message: 'mã chỉ số trong gói chương trình' }]);
      const agency = agencyOfScope(body.scope);
      const user = requireAgency(request, agency, `số liệu cho ${body.scope}`);
      const kind = body.scope.startsWith('province:') ? 'province' : 'agency';
      if (!(indicator.scopes ?? ['national', 'province']).includes(kind)) {
        throw new HttpProblem(400, `chỉ số ${indicator.id} không nhận số liệu theo ${kind === 'province' ? 'tỉnh, thành phố' : 'cơ quan'}`, [{ field: 'body.scope', message: 'phạm vi chỉ số không nhận' }]);
      }
      try {
        const created = await store.submissions.create(
          { indicator: indicator.id, scope: body.scope, agency, period: body.period.id, asOf: body.period.end, value: body.value, valueMax: body.valueMax ?? null, note: body.note ?? null, evidence: body.evidence ?? null, submit: body.submit },
          user.username,
        );
        return reply.code(201).send(created);
      } catch (error) {
        submissionProblem(error);
      }
    },
  );

  r.post('/api/v1/submissions/:id/submit', { ...writers, schema: { tags: ['submissions'], summary: 'Send a draft for approval', params: idParams } }, async (request) => {
    const s = await visible(request, request.params.id);
    try {
      return await store.submissions.submit(s.id, request.user!.username);
    } catch (error) {
      submissionProblem(error);
    }
  });

  r.post(
    '/api/v1/submissions/:id/resubmit',
    {
      ...writers,
      schema: {
        tags: ['submissions'],
        summary: 'Correct a rejected figure and send it again',
        params: idParams,
        body: z.strictObject({ value, valueMax: value.optional(), note: text.optional(), evidence: evidence.optional() }),
      },
    },
    async (request) => {
      const s = await visible(request, request.params.id);
      try {
        return await store.submissions.resubmit(s.id, { value: request.body.value, valueMax: request.body.valueMax ?? null, note: request.body.note, evidence: request.body.evidence }, request.user!.username);
      } catch (error) {
        submissionProblem(error);
      }
    },
  );

  r.post(
    '/api/v1/submissions/:id/decision',
    {
      onRequest: allow('editor'),
      schema: {
        tags: ['submissions'],
        summary: 'Accept, reject with a reason, or ask for an explanation (editor)',
        params: idParams,
        body: z.strictObject({ action: z.enum(['accept', 'reject', 'explain_request']), reason: text.optional() }),
      },
    },
    async (request) => {
      const user = requireRole(request, 'editor');
      try {
        return await store.submissions.decide(request.params.id, { action: request.body.action, reason: request.body.reason ?? null }, user.username);
      } catch (error) {
        submissionProblem(error);
      }
    },
  );

  r.post(
    '/api/v1/submissions/:id/answer',
    { ...writers, schema: { tags: ['submissions'], summary: "Answer an editor's request for an explanation", params: idParams, body: z.strictObject({ note: text.min(1) }) } },
    async (request) => {
      const s = await visible(request, request.params.id);
      try {
        return await store.submissions.answer(s.id, request.body.note, request.user!.username);
      } catch (error) {
        submissionProblem(error);
      }
    },
  );
}
