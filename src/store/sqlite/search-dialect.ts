// SQLite side of the store: FTS5 indexes, their queries, integer ids.
//
// Two contentless FTS5 tables (content='', contentless_delete=1) index the same documents:
// `documents_exact` gets text keyed with diacritics kept, `documents_folded` the folded key. Both use
// unicode61 with remove_diacritics 0 because the text arrives keyed already (and unicode61 would not
// fold đ anyway). Contentless because the indexed text is a key, not something to show: the original
// lives in `documents`, snippets are cut from it in code, and storing two more copies would roughly
// triple the database for nothing. The FTS rowid is the document id. A fifth column, `facets`,
// carries the filter tokens (see facets.ts) and has weight 0 in the ranking.
// `titles_exact` and `titles_folded` index the titles (and facets) alone: looking for a common word
// in titles only through the main tables walks every occurrence of the word in every body.
import { sql, type RawBuilder } from 'kysely';
import type { IndexedDocument, RankedId, SearchFilters, SearchRequest, SqlExecutor, StoreDialect } from '../dialect.ts';
import { facetExpression, facetTokens, type DateBounds } from './facets.ts';
import { ftsMatchExpression } from './fts-query.ts';
import { FULL_RANKING_LIMIT, rankByBm25, rankByField, TEXT_COLUMNS } from './ranking.ts';

const INDEXES = ['documents_exact', 'documents_folded', 'titles_exact', 'titles_folded'] as const;

export interface SqliteDialectOptions {
  /** Queries matching fewer documents are ranked by bm25, others by field and recency (ranking.ts). */
  fullRankingLimit?: number;
}

/** Years of the earliest and latest dated documents, to close open date ranges. */
async function dateBounds(exec: SqlExecutor): Promise<DateBounds | null> {
  // Two queries on purpose: SQLite answers a lone min() or max() from the index, both together by a scan.
  const lo = (await exec.first(exec.db.selectFrom('documents').select((eb) => eb.fn.min('published').as('v'))))?.v;
  const hi = (await exec.first(exec.db.selectFrom('documents').select((eb) => eb.fn.max('published').as('v'))))?.v;
  if (!lo || !hi) return null;
  return { earliestYear: Number(lo.slice(0, 4)), latestYear: Number(hi.slice(0, 4)) };
}

async function removeDocument(exec: SqlExecutor, id: number): Promise<void> {
  for (const table of INDEXES) {
    await exec.run(sql`DELETE FROM ${sql.table(table)} WHERE rowid = ${id}`.compile(exec.db));
  }
}

/**
 * The filters that are not facet tokens, entity mentions (one condition per group, answered from
 * the mentions_entity index) and near-duplicate collapse, as conditions on the document id `id`.
 * Empty, or ` AND …` to append to a WHERE.
 *
 * `correlated` (for FTS queries): EXISTS probes per candidate row. FTS queries stop after
 * `offset + limit` rows or look at at most FULL_RANKING_LIMIT (ranking.ts), so a probe per row beats
 * building the set of every document that mentions a person or is a near-duplicate first. Never a
 * plain `rowid IN (…)` there either: FTS5 takes that as a rowid constraint and evaluates the whole
 * MATCH once per listed id (seconds for a person named in a thousand documents).
 * Otherwise (listing without words): IN sets, so that SQLite can start from the mentions.
 */
function idRestriction(filters: SearchFilters, id: RawBuilder<unknown>, correlated: boolean): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [];
  for (const group of filters.mentioning ?? []) {
    const entities = sql.join([...group]);
    parts.push(
      correlated
        ? sql`EXISTS (SELECT 1 FROM mentions WHERE entity_id IN (${entities}) AND document_id = ${id})`
        : sql`${id} IN (SELECT document_id FROM mentions WHERE entity_id IN (${entities}))`,
    );
  }
  // A rowid range: FTS5 applies it to the doclists (unlike a rowid IN list, see above).
  if (filters.afterId !== undefined) parts.push(sql`${id} > ${filters.afterId}`);
  if (filters.collapse) {
    parts.push(
      correlated
        ? sql`NOT EXISTS (SELECT 1 FROM document_clusters WHERE document_id = ${id} AND cluster_id <> document_id)`
        : sql`${id} NOT IN (SELECT document_id FROM document_clusters WHERE document_id <> cluster_id)`,
    );
  }
  return parts.length === 0 ? sql`` : sql` AND ${sql.join(parts, sql` AND `)}`;
}

/** No query words, entity filters only: the documents passing every filter, newest first. */
async function browse(exec: SqlExecutor, request: SearchRequest, facets: string): Promise<RankedId[]> {
  const facetCondition = facets
    ? sql` AND id IN (SELECT rowid FROM documents_folded WHERE documents_folded MATCH ${facets})`
    : sql``;
  const rows = await exec.all(
    sql<{ id: number }>`SELECT id FROM documents
      WHERE 1${idRestriction(request.filters, sql`id`, false)}${facetCondition}
      ORDER BY published DESC, id DESC
      LIMIT ${request.limit} OFFSET ${request.offset}`.compile(exec.db),
  );
  return rows.map((r) => ({ id: r.id, score: 0, exact: true }));
}

