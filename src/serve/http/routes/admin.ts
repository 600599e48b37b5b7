// Audit log, live sources, and uploads to ingest.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { AppContext } from '../context.ts';
import { allow, canRead, requireRole } from '../auth.ts';
import { HttpProblem } from '../problem.ts';
import { ingestPaths, MAX_FILE_BYTES } from '../../../pipeline/ingest.ts';
import { guessSourceKind } from '../../../sources/source-kind.ts';

/**
 * Uploads are written under a folder named by their content hash: the path is the file's origin in
 * the store, so uploading the same file again is recognised as the same input (idempotent).
 */
const UPLOAD_ROOT = join(tmpdir(), 'radar57-uploads');

export function adminRoutes(app: FastifyInstance, ctx: AppContext): void {
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
      return { items: store.audit.list(request.query), nextCursor: null };
    },
  );

  r.get('/api/v1/sources', { onRequest: canRead(ctx), schema: { tags: ['sources'], summary: 'Live sources with their counts and last check' } }, async () => ({
    items: store.listSourcesWithCounts(),
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
      const result = store.addSource({ url: request.body.url, name: request.body.name ?? null, kind: request.body.kind ?? guessSourceKind(request.body.url) });
      store.audit.append({ actor: admin.username, action: 'source.add', target: `source:${request.body.url}`, after: result.source });
      return reply.code(result.created ? 201 : 200).send(result);
    },
  );

  r.delete('/api/v1/sources/:id', { onRequest: allow('admin'), schema: { tags: ['sources'], summary: 'Remove a source; its documents stay (admin)', params: z.object({ id: z.coerce.number().int().positive() }) } }, async (request) => {
    const admin = requireRole(request, 'admin');
    const before = store.listSources().find((s) => s.id === request.params.id);
    if (!before || !store.removeSource(request.params.id)) throw new HttpProblem(404, `không có nguồn tin số ${request.params.id}`);
    store.audit.append({ actor: admin.username, action: 'source.remove', target: `source:${before.url}`, before });
    return { removed: true };
  });

  r.post('/api/v1/ingest', { onRequest: allow('editor'), schema: { tags: ['sources'], summary: 'Upload files (multipart) to ingest (editor)' } }, async (request) => {
    const user = requireRole(request, 'editor');
    if (!request.isMultipart()) throw new HttpProblem(415, 'hãy gửi tệp dưới dạng multipart/form-data');
    /** The uploaded files, each in its own folder, removed once they are stored. */
    const paths: string[] = [];
    try {
      for await (const part of request.files({ limits: { fileSize: MAX_FILE_BYTES } })) {
        // The client's name is kept for messages only; never trusted as a path.
        const name = basename(part.filename || 'upload').replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 120) || 'upload';
        const bytes = await part.toBuffer();
        const folder = join(UPLOAD_ROOT, createHash('sha256').update(bytes).digest('hex').slice(0, 24));
        mkdirSync(folder, { recursive: true });
        const path = join(folder, name);
        writeFileSync(path, bytes);
        paths.push(path);
      }
      if (paths.length === 0) throw new HttpProblem(400, 'không có tệp nào được tải lên', [{ field: 'body.files', message: 'required' }]);
      const summary = await ingestPaths(paths, store);
      await ctx.sync(user.username);
      store.audit.append({ actor: user.username, action: 'ingest.upload', target: 'documents', after: { files: summary.files, created: summary.created, updated: summary.updated, rejected: summary.rejected.length } });
      // The client sees its own file names, not the server's folders.
      return {
        ...summary,
        rejected: summary.rejected.map((x) => ({ origin: basename(x.origin), reason: x.reason.replaceAll(x.origin, basename(x.origin)) })),
        warnings: summary.warnings.map((w) => ({ origin: basename(w.origin), message: w.message })),
      };
    } finally {
      for (const path of paths) rmSync(dirname(path), { recursive: true, force: true });
    }
  });
}
