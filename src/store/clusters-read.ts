// Near-duplicate clusters as search reads them. document_clusters (filled by the link stage) has a
// row for every clustered document, the representative included (cluster_id = its own id);
// unclustered documents have none.
import type { SqlExecutor } from './dialect.ts';

/** For each of `ids` that belongs to a cluster: how many other documents its cluster holds. */
export async function similarCounts(exec: SqlExecutor, ids: readonly number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const rows = await exec.all(
    exec.db
      .selectFrom('document_clusters as own')
      .innerJoin('document_clusters as member', 'member.cluster_id', 'own.cluster_id')
      .select((eb) => ['own.document_id as id', eb.fn.countAll<number>().as('size')])
      .where('own.document_id', 'in', ids)
      .groupBy('own.document_id'),
  );
  return new Map(rows.map((r) => [r.id, Math.max(0, Number(r.size) - 1)]));
}

/** The other documents of the document's near-duplicate cluster, with their similarity to its representative. */
export async function similarDocuments(exec: SqlExecutor, id: number): Promise<{ id: number; title: string | null; similarity: number }[]> {
  return exec.all(
    exec.db
      .selectFrom('document_clusters as own')
      .innerJoin('document_clusters as member', 'member.cluster_id', 'own.cluster_id')
      .innerJoin('documents as d', 'd.id', 'member.document_id')
      .select(['d.id', 'd.title', 'member.similarity'])
      .where('own.document_id', '=', id)
      .where('member.document_id', '!=', id)
      .orderBy('member.similarity', 'desc'),
  );
}

/** A short label for documents without a title (briefs): their lede or first paragraph, cut. */
export async function documentLabels(exec: SqlExecutor, ids: readonly number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await exec.all(exec.db.selectFrom('documents').select(['id', 'title', 'lede', 'body']).where('id', 'in', ids.slice(i, i + 500)));
    for (const r of rows) {
      const text = r.title ?? r.lede ?? (JSON.parse(r.body) as string[])[0] ?? '';
      out.set(r.id, text.length > 140 ? `${text.slice(0, 139).replace(/\s+\S*$/u, '')}…` : text);
    }
  }
  return out;
}
