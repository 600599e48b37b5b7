// PostgreSQL side of the store: tsvector search with the semantics of the SQLite dialect, identity
// ids, the database size.
//
// One table, document_search, holds per document an `exact` and a `folded` tsvector of all its
// text (the text arrives keyed by store code, see tsearch.ts for why PostgreSQL's parser is
// bypassed), the same for the title and the lede alone (the field tiers), and the columns the
// filters need. Queries mirror src/store/sqlite (search-dialect.ts, ranking.ts) step by
// step so that both backends answer alike: the same probe decides between ranking every match
// (ts_rank with the bm25 field weights) and the field tiers for broad queries (title, lede,
// anywhere; newest first), exact matches first in both, and the same near-duplicate collapse.
import { sql, type RawBuilder } from 'kysely';
import { rankedByTier, type IndexedDocument, type RankedId, type SearchFilters, type SearchRequest } from '../dialect.ts';
import { FULL_RANKING_LIMIT } from '../sqlite/ranking.ts';
import type { SqlExecutor, StoreDialect } from '../dialect.ts';
import { coreMigrations } from '../migrations.ts';
import { analyseSearchIfStale, postgresMigrations } from './migrations.ts';
import { textMatch, tsvectorText, type TextMatch } from './tsearch.ts';

export interface PostgresDialectOptions {
  /** Queries matching fewer documents are ranked by ts_rank, others by field and recency. */
  fullRankingLimit?: number;
}

/**
 * ts_rank weights in its order {D, C, B, A}: captions, body, lede, title. The ratios are the bm25
 * column weights of the SQLite dialect (title 10, lede 4, body 1, captions 0.5).
 */
const RANK_WEIGHTS = sql.raw(`'{0.05, 0.1, 0.4, 1.0}'::float4[]`);
/** ts_rank normalisation 1: divides by 1 + log(document length), as bm25 discounts long documents. */
const RANK_NORMALISATION = 1;

const DATE_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** The days a publication date may denote: one day, a whole month or a whole year; null when undated. */
export function daySpan(published: string | null): { from: string; to: string } | null {
  const m = published ? DATE_PREFIX.exec(published) : null;
  if (!m) return null;
  const [, y, mo, d] = m;
  if (mo && d) return { from: `${y}-${mo}-${d}`, to: `${y}-${mo}-${d}` };
  if (mo) {
    const last = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    return { from: `${y}-${mo}-01`, to: `${y}-${mo}-${String(last).padStart(2, '0')}` };
  }
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

type Column = 'exact' | 'folded' | `${'title' | 'lede'}_${'exact' | 'folded'}`;

/**
 * `column` matches `m`. With NEAR alternatives, the index and a row's first test get the plain AND
 * of the words; the alternatives are then checked through ts_match_vq, the function behind `@@`,
 * which the planner cannot turn into a (far costlier) second index condition.
 */
function matches(column: Column, m: TextMatch): RawBuilder<unknown> {
  const col = sql.ref(`s.${column}`);
  const text = m.all === null
    ? sql`${col} @@ ${m.query}::tsquery`
    : sql`(${col} @@ ${m.all}::tsquery AND ts_match_vq(${col}, ${m.query}::tsquery))`;
  if (m.near === null) return text;
  return sql`(${text} AND radar57_near(${col}, ${m.near}::text[], ${m.distance}))`;
}

/**
 * Conditions on document_search `s` for kind, site and date (what the SQLite dialect writes as facet
 * tokens), entity mentions (one EXISTS per group) and, with `collapse`, leaving out every document
 * that is not its cluster's representative. Written before the text condition: PostgreSQL tests
 * conditions of equal cost in the order written, and a row that fails on its kind or date then
 * never has its vector read.
 */
function restriction(filters: SearchFilters, collapse: boolean): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [];
  if (filters.kind !== undefined) parts.push(sql`s.kind = ${filters.kind}`);
  if (filters.site !== undefined) parts.push(sql`s.site = ${filters.site}`);
  // Alerts look only at documents stored after their watermark.
  if (filters.afterId !== undefined) parts.push(sql`s.id > ${filters.afterId}`);
  if (filters.from !== undefined) parts.push(sql`s.day_from >= ${filters.from}`);
  if (filters.to !== undefined) parts.push(sql`s.day_to <= ${filters.to}`);
  for (const group of filters.mentioning ?? []) {
    parts.push(sql`EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id IN (${sql.join([...group])}) AND m.document_id = s.id)`);
  }
  if (collapse && filters.collapse) {
    parts.push(sql`NOT EXISTS (SELECT 1 FROM document_clusters c WHERE c.document_id = s.id AND c.cluster_id <> c.document_id)`);
  }
  return parts.length === 0 ? sql`` : sql` AND ${sql.join(parts, sql` AND `)}`;
}

