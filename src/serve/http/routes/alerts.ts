// Alerts over HTTP: each signed-in user's saved searches, watchlists, e-mail settings, webhooks,
// feed tokens and inbox. Every route identifies the caller first (onRequest), and a user reaches
// only their own rows: someone else's is answered as not found, so ids reveal nothing. The Atom
// feeds are the exception to sessions: a feed reader cannot log in, so the feed's URL carries a
// random token (stored hashed) that its owner can revoke.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { randomBytes } from 'node:crypto';
import type { AppContext } from '../context.ts';
import { requireUser, signedIn } from '../auth.ts';
import { HttpProblem } from '../problem.ts';
import { day } from '../params.ts';
import { newToken, tokenHash } from '../../../store/credentials.ts';
import { WATCH_KINDS, type WatchItem } from '../../../store/alerts/types.ts';
import { atomFeed } from '../../../pipeline/alerts/atom.ts';
import { safeHttpUrl } from '../../../text/safe-url.ts';

const id = z.object({ id: z.coerce.number().int().positive() });
const filters = z
  .strictObject({
    kind: z.enum(['article', 'brief', 'teaser']),
    site: z.string().min(1).max(200),
    from: day,
    to: day,
    person: z.string().min(1).max(200),
    org: z.string().min(1).max(200),
    place: z.string().min(1).max(200),
    cites: z.string().min(1).max(200),
  })
  .partial();
const watchItem = z.strictObject({ kind: z.enum(WATCH_KINDS), ref: z.string().min(1).max(300), label: z.string().max(300).nullable().default(null) });

/** The app's address as the client reached it: feed links must work from a feed reader. */
function baseUrl(request: FastifyRequest): string {
  return process.env.RADAR57_PUBLIC_URL?.trim().replace(/\/+$/, '') || `${request.protocol}://${request.host}`;
}

function mine<T extends { userId: number }>(row: T | null, request: FastifyRequest, what: string): T {
  const user = requireUser(request);
  if (!row || row.userId !== user.id) throw new HttpProblem(404, `bạn không có ${what} này`);
  return row;
}

/**
 * A person or organisation may be named rather than numbered: the name (or alias, diacritics
 * optional) becomes the entity's id, and its name the item's label. Other kinds are kept as given.
 */
async function resolveItems(ctx: AppContext, items: readonly WatchItem[]): Promise<WatchItem[]> {
  const resolved: WatchItem[] = [];
  for (const item of items) {
    if (item.kind !== 'entity' || /^\d+$/.test(item.ref)) {
      resolved.push({ ...item, ref: item.ref.normalize('NFC') });
      continue;
    }
    const entity = (await ctx.store.findEntities(item.ref, { limit: 10 })).find((e) => e.kind === 'person' || e.kind === 'organization');
    if (!entity) throw new HttpProblem(400, `không có người hoặc tổ chức nào tên "${item.ref}"`, [{ field: 'body.items', message: 'unknown entity' }]);
    resolved.push({ kind: 'entity', ref: String(entity.id), label: item.label ?? entity.name });
  }
  return resolved;
}

