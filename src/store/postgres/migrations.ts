// PostgreSQL's own schema steps, run after the core step of the same version (migrations.ts).
import { sql } from 'kysely';
import type { Migration, SqlExecutor } from '../dialect.ts';

/**
 * Column types as SQLite behaves, applied right after each core step (same transaction; idempotent:
 * only columns not yet converted are altered):
 * - `real` is 8 bytes in SQLite but 4 in PostgreSQL (0.95 would read back as 0.949999988): widened
 *   to double precision.
 * - text compares by bytes in SQLite (BINARY), by the database's locale in PostgreSQL (en_US would
 *   sort "b" before "C" and Vietnamese letters by language rules): every text column gets the "C"
 *   collation, so ORDER BY, min() and max() answer alike on both backends, whatever locale the
 *   database was created with.
 */
async function sqliteLikeColumns(exec: SqlExecutor): Promise<void> {
  const columns = await exec.all(
    sql<{ table_name: string; column_name: string; data_type: string }>`SELECT table_name, column_name, data_type
      FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name IN (SELECT table_name FROM information_schema.tables
          WHERE table_schema = current_schema() AND table_type = 'BASE TABLE')
        AND (data_type = 'real' OR (data_type = 'text' AND coalesce(collation_name, '') <> 'C'))
      ORDER BY table_name, column_name`.compile(exec.db),
  );
  for (const c of columns) {
    const type = c.data_type === 'real' ? sql`double precision` : sql`text COLLATE "C"`;
    await exec.run(sql`ALTER TABLE ${sql.table(c.table_name)} ALTER COLUMN ${sql.ref(c.column_name)} TYPE ${type}`.compile(exec.db));
  }
}

/**
 * Whether the phrases (space-joined lexemes) of a NEAR group all occur in `doc` with at most `n`
 * tokens between the end of the first and the start of the last, as FTS5's NEAR means it. The
 * tsquery has already required each phrase; this checks only their distance, for the rows that
 * passed it. Positions come from the tsvector (fields are kept apart by a gap, see tsearch.ts).
 */
const NEAR_FUNCTION = sql`CREATE FUNCTION radar57_near(doc tsvector, phrases text[], n integer) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
DECLARE
  occ_phrase integer[] := '{}';
  occ_start integer[] := '{}';
  occ_end integer[] := '{}';
  toks text[];
  firsts smallint[];
  p integer;
  ok boolean;
  found boolean;
  i integer;
  k integer;
  a integer;
  b integer;
BEGIN
  FOR i IN 1 .. coalesce(array_length(phrases, 1), 0) LOOP
    toks := string_to_array(phrases[i], ' ');
    SELECT u.positions INTO firsts FROM unnest(doc) u WHERE u.lexeme = toks[1];
    IF firsts IS NULL THEN RETURN false; END IF;
    found := false;
    FOREACH p IN ARRAY firsts LOOP
      ok := true;
      FOR k IN 2 .. array_length(toks, 1) LOOP
        IF NOT EXISTS (SELECT 1 FROM unnest(doc) u WHERE u.lexeme = toks[k] AND (p + k - 1) = ANY (u.positions)) THEN
          ok := false;
          EXIT;
        END IF;
      END LOOP;
      IF ok THEN
        occ_phrase := occ_phrase || i;
        occ_start := occ_start || p;
        occ_end := occ_end || (p + array_length(toks, 1) - 1);
        found := true;
      END IF;
    END LOOP;
    IF NOT found THEN RETURN false; END IF;
  END LOOP;
  -- Some occurrence opens a window that every other phrase starts in.
  FOR a IN 1 .. coalesce(array_length(occ_start, 1), 0) LOOP
    ok := true;
    FOR i IN 1 .. array_length(phrases, 1) LOOP
      CONTINUE WHEN i = occ_phrase[a];
      found := false;
      FOR b IN 1 .. array_length(occ_start, 1) LOOP
        IF occ_phrase[b] = i AND occ_start[b] >= occ_start[a] AND occ_start[b] <= occ_end[a] + n + 1 THEN
          found := true;
          EXIT;
        END IF;
      END LOOP;
      IF NOT found THEN
        ok := false;
        EXIT;
      END IF;
    END LOOP;
    IF ok THEN RETURN true; END IF;
  END LOOP;
  RETURN false;
END
$fn$`;

