// Summary figures for `radar57 stats` and health checks.
import type { DocumentKind } from '../records.ts';
import type { SqlExecutor, StoreDialect } from './dialect.ts';
import { countDocuments } from './documents.ts';
import type { StoreStats } from './types.ts';

export async function stats(exec: SqlExecutor, dialect: StoreDialect): Promise<StoreStats> {
  const { db } = exec;
  const byKind: StoreStats['byKind'] = {};
  const kinds = await exec.all(
    db.selectFrom('documents').select(['kind', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('kind'),
  );
  for (const r of kinds) byKind[r.kind as DocumentKind] = Number(r.n);
  const bySite = (await exec
    .all(
      db
        .selectFrom('documents')
        .select(['site', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy('site')
        .orderBy('n', 'desc')
        // Documents without a site (null) first on both backends: SQLite sorts NULL first, PostgreSQL last.
        .orderBy('site', (ob) => ob.asc().nullsFirst()),
    ))
    .map((r) => ({ site: r.site, count: Number(r.n) }));
  // Separate queries: SQLite answers a lone min() or max() from the index, both together by a scan.
  const earliest = (await exec.first(db.selectFrom('documents').select((eb) => eb.fn.min('published').as('v'))))?.v ?? null;
  const latest = (await exec.first(db.selectFrom('documents').select((eb) => eb.fn.max('published').as('v'))))?.v ?? null;
  const count = async (table: 'ingest_files' | 'mentions') =>
    Number((await exec.first(db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'))))?.n ?? 0);
  return {
    documents: await countDocuments(exec),
    byKind,
    bySite,
    published: { earliest, latest },
    ingestFiles: await count('ingest_files'),
    mentions: await count('mentions'),
    databaseBytes: await dialect.databaseSize(exec),
  };
}
