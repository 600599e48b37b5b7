// What attention over time counts: every document's date and source group (the group of a live
// source the document was fetched from, when that source has one), and a search's matching ids.
import { sql } from 'kysely';
import type { SqlExecutor } from '../dialect.ts';

export interface DatedDocument {
  id: number;
  published: string | null;
  group: string | null;
}

export async function datedDocuments(exec: SqlExecutor): Promise<DatedDocument[]> {
  return exec.all(
    sql<DatedDocument>`SELECT d.id AS id, d.published AS published,
      (SELECT s.source_group FROM document_urls u
         JOIN crawl_urls c ON c.url = u.url
         JOIN sources s ON s.id = c.source_id
        WHERE u.document_id = d.id AND s.source_group IS NOT NULL
        ORDER BY s.id LIMIT 1) AS "group"
      FROM documents d`.compile(exec.db),
  );
}

/** Sets (or clears, with null) a source's group; by id or URL. False when there is no such source. */
export async function setSourceGroup(exec: SqlExecutor, key: number | string, group: string | null): Promise<boolean> {
  const q = exec.db.updateTable('sources').set({ source_group: group });
  return (await exec.run(typeof key === 'number' ? q.where('id', '=', key) : q.where('url', '=', key))).changes > 0;
}

/** The highest document id stored (0 when none): the watermark alerts move to. */
export async function lastDocumentId(exec: SqlExecutor): Promise<number> {
  const row = await exec.first(exec.db.selectFrom('documents').select((eb) => eb.fn.max('id').as('id')));
  return Number(row?.id ?? 0);
}