/** No query words, entity filters only: the documents passing every filter, newest first. */
async function browse(exec: SqlExecutor, request: SearchRequest): Promise<RankedId[]> {
  const rows = await exec.all(
    sql<{ id: number }>`SELECT d.id FROM documents d JOIN document_search s ON s.id = d.id
      WHERE TRUE${restriction(request.filters, true)}
      ORDER BY d.published DESC NULLS LAST, d.id DESC
      LIMIT ${request.limit} OFFSET ${request.offset}`.compile(exec.db),
  );
  return rows.map((r) => ({ id: r.id, score: 0, exact: true }));
}

interface RankQuery {
  exec: SqlExecutor;
  exact: TextMatch | null;
  folded: TextMatch;
  request: SearchRequest;

}

/**
 * The probe of the SQLite dialect (do the matches reach `fullRankingLimit`? that tells narrow from
 * broad) and, for a narrow query, the ranking of every match, in one statement: `probe` collects
 * the ids once and the ranking reads the vectors of those rows only, where a ranking of its own
 * would read every document's vector again to find them. Exact matches first, then by ts_rank. An
 * exact match is also a folded one, so whether a hit is exact is read from that hit's own exact
 * vector. Collapsing hides a cluster member only when its representative is among the matches (as
 * the SQLite dialect's bm25 ranking does). Returns the number of matches seen (up to the limit) and,
 * below the limit, the page.
 */
async function probeAndRankAll({ exec, exact, folded, request }: RankQuery, fullRankingLimit: number): Promise<{ n: number; page: RankedId[] }> {
  const hidden = request.filters.collapse
    ? sql`AND hits.id NOT IN (
        SELECT c.document_id FROM document_clusters c JOIN hits h ON h.id = c.cluster_id
        WHERE c.document_id <> c.cluster_id)`
    : sql``;
  const rows = await exec.all(
    sql<{ n: number; id: number | null; score: number | null; exact: boolean | null }>`
      WITH probe AS MATERIALIZED (
        -- Unordered, unlike SQLite's (where newest first costs nothing): PostgreSQL may then collect
        -- the ids from the GIN index instead of reading every row's vector from the newest down.
        SELECT s.id FROM document_search s
        WHERE TRUE${restriction(request.filters, false)} AND ${matches('folded', folded)}
        LIMIT ${fullRankingLimit}
      ),
      counted AS (SELECT count(*) AS n FROM probe),
      hits AS (
        SELECT s.id, ts_rank(${RANK_WEIGHTS}, s.folded, ${folded.query}::tsquery, ${RANK_NORMALISATION}) AS score,
          ${exact === null ? sql`FALSE` : matches('exact', exact)} AS exact
        FROM document_search s
        WHERE s.id IN (SELECT id FROM probe) AND (SELECT n FROM counted) < ${fullRankingLimit}
      )
      SELECT counted.n, page.id, page.score, page.exact
      FROM counted LEFT JOIN LATERAL (
        SELECT hits.id, hits.score, hits.exact
        FROM hits
        WHERE TRUE ${hidden}
        ORDER BY hits.exact DESC, hits.score DESC, hits.id DESC
        LIMIT ${request.limit} OFFSET ${request.offset}
      ) page ON TRUE`.compile(exec.db),
  );
  const page = rows.flatMap((r) => (r.id === null ? [] : [{ id: r.id, score: r.score ?? 0, exact: r.exact === true }]));
  return { n: rows[0]?.n ?? 0, page };
}

/** Tiers of the field ranking, best first; a hit's score is its tier's number. */
const FIELD_TIERS: readonly { field: 'title' | 'lede' | null; score: number }[] = [
  { field: 'title', score: 3 },
  { field: 'lede', score: 2 },
  { field: null, score: 1 },
];

/**
 * Broad queries: exact before folded-only, then title before lede before anywhere, then newest;
 * each of the (up to) six groups needs only its newest `offset + limit` ids, and non-representative
 * near-duplicates are left out inside the groups (see the SQLite dialect's rankByField).
 */
