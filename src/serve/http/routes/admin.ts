// Audit log, live sources, and uploads to ingest.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { allow, canRead, requireRole } from '../auth.ts';
import { HttpProblem } from '../problem.ts';
import { guessSourceKind } from '../../../sources/source-kind.ts';
import { receiveFiles, type UploadLimits } from '../uploads.ts';
import type { JobFileInput } from '../../../store/jobs-types.ts';
import type { UploadEntry, UploadJob } from '../jobs/upload-job.ts';
import { jobUrl, jobView } from './jobs.ts';

export function adminRoutes(app: FastifyInstance, ctx: AppContext, uploads: UploadLimits): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { store } = ctx;

  r.get(
    '/api/v1/audit',
    {
      onRequest: allow('editor'),
      schema: {
        tags: ['admin'],
        summary: 'The append-only audit log, newest first (editor, admin)',
        querystring: z.object({ target: z.string().optional(), actor: z.string().optional(), limit: z.coerce.number().int().min(1).max(1000).default(100) }),
      },
    },
    async (request) => {
      requireRole(request, 'editor');
      return { items: await store.audit.list(request.query), nextCursor: null };
    },
  );

  r.get('/api/v1/sources', { onRequest: canRead(ctx), schema: { tags: ['sources'], summary: 'Live sources with their counts and last check' } }, async () => ({
    items: await store.listSourcesWithCounts(),
    nextCursor: null,
  }));

  r.post(
    '/api/v1/sources',
    {
      onRequest: allow('admin'),
      schema: {
        tags: ['sources'],
        summary: 'Register a feed, sitemap or page (admin)',
        body: z.object({ url: z.url({ protocol: /^https?$/ }), name: z.string().max(200).optional(), kind: z.enum(['feed', 'sitemap', 'page']).optional() }),
      },
    },
    async (request, reply) => {
      const admin = requireRole(request, 'admin');
      const result = await store.addSource({ url: request.body.url, name: request.body.name ?? null, kind: request.body.kind ?? guessSourceKind(request.body.url) });
      await store.audit.append({ actor: admin.username, action: 'source.add', target: `source:${request.body.url}`, after: result.source });
      return reply.code(result.created ? 201 : 200).send(result);
    },
  );

  r.delete('/api/v1/sources/:id', { onRequest: allow('admin'), schema: { tags: ['sources'], summary: 'Remove a source; its documents stay (admin)', params: z.object({ id: z.coerce.number().int().positive() }) } }, async (request) => {
    const admin = requireRole(request, 'admin');
    const before = (await store.listSources()).find((s) => s.id === request.params.id);
    if (!before || !await store.removeSource(request.params.id)) throw new HttpProblem(404, `không có nguồn tin số ${request.params.id}`);
    await store.audit.append({ actor: admin.username, action: 'source.remove', target: `source:${before.url}`, before });
    return { removed: true };
  });

  r.post(
    '/api/v1/ingest',
    {
      onRequest: allow('editor'),
      schema: {
        tags: ['sources'],
        summary: 'Upload files (multipart) to ingest (editor): queued as a job, answered at once (202) with the job to poll; its result has a line per file, in the order sent (a file over the size limit refused by name); files over the total of one upload: 413, nothing queued',
      },
    },
    async (request, reply) => {
      const user = requireRole(request, 'editor');
      if (!request.isMultipart()) throw new HttpProblem(415, 'hãy gửi tệp dưới dạng multipart/form-data');
      const received = await receiveFiles(request, uploads);
      if (received.length === 0) throw new HttpProblem(400, 'không có tệp nào được tải lên', [{ field: 'body.files', message: 'required' }]);
      // The bytes go into the database with the job, straight from memory: any worker can read
      // them, and a restart loses no queued upload.
      const files: JobFileInput[] = [];
      const entries: UploadEntry[] = received.map((f) => {
        if (f.status === 'refused') return f;
        files.push({ name: f.name, sha256: f.sha256, bytes: f.bytes });
        return { status: 'received', name: f.name, sha256: f.sha256, file: files.length - 1 };
      });
      const payload: UploadJob = { source: 'upload', actor: user.username, files: entries };
      const job = await ctx.enqueue({ kind: 'ingest', payload, createdBy: user.username, files });
      return await reply.code(202).header('location', jobUrl(job.id)).send(jobView(job));
    },
  );
}
