// Read routes over documents: search with facets, documents, facts, entities, exports.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Readable } from 'node:stream';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { canRead } from '../auth.ts';
import { pageOf, pageOfRows } from '../pagination.ts';
import { cursor, period } from '../params.ts';
import { periodEnd, periodStart } from '../../../text/periods.ts';
import { HttpProblem } from '../problem.ts';
import { MAX_SEARCH_LIMIT, snippetParts, type SearchOptions } from '../../../store/index.ts';
import { fieldsOf } from '../../../extract/facts.ts';
import { jsonFor } from '../provenance.ts';

const kind = z.enum(['article', 'brief', 'teaser']);
const limit = (fallback: number) => z.coerce.number().int().min(1).max(200).default(fallback);

export const searchQuery = z.object({
  q: z.string().max(500).default(''),
  limit: limit(20),
  cursor,
  kind: kind.optional(),
  site: z.string().optional(),
  /** A year or a month means its first day here, its last day in `to` (as on the command line). */
  from: period.optional(),
  to: period.optional(),
  person: z.string().optional(),
  org: z.string().optional(),
  place: z.string().optional(),
  cites: z.string().optional(),
  collapse: z.enum(['true', 'false']).default('true'),
});

export type SearchQuery = z.infer<typeof searchQuery>;

export function searchOptions(q: SearchQuery): SearchOptions {
  return { kind: q.kind, site: q.site, from: q.from && periodStart(q.from), to: q.to && periodEnd(q.to), person: q.person, org: q.org, place: q.place, cites: q.cites, collapse: q.collapse === 'true' };
}

/** Documents read per page of the NDJSON export. */
const EXPORT_PAGE = 500;

/** Documents citing a legal document listed on its page (newest first); `citedByCount` says how many in all. */
export const CITED_BY_SHOWN = 200;

/** Facets are counted over at most this many of the best matches. */
const FACET_SAMPLE = 1000;

