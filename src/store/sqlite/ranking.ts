// The two rankings of the SQLite search, chosen by how many documents a query matches.
//
// bm25 in FTS5 reads every row of every query phrase once for its IDF, then each candidate's
// positions, so its cost grows with how common the words are (about 20 ms for a word found in most
// of 100,000 documents on a busy two-core machine). Queries matching fewer than
// FULL_RANKING_LIMIT documents are ranked by bm25. Broader queries are ranked by where they
// matched (title, then lede, then anywhere) and newest first within each, which FTS5 answers from
// the newest end of its index in a fraction of a millisecond. For those queries bm25's IDF is low,
// so little is lost, and newest first is what a news monitor wants for a broad query.
// Both rankings put exact (diacritic) matches before folded-only ones.
//
// Why 300: telling narrow from broad costs a probe of up to that many rows, and for two words near
// each other FTS5 checks positions row by row. Over the 9,860 distinct word pairs of bench:api at
// 100,000 documents (3,000 of them, store alone, alternating), the mean search went from 5.5–6.1 ms
// with 1,000 to 4.1–4.2 ms with 300 (100: 3.6–3.9 ms). A query with 300 matches is already more
// than a reader pages through; bm25 still orders everything narrower.
import { sql, type RawBuilder } from 'kysely';
import { rankedByTier, type RankedId, type SearchRequest, type SqlExecutor } from '../dialect.ts';

export const FULL_RANKING_LIMIT = 300;

/** bm25 column weights, in column order: a title hit counts ten body hits, a lede hit four. */
export const BM25_WEIGHTS = { title: 10, lede: 4, body: 1, captions: 0.5, facets: 0 } as const;

export const TEXT_COLUMNS = '{title lede body captions}';

export interface RankQuery {
  exec: SqlExecutor;
  /** FTS5 expressions of the query terms, without column filter; exact is null when nothing is left. */
  exactText: string | null;
  foldedText: string;
  /** The MATCH expression for `expr` restricted to `columns`, with the filters added. */
  match: (columns: string, expr: string) => string;
  /** SQL conditions on the rowid of `table` the MATCH cannot express (entities, near-duplicates): empty or ` AND …`. */
  restrict: (table: string) => RawBuilder<unknown>;
  /** The same without the near-duplicate condition, for rankings that collapse clusters themselves. */
  restrictEntities: (table: string) => RawBuilder<unknown>;
  request: SearchRequest;
}

/**
 * Every match ranked: exact matches first, then by bm25. An exact match is also a folded match, so
 * the exact index is read only from the lowest matching id up.
 * Collapsing near-duplicates here hides a cluster member only when its representative is among the
 * matches: with every match at hand that costs one join, and a copy that alone passes the filters
 * (another site, another date) or alone has the words is still found.
 */
export async function rankByBm25({ exec, exactText, foldedText, match, restrictEntities, request }: RankQuery): Promise<RankedId[]> {
  const { title, lede, body, captions, facets } = BM25_WEIGHTS;
  const exact = exactText === null ? null : match(TEXT_COLUMNS, exactText);
  const hidden = request.filters.collapse
    ? sql`AND hits.id NOT IN (
        SELECT c.document_id FROM document_clusters c JOIN hits h ON h.id = c.cluster_id
        WHERE c.document_id <> c.cluster_id)`
    : sql``;
  const rows = await exec.all(
    sql<{ id: number; score: number; exact: number }>`
      WITH hits AS (
        SELECT rowid AS id, -bm25(documents_folded, ${title}, ${lede}, ${body}, ${captions}, ${facets}) AS score
        FROM documents_folded
        WHERE documents_folded MATCH ${match(TEXT_COLUMNS, foldedText)}${restrictEntities('documents_folded')}
      ),
      ex AS (
        SELECT rowid AS id FROM documents_exact
        WHERE ${exact === null ? sql`0` : sql`documents_exact MATCH ${exact}`}
          AND rowid >= (SELECT min(id) FROM hits)
      )
      SELECT hits.id, hits.score, hits.id IN ex AS exact
      FROM hits
      WHERE 1 ${hidden}
      ORDER BY exact DESC, hits.score DESC, hits.id DESC
      LIMIT ${request.limit} OFFSET ${request.offset}`.compile(exec.db),
  );
  return rows.map((r) => ({ id: r.id, score: r.score, exact: r.exact === 1 }));
}

/** Tiers of the field ranking, best first; a hit's score is its tier's number. */
const FIELD_TIERS = [
  { tables: ['titles_exact', 'titles_folded'], columns: '{title}', score: 3 },
  { tables: ['documents_exact', 'documents_folded'], columns: '{lede}', score: 2 },
  { tables: ['documents_exact', 'documents_folded'], columns: TEXT_COLUMNS, score: 1 },
] as const;

/**
 * Broad queries: exact before folded-only, then title before lede before anywhere, then newest.
 * Near-duplicates are collapsed by leaving out every document that is not its cluster's
 * representative (in `restrict`): the groups stop at `offset + limit` ids, so the condition must
 * hold inside them for pages to stay full and in order.
 * Each of the (up to) six groups needs only its newest `offset + limit` ids. A document counts in
 * its best group. An exact match missing from the exact groups means those groups already fill the
 * page, so the folded-only groups, where it might appear unmarked, never reach the page.
 */
export async function rankByField({ exec, exactText, foldedText, match, restrict, request }: RankQuery): Promise<RankedId[]> {
  const k = request.offset + request.limit;
  const tiers = FIELD_TIERS.length;
  const groups: RawBuilder<unknown>[] = [];
  FIELD_TIERS.forEach((tier, i) => {
    const priority = tiers - i;
    const group = (table: string, expr: string, p: number) =>
      sql`SELECT id, ${p} AS p FROM (
        SELECT rowid AS id FROM ${sql.table(table)} WHERE ${sql.table(table)} MATCH ${match(tier.columns, expr)}${restrict(table)}
        ORDER BY rowid DESC LIMIT ${k})`;
    const [exactTable, foldedTable] = tier.tables;
    if (exactText !== null) groups.push(group(exactTable, exactText, priority + tiers));
    groups.push(group(foldedTable, foldedText, priority));
  });
  const rows = await exec.all(
    sql<{ id: number; p: number }>`
      SELECT id, max(p) AS p FROM (${sql.join(groups, sql` UNION ALL `)})
      GROUP BY id
      ORDER BY p DESC, id DESC
      LIMIT ${request.limit} OFFSET ${request.offset}`.compile(exec.db),
  );
  return rankedByTier(rows, FIELD_TIERS.map((t) => t.score));
}
