// Copies a SQLite store into an empty PostgreSQL store of the same schema version, row for row with
// the same ids, re-indexes every document for PostgreSQL's search, and checks the copy before it
// commits: every table's row count, and a sample of documents, facts, observations, reviews and
// audit rows compared column by column. One transaction: a copy that fails or differs leaves the
// target as empty as it was.
import { existsSync } from 'node:fs';
import { sql } from 'kysely';
import type { Caption } from '../../records.ts';
import type { IndexedDocument } from '../dialect.ts';
import { exactKey, foldedKey } from '../search-text.ts';
import type { SqlExecutor, StoreDialect } from '../dialect.ts';
import { openSqlite } from '../sqlite/open.ts';
import { sqliteDialect } from '../sqlite/search-dialect.ts';
import { createStore } from '../store.ts';
import { openPostgres } from './open.ts';
import { postgresDialect } from './search-dialect.ts';

/** SQLite's own tables and its search index (contentless FTS5, rebuilt from documents instead). */
const NOT_COPIED = /^(sqlite_|schema_migrations$|(documents|titles)_(exact|folded)($|_))/;

/** Rows compared column by column after the copy, per table, spread evenly over the table. */
const SAMPLED: Record<string, string> = {
  documents: 'id',
  mentions: 'id',
  document_facts: 'document_id',
  entities: 'id',
  observations: 'id',
  reviews: 'id',
  audit_log: 'id',
  tasks: 'id',
};

export interface CopyReport {
  tables: { table: string; rows: number }[];
  /** Rows compared column by column, per table. */
  sampled: { table: string; rows: number }[];
  documentsIndexed: number;
}

export class CopyRefusedError extends Error {}

type Row = Record<string, unknown>;

/** The text of a stored document as the search index receives it (as documents.ts keys it on save). */
export function indexedFromRow(row: Row): IndexedDocument {
  const body = (JSON.parse(String(row.body)) as string[]).join('\n');
  const captions = (JSON.parse(String(row.captions)) as Caption[]).map((c) => c.text).join('\n');
  const fields = (key: (text: string) => string) => ({
    title: key((row.title as string | null) ?? ''),
    lede: key((row.lede as string | null) ?? ''),
    body: key(body),
    captions: key(captions),
  });
  return {
    exact: fields(exactKey),
    folded: fields(foldedKey),
    kind: row.kind as IndexedDocument['kind'],
    site: row.site as string | null,
    published: row.published as string | null,
  };
}

async function count(exec: SqlExecutor, table: string): Promise<number> {
  const row = await exec.first(sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.compile(exec.db));
  return Number(row?.n ?? 0);
}

async function version(exec: SqlExecutor): Promise<number> {
  const row = await exec.first(sql<{ v: number | null }>`SELECT max(version) AS v FROM schema_migrations`.compile(exec.db));
  return Number(row?.v ?? 0);
}

/** Which table references which (child → parent), as the target's schema declares it. */
async function foreignKeys(target: SqlExecutor): Promise<{ child: string; parent: string }[]> {
  return target.all(
    sql<{ child: string; parent: string }>`SELECT DISTINCT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
      FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE c.contype = 'f' AND n.nspname = current_schema()`.compile(target.db),
  );
}

/**
 * The tables in an order where every table comes after the tables it references (ties by name), so
 * that each row's parents are in before it: generic, so a later migration's tables need no list.
 * A table referencing itself (documents.parent_id) is linked after the copy instead.
 */
export function parentsFirst(tables: readonly string[], references: readonly { child: string; parent: string }[]): string[] {
  const pending = new Set(tables);
  const ordered: string[] = [];
  while (pending.size > 0) {
    const ready = [...pending]
      .filter((t) => !references.some((r) => r.child === t && r.parent !== t && pending.has(r.parent)))
      .sort();
    if (ready.length === 0) throw new CopyRefusedError(`tables reference each other in a cycle: ${[...pending].join(', ')}`);
    for (const t of ready) {
      ordered.push(t);
      pending.delete(t);
    }
  }
  return ordered;
}

/** Rows per INSERT: PostgreSQL takes at most 65535 parameters in one statement. */
const batchOf = (columns: number): number => Math.max(1, Math.min(1000, Math.floor(60_000 / Math.max(1, columns))));

/** Stable text of a row for comparison: keys sorted, numbers as numbers. */
const canonical = (row: Row | undefined): string =>
  row === undefined ? 'missing' : JSON.stringify(Object.keys(row).sort().map((k) => [k, row[k]]));