/** PostgreSQL's own additions, by the core version they follow. */
const OWN_STEPS: readonly Migration[] = [
  {
    version: 1,
    name: 'text search vectors (exact and folded) with filter columns, GIN indexes',
    async up(exec) {
      // One row per document. `title_*` and `lede_*` repeat the title and the lede alone: the title
      // and lede tiers of a broad query then read a few words per row, not the whole body's vector,
      // and the planner's statistics for those columns tell a word common in titles (walk the
      // newest rows) from one no title has (ask the GIN index). `day_from`..`day_to` is the span of days its publication date may
      // denote (one day, a whole month, a whole year): a date filter keeps a document only when the
      // span lies inside the range, as the SQLite facet tokens do.
      await exec.run(
        sql`CREATE TABLE document_search (
          id integer PRIMARY KEY,
          exact tsvector NOT NULL,
          folded tsvector NOT NULL,
          title_exact tsvector NOT NULL,
          title_folded tsvector NOT NULL,
          lede_exact tsvector NOT NULL,
          lede_folded tsvector NOT NULL,
          kind text NOT NULL,
          site text,
          day_from text,
          day_to text
        )`.compile(exec.db),
      );
      await exec.run(sql`CREATE INDEX document_search_exact ON document_search USING gin (exact)`.compile(exec.db));
      await exec.run(sql`CREATE INDEX document_search_folded ON document_search USING gin (folded)`.compile(exec.db));
      for (const column of ['title_exact', 'title_folded', 'lede_exact', 'lede_folded']) {
        await exec.run(sql`CREATE INDEX ${sql.id(`document_search_${column}`)} ON document_search USING gin (${sql.ref(column)})`.compile(exec.db));
      }
      await exec.run(sql`CREATE INDEX document_search_day ON document_search (day_from, day_to)`.compile(exec.db));
      await exec.run(NEAR_FUNCTION.compile(exec.db));
    },
  },
  {
    version: 4,
    name: 'append-only audit log',
    async up(exec) {
      // The database refuses to rewrite history, whatever code or SQL asks it to (TRUNCATE included,
      // which PostgreSQL would otherwise allow past row triggers).
      await exec.run(
        sql`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
          BEGIN RAISE EXCEPTION 'audit_log is append-only'; END
          $fn$`.compile(exec.db),
      );
      for (const event of ['UPDATE', 'DELETE'] as const) {
        await exec.run(
          sql`CREATE TRIGGER ${sql.raw(`audit_log_no_${event.toLowerCase()}`)} BEFORE ${sql.raw(event)} ON audit_log
            FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.compile(exec.db),
        );
      }
      await exec.run(
        sql`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
          FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`.compile(exec.db),
      );
    },
  },
  {
    version: 10,
    name: 'planner statistics and merged GIN pending lists for the search tables',
    async up(exec) {
      // The search queries leave the choice between walking the newest rows and asking a GIN index
      // to the planner, which needs statistics on the vectors. A table that was never analysed
      // (autovacuum off, or bulk-loaded just before) has none: every text condition is then
      // estimated to match one row, and each field tier reads and sorts every row's vector (a
      // common word took 250 ms on 3,000 documents instead of 12). Analysing here upgrades
      // existing databases (and merges their GIN pending lists); analyseSearchIfStale keeps both
      // current as documents arrive.
      await analyseSearch(exec);
    },
  },
];

/**
 * Statistics on the tables the search plans depend on, and the GIN indexes of document_search with
 * their pending lists merged; returns the rows document_search now holds.
 *
 * A GIN index takes new entries into an unsorted pending list that every search reads whole until
 * VACUUM (or autovacuum's analysis, not a manual one) merges it: on the bench's 3,000 documents,
 * loaded with autovacuum off, looking up two words in the exact index took 28 ms instead of 0.04,
 * and the planner, costing the list, read every row's vector instead.
 */
export async function analyseSearch(exec: SqlExecutor): Promise<number> {
  await exec.run(sql`ANALYZE document_search, document_clusters`.compile(exec.db));
  await exec.run(
    sql`SELECT gin_clean_pending_list(i.indexrelid) FROM pg_index i
      JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
      WHERE i.indrelid = to_regclass('document_search') AND a.amname = 'gin'`.compile(exec.db),
  );
  const row = await exec.first(
    sql<{ n: number }>`SELECT greatest(reltuples, 0)::int8 AS n FROM pg_class WHERE oid = to_regclass('document_search')`.compile(exec.db),
  );
  return row?.n ?? 0;
}

/** Documents indexed since the last analysis that make the statistics stale: at least this many… */
const STALE_MIN_ROWS = 500;
/** …and at least this share of the rows analysed last time (autovacuum's default is 10 % too). */
const STALE_FRACTION = 0.1;

const indexedSince = new WeakMap<SqlExecutor, { indexed: number; analysed: number }>();

/**
 * Counts a document indexed through `exec` and analyses the search tables (merging the GIN pending
 * lists) once enough have arrived since the last analysis, as autovacuum would: a store bulk-loaded where autovacuum is off (or
 * faster than it wakes up) would otherwise be searched with no statistics or with those of a
 * much smaller table. Runs in the caller's transaction, which sees its own new rows.
 */
export async function analyseSearchIfStale(exec: SqlExecutor): Promise<void> {
  const state = indexedSince.get(exec) ?? { indexed: 0, analysed: 0 };
  indexedSince.set(exec, state);
  state.indexed++;
  if (state.indexed < Math.max(STALE_MIN_ROWS, STALE_FRACTION * state.analysed)) return;
  state.analysed = await analyseSearch(exec);
  state.indexed = 0;
}

/**
 * The dialect's steps for the given core versions: after every one of them, its own additions if
 * any, then the SQLite-like column types for whatever columns that version created. Generic on
 * purpose: a new core migration (a new table with `real` or text columns) is covered without
 * listing it here.
 */
export function postgresMigrations(coreVersions: readonly number[]): Migration[] {
  return [...new Set(coreVersions)].sort((a, b) => a - b).map((version) => {
    const own = OWN_STEPS.filter((m) => m.version === version);
    return {
      version,
      name: [...own.map((m) => m.name), 'SQLite-like column types'].join('; '),
      async up(exec) {
        for (const m of own) await m.up(exec);
        await sqliteLikeColumns(exec);
      },
    };
  });
}