async function search(exec: SqlExecutor, request: SearchRequest, fullRankingLimit: number): Promise<RankedId[]> {
  if (request.filters.mentioning?.some((group) => group.length === 0)) return [];
  const { from, to } = request.filters;
  const facets = facetExpression(request.filters, from !== undefined || to !== undefined ? await dateBounds(exec) : null);
  if (facets === null) return [];
  if (request.folded.length === 0) return request.filters.mentioning?.length ? await browse(exec, request, facets) : [];
  const foldedText = ftsMatchExpression(request.folded, request.unquoted, request.near);
  if (foldedText === null) return [];
  const match = (columns: string, expr: string) => `${columns} : (${expr})${facets ? ` AND ${facets}` : ''}`;
  const restrict = (table: string) => idRestriction(request.filters, sql`${sql.table(table)}.rowid`, true);
  const restrictEntities = (table: string) =>
    idRestriction({ ...request.filters, collapse: false }, sql`${sql.table(table)}.rowid`, true);
  // Terms that key to nothing exactly cannot match exactly: every hit is then folded-only.
  const exactText = ftsMatchExpression(request.exact, request.unquoted, request.near);
  const query = { exec, exactText, foldedText, match, restrict, restrictEntities, request };

  // A cheap probe (row ids only, newest first, stops at the limit) tells a narrow query from a broad
  // one. It counts near-duplicates too: whether a member is hidden depends on the ranking (ranking.ts).
  const probe = await exec.all(
    sql<{ id: number }>`SELECT rowid AS id FROM documents_folded
      WHERE documents_folded MATCH ${match(TEXT_COLUMNS, foldedText)}${restrictEntities('documents_folded')}
      ORDER BY rowid DESC LIMIT ${fullRankingLimit}`.compile(exec.db),
  );
  if (probe.length === 0) return [];
  return probe.length < fullRankingLimit ? await rankByBm25(query) : await rankByField(query);
}

export function createSqliteDialect(options: SqliteDialectOptions = {}): StoreDialect {
  const fullRankingLimit = options.fullRankingLimit ?? FULL_RANKING_LIMIT;
  return {
    name: 'sqlite',

    idColumn: (col) => col.primaryKey(),

    migrations: [
      {
        version: 1,
        name: 'FTS5 exact and folded indexes',
        async up(exec) {
          for (const table of INDEXES) {
            const columns = table.startsWith('titles') ? sql`title, facets` : sql`title, lede, body, captions, facets`;
            await exec.run(
              sql`CREATE VIRTUAL TABLE ${sql.table(table)} USING fts5(
                ${columns},
                content='', contentless_delete=1,
                tokenize='unicode61 remove_diacritics 0'
              )`.compile(exec.db),
            );
          }
        },
      },
      {
        version: 4,
        name: 'append-only audit log',
        async up(exec) {
          // The database refuses to rewrite history, whatever code or SQL asks it to.
          for (const event of ['UPDATE', 'DELETE'] as const) {
            await exec.run(
              sql`CREATE TRIGGER ${sql.raw(`audit_log_no_${event.toLowerCase()}`)} BEFORE ${sql.raw(event)} ON audit_log
                BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.compile(exec.db),
            );
          }
        },
      },
    ],

    async indexDocument(exec, id, doc: IndexedDocument, replace) {
      const facets = facetTokens(doc);
      if (replace) await removeDocument(exec, id);
      for (const [table, f] of [
        ['documents_exact', doc.exact],
        ['documents_folded', doc.folded],
      ] as const) {
        await exec.run(
          sql`INSERT INTO ${sql.table(table)} (rowid, title, lede, body, captions, facets)
              VALUES (${id}, ${f.title}, ${f.lede}, ${f.body}, ${f.captions}, ${facets})`.compile(exec.db),
        );
      }
      // Untitled documents (briefs) need no title entry: the title tier can never match them.
      if (doc.exact.title === '') return;
      for (const [table, f] of [
        ['titles_exact', doc.exact],
        ['titles_folded', doc.folded],
      ] as const) {
        await exec.run(
          sql`INSERT INTO ${sql.table(table)} (rowid, title, facets) VALUES (${id}, ${f.title}, ${facets})`.compile(
            exec.db,
          ),
        );
      }
    },

    removeDocument,

    search: (exec, request) => search(exec, request, fullRankingLimit),

    async databaseSize(exec) {
      const row = await exec.first(
        sql<{ size: number | null }>`SELECT page_count * page_size AS size
          FROM pragma_page_count(), pragma_page_size()`.compile(exec.db),
      );
      return row?.size ?? null;
    },
  };
}

export const sqliteDialect = createSqliteDialect();