export function readingRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { onRequest: canRead(ctx) };
  const { store } = ctx;
  /** `label`: the title, else the lede or first paragraph, so that untitled briefs read as something. */
  const withLabels = async <T extends { id: number; title: string | null }>(docs: T[]) => {
    const labels = await store.documentLabels(docs.filter((d) => d.title === null).map((d) => d.id));
    return docs.map((d) => ({ ...d, label: d.title ?? labels.get(d.id) ?? null }));
  };

  r.get('/api/v1/search', { ...read, schema: { tags: ['search'], summary: 'Full-text search, diacritics optional', querystring: searchQuery } }, async (request, reply) =>
    ctx.responses.send(reply, `${await ctx.version()}|${request.url}`, () => searchPage(request.query)),
  );

  const searchPage = async (q: SearchQuery) => {
    const offset = q.cursor;
    if (offset + q.limit > MAX_SEARCH_LIMIT * 10) {
      throw new HttpProblem(400, 'cursor: không phân trang quá 10.000 kết quả; hãy thu hẹp truy vấn', [{ field: 'querystring.cursor', message: 'past 10,000 results' }]);
    }
    // One extra row tells whether there is a next page without counting everything.
    const hits = await store.search(q.q, { ...searchOptions(q), limit: q.limit + 1, offset });
    // Matches marked with \u0002 … \u0003 (control characters never found in text), and as parts.
    const items = hits.slice(0, q.limit).map((h) => {
      const parts = snippetParts(h.snippet);
      return { ...h, snippet: parts.map((p) => (p.marked ? `\u0002${p.text}\u0003` : p.text)).join(''), snippetParts: parts };
    });
    return { items, nextCursor: pageOfRows(hits, q.limit, offset).nextCursor };
  };

  r.get('/api/v1/search/facets', { ...read, schema: { tags: ['search'], summary: 'Facet counts over the matches of a search', querystring: searchQuery } }, async (request, reply) =>
    ctx.responses.send(reply, `${await ctx.version()}|${request.url}`, () => facetsOf(request.query)),
  );

  const facetsOf = async (q: SearchQuery) => {
    const ids = q.q.trim() || q.person || q.org || q.place || q.cites
      ? (await store.search(q.q, { ...searchOptions(q), limit: FACET_SAMPLE })).map((h) => h.id)
      : (await store.listDocuments({ kind: q.kind, limit: FACET_SAMPLE })).map((d) => d.id);
    return { sampled: ids.length, ...await store.facetCounts(ids) };
  };

  r.get(
    '/api/v1/documents',
    { ...read, schema: { tags: ['documents'], summary: 'Documents, newest first', querystring: z.object({ limit: limit(20), cursor, kind: kind.optional() }) } },
    async (request) => {
      const offset = request.query.cursor;
      const rows = await store.listDocuments({ kind: request.query.kind, limit: request.query.limit + 1, offset, newestFirst: true });
      const page = pageOfRows(rows, request.query.limit, offset);
      const items = page.items.map((d) => ({ id: d.id, kind: d.kind, title: d.title, lede: d.lede, published: d.published, site: d.site, firstParagraph: d.body[0] ?? null }));
      return { items, total: await store.countDocuments(), nextCursor: page.nextCursor };
    },
  );

  r.get('/api/v1/documents/:id', { ...read, schema: { tags: ['documents'], summary: 'One document with its facts, observations and links', params: z.object({ id: z.coerce.number().int().positive() }) } }, async (request) => {
    const doc = await store.getDocument(request.params.id);
    if (!doc) throw new HttpProblem(404, `không có tài liệu số ${request.params.id}`);
    const children = (await store.listDocuments({ parentId: doc.id, limit: 200 })).map((d) => ({ id: d.id, title: d.title, lede: d.lede }));
    const parent = doc.parentId ? await store.getDocument(doc.parentId) : null;
    // Each fact with its review key and the review in force (the extraction itself is unchanged).
    const mentions = (await store.listMentions({ documentId: doc.id })).map((m) => ({
      ...m,
      reviewKey: m.kind === 'topic' ? null : `${doc.id}:${m.field}:${m.index}:${m.start}-${m.end}:${m.kind}`,
    }));
    const keys = mentions.flatMap((m) => (m.reviewKey ? [m.reviewKey] : []));
    const factReviews = await store.reviews.latest('fact', keys);
    const linkReviews = await store.reviews.latest('link', keys);
    const reviewView = (r: ReturnType<typeof factReviews.get>) => (r ? { verdict: r.verdict, reviewer: r.reviewer, at: r.at, note: r.note, correction: r.correction } : null);
    return {
      document: doc,
      fields: fieldsOf(doc),
      facts: mentions.map((m) => ({
        ...m,
        review: m.reviewKey ? reviewView(factReviews.get(m.reviewKey)) : null,
        linkReview: m.reviewKey ? reviewView(linkReviews.get(m.reviewKey)) : null,
      })),
      observations: await store.programme.observations({ documentId: doc.id, withRejected: true }),
      urls: await store.documentUrls(doc.id),
      parent: parent ? { id: parent.id, title: parent.title, lede: parent.lede } : null,
      children,
      similar: await withLabels(await store.similarDocuments(doc.id)),
      legalId: await store.legalIdOf(doc.id),
      cites: await store.citations(doc.id),
    };
  });

  r.get(
    '/api/v1/facts',
    {
      ...read,
      schema: {
        tags: ['documents'],
        summary: 'Stored facts with provenance',
        querystring: z.object({
          kind: z.enum(['person', 'organization', 'place', 'legalRef', 'date', 'quantity', 'topic', 'task']).optional(),
          documentId: z.coerce.number().int().positive().optional(),
          limit: limit(50),
          cursor,
        }),
      },
    },
    async (request) => {
      const q = request.query;
      const rows = await store.listMentions({ kind: q.kind, documentId: q.documentId, limit: q.limit + 1, offset: q.cursor });
      return pageOfRows(rows, q.limit, q.cursor);
    },
  );

  r.get(
    '/api/v1/entities',
    {
      ...read,
      schema: {
        tags: ['entities'],
        summary: 'Entities by name or alias, diacritics optional',
        querystring: z.object({ q: z.string().optional(), kind: z.enum(['person', 'organization', 'place', 'legalRef']).optional(), limit: limit(50), cursor }),
      },
    },
    // Without a name: the most mentioned entities (computed once per data version).
    async (request, reply) =>
      ctx.responses.send(reply, `${await ctx.version()}|${request.url}`, async () => {
        const q = request.query;
        const found = q.q?.trim() ? await store.findEntities(q.q, { kind: q.kind, limit: 200 }) : await store.topEntities({ kind: q.kind, limit: 200 });
        return pageOf(found, q.limit, q.cursor);
      }),
  );

  r.get(
    '/api/v1/entities/:id',
    { ...read, schema: { tags: ['entities'], summary: 'One entity: names, mentions over time, co-occurring entities, citations', params: z.object({ id: z.coerce.number().int().positive() }) } },
    // A much-mentioned entity costs a walk over all its mentions: built once per data version.
    async (request, reply) =>
      ctx.responses.send(reply, `${await ctx.version()}|entity:${request.params.id}`, async () => {
        const detail = await store.entityDetail(request.params.id);
        if (!detail) throw new HttpProblem(404, `không có thực thể số ${request.params.id}`);
        const legal = detail.kind === 'legalRef' && !detail.key.startsWith('law:');
        const citedBy = detail.kind === 'legalRef' ? await store.citedBy(detail.key.startsWith('law:') ? detail.name : detail.key) : [];
        return {
          ...detail,
          documents: await withLabels(detail.documents),
          cooccurring: await store.cooccurring(detail.id),
          // The resolution itself is cited by nearly every document: the newest, and how many.
          citedBy: await withLabels(citedBy.slice(0, CITED_BY_SHOWN)),
          citedByCount: citedBy.length,
          cites: legal ? await store.legalCitations(detail.key) : [],
        };
      }),
  );

  r.get('/api/v1/export/documents.ndjson', { ...read, schema: { tags: ['export'], summary: 'Every document as one JSON object per line' } }, async (request, reply) => {
    reply.type('application/x-ndjson; charset=utf-8').header('content-disposition', 'attachment; filename="radar57-documents.ndjson"');
    // Streamed a page at a time: a whole corpus never sits in memory as one string.
    async function* pages(): AsyncGenerator<string> {
      for (let offset = 0; ; offset += EXPORT_PAGE) {
        const docs = await store.listDocuments({ limit: EXPORT_PAGE, offset });
        if (docs.length === 0) return;
        yield docs.map((d) => `${jsonFor(request.user, d)}\n`).join('');
      }
    }
    return reply.send(Readable.from(pages()));
  });
}