async function rankByField({ exec, request, exact, folded }: RankQuery): Promise<RankedId[]> {
  const k = request.offset + request.limit;
  const tiers = FIELD_TIERS.length;
  const groups: RawBuilder<unknown>[] = [];
  FIELD_TIERS.forEach((tier, i) => {
    const priority = tiers - i;
    const group = (column: 'exact' | 'folded', m: TextMatch, p: number) =>
      sql`(SELECT s.id, ${sql.lit(p)} AS p FROM document_search s
        WHERE TRUE${restriction(request.filters, true)} AND ${matches(tier.field ? `${tier.field}_${column}` : column, m)}
        ORDER BY s.id DESC LIMIT ${k})`;
    if (exact !== null) groups.push(group('exact', exact, priority + tiers));
    groups.push(group('folded', folded, priority));
  });
  const rows = await exec.all(
    sql<{ id: number; p: number }>`
      SELECT id, max(p) AS p FROM (${sql.join(groups, sql` UNION ALL `)}) g
      GROUP BY id
      ORDER BY p DESC, id DESC
      LIMIT ${request.limit} OFFSET ${request.offset}`.compile(exec.db),
  );
  return rankedByTier(rows, FIELD_TIERS.map((t) => t.score));
}

async function search(exec: SqlExecutor, request: SearchRequest, fullRankingLimit: number): Promise<RankedId[]> {
  if (request.filters.mentioning?.some((group) => group.length === 0)) return [];
  if (request.folded.length === 0) return request.filters.mentioning?.length ? browse(exec, request) : [];
  const folded = textMatch(request.folded, request.unquoted, request.near);
  if (folded === null) return [];
  // Terms that key to nothing exactly cannot match exactly: every hit is then folded-only.
  const exact = textMatch(request.exact, request.unquoted, request.near);
  const query: RankQuery = { exec, exact, folded, request };
  const { n, page } = await probeAndRankAll(query, fullRankingLimit);
  return n < fullRankingLimit ? page : rankByField(query);
}

export function createPostgresDialect(options: PostgresDialectOptions = {}): StoreDialect {
  const fullRankingLimit = options.fullRankingLimit ?? FULL_RANKING_LIMIT;
  const dialect: StoreDialect = {
    name: 'postgres',

    // By default, not always: copying a store (migrate-db) inserts the ids it had.
    idColumn: (col) => col.generatedByDefaultAsIdentity().primaryKey(),

    // Filled below from the core versions, which need the dialect (for its id column) to be built.
    migrations: [],

    async indexDocument(exec, id, doc: IndexedDocument, replace) {
      const span = daySpan(doc.published);
      const only = (f: IndexedDocument['exact'], field: 'title' | 'lede') =>
        sql`${tsvectorText({ title: '', lede: '', body: '', captions: '', [field]: f[field] })}::tsvector`;
      const columns = ['exact', 'folded', 'title_exact', 'title_folded', 'lede_exact', 'lede_folded', 'kind', 'site', 'day_from', 'day_to'];
      const values = [
        sql`${tsvectorText(doc.exact)}::tsvector`,
        sql`${tsvectorText(doc.folded)}::tsvector`,
        only(doc.exact, 'title'),
        only(doc.folded, 'title'),
        only(doc.exact, 'lede'),
        only(doc.folded, 'lede'),
        sql`${doc.kind}`,
        sql`${doc.site}`,
        sql`${span?.from ?? null}`,
        sql`${span?.to ?? null}`,
      ];
      const update = sql.join(columns.map((c) => sql`${sql.ref(c)} = ${sql.ref(`excluded.${c}`)}`));
      await exec.run(
        sql`INSERT INTO document_search (id, ${sql.join(columns.map((c) => sql.ref(c)))}) VALUES (${id}, ${sql.join(values)})
          ${replace ? sql`ON CONFLICT (id) DO UPDATE SET ${update}` : sql``}`.compile(exec.db),
      );
      await analyseSearchIfStale(exec);
    },

    async removeDocument(exec, id) {
      await exec.run(sql`DELETE FROM document_search WHERE id = ${id}`.compile(exec.db));
    },

    search: (exec, request) => search(exec, request, fullRankingLimit),

    async databaseSize(exec) {
      const row = await exec.first(sql<{ size: number }>`SELECT pg_database_size(current_database()) AS size`.compile(exec.db));
      return row?.size ?? null;
    },
  };
  return { ...dialect, migrations: postgresMigrations(coreMigrations(dialect).map((m) => m.version)) };
}

export const postgresDialect = createPostgresDialect();