export function alertRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { alerts } = ctx.store;
  const own = { onRequest: signedIn };
  const tags = ['alerts'];

  r.get('/api/v1/alerts/searches', { ...own, schema: { tags, summary: 'Your saved searches' } }, async (request) => ({ items: await alerts.searches.list(requireUser(request).id) }));

  r.post(
    '/api/v1/alerts/searches',
    { ...own, schema: { tags, summary: 'Save a search (a query and its filters): new matching documents reach your inbox', body: z.strictObject({ name: z.string().trim().min(1).max(200), query: z.string().max(500).default(''), filters: filters.default({}) }) } },
    async (request, reply) => {
      const user = requireUser(request);
      const { name, query, filters: f } = request.body;
      if (!query.trim() && !f.person && !f.org && !f.place && !f.cites) {
        throw new HttpProblem(400, 'cần từ khóa hoặc một bộ lọc người, tổ chức, địa danh, văn bản', [{ field: 'body.query', message: 'empty search' }]);
      }
      try {
        await ctx.store.search(query, { ...f, limit: 1 });
      } catch (error) {
        if (error instanceof RangeError) throw new HttpProblem(400, error.message);
        throw error;
      }
      return reply.code(201).send(await alerts.searches.add(user.id, { name, query: query.normalize('NFC'), filters: f }));
    },
  );

  r.delete('/api/v1/alerts/searches/:id', { ...own, schema: { tags, summary: 'Delete one of your saved searches', params: id } }, async (request) => {
    mine(await alerts.searches.get(request.params.id), request, 'tìm kiếm đã lưu');
    return { deleted: await alerts.searches.remove(request.params.id) };
  });

  r.get('/api/v1/alerts/watchlists', { ...own, schema: { tags, summary: 'Your watchlists' } }, async (request) => ({ items: await alerts.watchlists.list(requireUser(request).id) }));

  r.post(
    '/api/v1/alerts/watchlists',
    { ...own, schema: { tags, summary: 'Create a watchlist of targets, indicators, tasks, entities, legal documents and provinces', body: z.strictObject({ name: z.string().trim().min(1).max(200), items: z.array(watchItem).max(500).default([]) }) } },
    async (request, reply) => {
      const user = requireUser(request);
      return reply.code(201).send(await alerts.watchlists.add(user.id, { name: request.body.name, items: await resolveItems(ctx, request.body.items) }));
    },
  );

  r.put(
    '/api/v1/alerts/watchlists/:id/items',
    { ...own, schema: { tags, summary: 'Replace the items of one of your watchlists', params: id, body: z.strictObject({ items: z.array(watchItem).max(500) }) } },
    async (request) => {
      mine(await alerts.watchlists.get(request.params.id), request, 'danh sách theo dõi');
      return alerts.watchlists.setItems(request.params.id, await resolveItems(ctx, request.body.items));
    },
  );

  r.delete('/api/v1/alerts/watchlists/:id', { ...own, schema: { tags, summary: 'Delete one of your watchlists', params: id } }, async (request) => {
    mine(await alerts.watchlists.get(request.params.id), request, 'danh sách theo dõi');
    return { deleted: await alerts.watchlists.remove(request.params.id) };
  });

  r.get('/api/v1/alerts/settings', { ...own, schema: { tags, summary: 'How you receive e-mail' } }, async (request) => alerts.settings.get(requireUser(request).id));

  r.put(
    '/api/v1/alerts/settings',
    { ...own, schema: { tags, summary: 'Your e-mail address and how often (warnings always at once)', body: z.strictObject({ email: z.email().max(320).nullable(), frequency: z.enum(['off', 'immediate', 'daily', 'weekly']) }) } },
    async (request) => alerts.settings.set(requireUser(request).id, request.body),
  );

  r.get('/api/v1/alerts/webhooks', { ...own, schema: { tags, summary: 'Your webhooks (without their secrets)' } }, async (request) => ({ items: await alerts.webhooks.list(requireUser(request).id) }));

  r.post(
    '/api/v1/alerts/webhooks',
    { ...own, schema: { tags, summary: 'Add a webhook; the signing secret is shown once', body: z.strictObject({ url: z.string().max(2000) }) } },
    async (request, reply) => {
      const user = requireUser(request);
      const url = safeHttpUrl(request.body.url);
      if (!url) throw new HttpProblem(400, 'địa chỉ webhook phải là URL http hoặc https', [{ field: 'body.url', message: 'not an http(s) URL' }]);
      const secret = randomBytes(32).toString('base64url');
      const hook = await alerts.webhooks.add(user.id, url, secret);
      return reply.code(201).send({ ...hook, secret });
    },
  );

  r.delete('/api/v1/alerts/webhooks/:id', { ...own, schema: { tags, summary: 'Remove one of your webhooks', params: id } }, async (request) => {
    mine((await alerts.webhooks.list(requireUser(request).id)).find((h) => h.id === request.params.id) ?? null, request, 'webhook');
    return { deleted: await alerts.webhooks.remove(request.params.id) };
  });

  r.get('/api/v1/alerts/feeds', { ...own, schema: { tags, summary: 'Your feed tokens (without the tokens themselves)' } }, async (request) => ({ items: await alerts.feedTokens.list(requireUser(request).id) }));

  r.post(
    '/api/v1/alerts/feeds',
    { ...own, schema: { tags, summary: 'A private Atom feed URL for one of your saved searches or watchlists (shown once)', body: z.strictObject({ subject: z.string().regex(/^(search|watchlist):\d+$/) }) } },
    async (request, reply) => {
      const user = requireUser(request);
      const [kind, n] = request.body.subject.split(':') as ['search' | 'watchlist', string];
      const row = kind === 'search' ? await alerts.searches.get(Number(n)) : await alerts.watchlists.get(Number(n));
      mine(row, request, kind === 'search' ? 'tìm kiếm đã lưu' : 'danh sách theo dõi');
      const token = newToken('r57f_');
      const made = await alerts.feedTokens.add(user.id, request.body.subject, tokenHash(token));
      return reply.code(201).send({ ...made, url: `${baseUrl(request)}/api/v1/feeds/${token}` });
    },
  );

  r.delete('/api/v1/alerts/feeds/:id', { ...own, schema: { tags, summary: 'Revoke a feed URL', params: id } }, async (request) => {
    mine(await alerts.feedTokens.get(request.params.id), request, 'nguồn cấp');
    return { revoked: await alerts.feedTokens.revoke(request.params.id) };
  });

  r.get(
    '/api/v1/alerts/inbox',
    { ...own, schema: { tags, summary: 'Your notifications, newest first', querystring: z.object({ unread: z.enum(['true', 'false']).default('false'), limit: z.coerce.number().int().min(1).max(500).default(100) }) } },
    async (request) => {
      const user = requireUser(request);
      return { items: await alerts.inbox(user.id, { unread: request.query.unread === 'true', limit: request.query.limit }), unread: await alerts.unreadCount(user.id) };
    },
  );

  r.post(
    '/api/v1/alerts/inbox/read',
    { ...own, schema: { tags, summary: 'Mark notifications read (yours only)', body: z.strictObject({ ids: z.array(z.number().int().positive()).max(1000) }) } },
    async (request) => ({ marked: await alerts.markRead(requireUser(request).id, request.body.ids) }),
  );

  // The feed itself: its token is its credential; a revoked or unknown one is a 404.
  r.get(
    '/api/v1/feeds/:token',
    { schema: { tags, summary: 'An Atom feed of a saved search or a watchlist (token from POST /api/v1/alerts/feeds)', params: z.object({ token: z.string().min(1).max(200) }) } },
    async (request, reply) => {
      const feed = await alerts.feedTokens.find(tokenHash(request.params.token));
      if (!feed) throw new HttpProblem(404, 'nguồn cấp không tồn tại hoặc đã bị thu hồi');
      const [kind, n] = feed.subject.split(':') as ['search' | 'watchlist', string];
      let title: string;
      let topics: string[];
      if (kind === 'search') {
        const s = await alerts.searches.get(Number(n));
        if (!s || s.userId !== feed.userId) throw new HttpProblem(404, 'tìm kiếm đã lưu không còn');
        title = `Radar 57 — tìm kiếm "${s.name}"`;
        topics = [`search:${s.id}`];
      } else {
        const w = await alerts.watchlists.get(Number(n));
        if (!w || w.userId !== feed.userId) throw new HttpProblem(404, 'danh sách theo dõi không còn');
        title = `Radar 57 — theo dõi "${w.name}"`;
        topics = w.items.map((i) => `${i.kind}:${i.ref}`);
      }
      const base = baseUrl(request);
      const xml = atomFeed({
        id: `urn:radar57:feed:${feed.subject}`,
        title,
        selfUrl: `${base}/api/v1/feeds/${request.params.token}`,
        baseUrl: base,
        events: await alerts.eventsAbout(topics, 100),
        emptyUpdated: feed.createdAt,
      });
      return reply.header('cache-control', 'private, no-store').type('application/atom+xml; charset=utf-8').send(xml);
    },
  );
}