export async function copyFromSqlite(source: SqlExecutor, target: SqlExecutor, dialect: StoreDialect, options: { sample?: number } = {}): Promise<CopyReport> {
  const sample = options.sample ?? 50;
  const [from, to] = [await version(source), await version(target)];
  if (from !== to) throw new CopyRefusedError(`schema versions differ: source ${from}, target ${to}; open both with this version of radar57 first`);
  const tables = (await source.all(sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`.compile(source.db)))
    .map((r) => r.name)
    .filter((name) => !NOT_COPIED.test(name));
  const targetTables = new Set(
    (await target.all(
      sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`.compile(target.db),
    )).map((r) => r.name),
  );
  const unknown = tables.filter((t) => !targetTables.has(t));
  if (unknown.length > 0) throw new CopyRefusedError(`tables the target store does not have: ${unknown.join(', ')}`);
  for (const table of tables) {
    if ((await count(target, table)) > 0) throw new CopyRefusedError(`the target store is not empty (${table} has rows); copy into a new database`);
  }
  const ordered = parentsFirst(tables, await foreignKeys(target));

  return target.transaction(async () => {
    const report: CopyReport = { tables: [], sampled: [], documentsIndexed: 0 };
    for (const table of ordered) {
      let rows = 0;
      let last = 0;
      // Keyset pages over SQLite's rowid: constant memory whatever the table's size.
      for (;;) {
        const page = await source.all(
          sql<Row & { __rowid: number }>`SELECT rowid AS __rowid, * FROM ${sql.table(table)} WHERE rowid > ${last} ORDER BY rowid LIMIT 2000`.compile(source.db),
        );
        if (page.length === 0) break;
        last = page[page.length - 1]!.__rowid;
        const values = page.map(({ __rowid, ...row }) => row);
        for (let i = 0; i < values.length; i += batchOf(Object.keys(values[0]!).length)) {
          const batch = values.slice(i, i + batchOf(Object.keys(values[0]!).length));
          // A teaser may be stored before its parent: parents are linked once all documents are in.
          const rowsIn = table === 'documents' ? batch.map((r) => ({ ...r, parent_id: null })) : batch;
          await target.run(target.db.insertInto(table as never).values(rowsIn as never));
          if (table === 'documents') {
            for (const row of batch) await dialect.indexDocument(target, Number(row.id), indexedFromRow(row), false);
            report.documentsIndexed += batch.length;
          }
        }
        rows += page.length;
      }
      report.tables.push({ table, rows });
    }
    const links = await source.all(
      sql<{ id: number; parent_id: number }>`SELECT id, parent_id FROM documents WHERE parent_id IS NOT NULL ORDER BY id`.compile(source.db),
    );
    if (links.length > 0) {
      await target.run(
        sql`UPDATE documents d SET parent_id = p.parent_id
          FROM unnest(${links.map((l) => l.id)}::int[], ${links.map((l) => l.parent_id)}::int[]) AS p(id, parent_id)
          WHERE d.id = p.id`.compile(target.db),
      );
    }
    await restartIdentities(target);
    await verify(source, target, ordered, report, sample);
    return report;
  });
}

/** Identity columns continue after the copied ids, so new rows never collide with copied ones. */
async function restartIdentities(target: SqlExecutor): Promise<void> {
  const columns = await target.all(
    sql<{ table_name: string; column_name: string }>`SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND is_identity = 'YES'`.compile(target.db),
  );
  for (const c of columns) {
    const row = await target.first(sql<{ m: number | null }>`SELECT max(${sql.ref(c.column_name)}) AS m FROM ${sql.table(c.table_name)}`.compile(target.db));
    const next = Number(row?.m ?? 0) + 1;
    await target.run(sql`ALTER TABLE ${sql.table(c.table_name)} ALTER COLUMN ${sql.ref(c.column_name)} RESTART WITH ${sql.lit(next)}`.compile(target.db));
  }
}

async function verify(source: SqlExecutor, target: SqlExecutor, tables: readonly string[], report: CopyReport, sample: number): Promise<void> {
  const problems: string[] = [];
  for (const table of tables) {
    const [a, b] = [await count(source, table), await count(target, table)];
    if (a !== b) problems.push(`${table}: ${a} rows in the source, ${b} copied`);
  }
  const indexed = await count(target, 'document_search');
  const documents = await count(source, 'documents');
  if (indexed !== documents) problems.push(`search index: ${indexed} of ${documents} documents`);
  for (const [table, key] of Object.entries(SAMPLED)) {
    if (!tables.includes(table)) continue;
    const n = await count(source, table);
    if (n === 0) continue;
    const step = Math.max(1, Math.floor(n / sample));
    const rows = await source.all(
      sql<Row>`SELECT * FROM (SELECT *, row_number() OVER (ORDER BY ${sql.ref(key)}) AS __n FROM ${sql.table(table)}) s
        WHERE (__n - 1) % ${step} = 0 OR __n = ${n}`.compile(source.db),
    );
    const keys = rows.map((r) => r[key]);
    const copied = await target.all(sql<Row>`SELECT * FROM ${sql.table(table)} WHERE ${sql.ref(key)} IN (${sql.join(keys)})`.compile(target.db));
    const byKey = new Map(copied.map((r) => [r[key], r]));
    for (const { __n, ...row } of rows) {
      if (canonical(row) !== canonical(byKey.get(row[key]))) problems.push(`${table} ${key} ${String(row[key])} differs after the copy`);
    }
    report.sampled.push({ table, rows: rows.length });
  }
  if (problems.length > 0) throw new Error(`the copy differs from its source, nothing was kept:\n${problems.slice(0, 20).join('\n')}`);
}

/**
 * Copies the SQLite store file at `path` into the PostgreSQL database at `location` (which must
 * exist and hold no store rows yet). Both are brought to this program's schema version first, as
 * opening them with any command would. The file is only read.
 */
export async function copySqliteFileToPostgres(path: string, location: string, options: { sample?: number } = {}): Promise<CopyReport> {
  if (!existsSync(path)) throw new CopyRefusedError(`no SQLite store at ${path}`);
  const source = openSqlite(path);
  try {
    await createStore(source, sqliteDialect);
    const target = await openPostgres(location);
    try {
      await createStore(target, postgresDialect);
      return await copyFromSqlite(source, target, postgresDialect, options);
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}
