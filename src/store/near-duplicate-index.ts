// Near-duplicate clusters kept up to date as documents are saved (the same story syndicated or
// lightly edited under several sites). Each saved document's MinHash signature and LSH band
// buckets are stored; a new or changed document is compared only with the documents sharing a
// bucket, and joins the cluster of the earliest similar document. A cluster is named by its
// representative: its earliest published document (then the lowest id), which search shows.
// Only heads keep bucket rows: representatives and documents in no cluster. A candidate is judged
// by its cluster's representative anyway, so members' rows only made every save of a story
// copied 10,000 times read 10,000 rows per band (issue 10, item 8); a member regains its rows
// when it heads again (its cluster dissolved, or it became the representative).
import type { StructuredDocument } from '../records.ts';
import type { SqlExecutor } from './dialect.ts';
import { minhashFromBytes, minhashToBytes } from './minhash-bytes.ts';
import {
  DEFAULT_NUM_HASHES,
  DEFAULT_THRESHOLD,
  bandKey,
  chooseBanding,
  documentSignature,
  earlierThan,
  estimateJaccard,
  placeDocument,
  planCluster,
  type ClusterMember,
} from '../link/near-duplicates.ts';

export { MIN_SHINGLES } from '../link/near-duplicates.ts';

async function loadSignature(exec: SqlExecutor, id: number): Promise<Uint32Array | null> {
  const row = await exec.first(exec.db.selectFrom('document_minhashes').select('minhash').where('document_id', '=', id));
  return row ? minhashFromBytes(row.minhash) : null;
}

/** Ids per statement when loading members: far below either database's parameter limit. */
const IDS_PER_QUERY = 500;

/**
 * The signatures of documents, a query per 500 ids rather than one per document: a new document can
 * share a bucket with dozens of others in a large collection (at 200,000 documents of the bench
 * corpus, 16 candidates a document, and more as it grows). Signatures alone: most candidates are
 * not similar enough, and reading each one's date from its document row cost a page of the largest
 * table per candidate. Documents without a signature are left out.
 */
async function loadSignatures(exec: SqlExecutor, ids: readonly number[]): Promise<Map<number, Uint32Array>> {
  const sigs = new Map<number, Uint32Array>();
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const rows = await exec.all(
      exec.db.selectFrom('document_minhashes').select(['document_id', 'minhash']).where('document_id', 'in', ids.slice(i, i + IDS_PER_QUERY)),
    );
    for (const r of rows) sigs.set(r.document_id, minhashFromBytes(r.minhash));
  }
  return sigs;
}

/** The publication dates of documents (for the earliest-first order of a cluster). */
async function loadPublished(exec: SqlExecutor, ids: readonly number[]): Promise<Map<number, string | null>> {
  const published = new Map<number, string | null>();
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const rows = await exec.all(exec.db.selectFrom('documents').select(['id', 'published']).where('id', 'in', ids.slice(i, i + IDS_PER_QUERY)));
    for (const r of rows) published.set(r.id, r.published);
  }
  return published;
}

/** Signatures and dates together: the members of a cluster being rewritten. */
async function loadMembers(exec: SqlExecutor, ids: readonly number[]): Promise<Map<number, ClusterMember>> {
  const sigs = await loadSignatures(exec, ids);
  const published = await loadPublished(exec, ids);
  const members = new Map<number, ClusterMember>();
  for (const [id, sig] of sigs) members.set(id, { id, published: published.get(id) ?? null, sig });
  return members;
}

/** The bucket keys of a signature; the banding is part of the key (after a threshold change, old buckets never match). */
function bucketKeys(sig: Uint32Array, threshold: number): string[] {
  const { bands, rows } = chooseBanding(DEFAULT_NUM_HASHES, threshold);
  return Array.from({ length: bands }, (_, band) => `${rows}r${band}:${bandKey(sig, band, rows)}`);
}

/**
 * Gives a document its bucket rows (it heads: a representative or in no cluster) or takes them away
 * (a member). `fresh`: the document has no rows yet, so there is nothing to delete first; `keys`:
 * its bucket keys, when the caller has them.
 */
async function setBuckets(exec: SqlExecutor, id: number, sig: Uint32Array, heads: boolean, threshold: number, known: { fresh?: boolean; keys?: string[] } = {}): Promise<void> {
  if (!known.fresh) await exec.run(exec.db.deleteFrom('lsh_buckets').where('document_id', '=', id));
  const keys = known.keys ?? bucketKeys(sig, threshold);
  if (heads) await exec.run(exec.db.insertInto('lsh_buckets').values(keys.map((bucket) => ({ bucket, document_id: id }))));
}

async function clusterOf(exec: SqlExecutor, id: number): Promise<number | null> {
  return (await exec.first(exec.db.selectFrom('document_clusters').select('cluster_id').where('document_id', '=', id)))?.cluster_id ?? null;
}

/**
 * Rewrites a cluster's rows as planCluster (link/near-duplicates.ts) groups `members`: around the
 * earliest, with those similar enough to it; the others (possible when an earlier document takes
 * over as representative) regroup among themselves.
 */
async function writeCluster(exec: SqlExecutor, members: ClusterMember[], threshold: number): Promise<void> {
  const { representative: rep, kept, dropped } = planCluster(members, threshold);
  for (const m of members) await exec.run(exec.db.deleteFrom('document_clusters').where('document_id', '=', m.id));
  if (kept.length >= 2) {
    for (const { member, similarity } of kept) {
      await exec.run(exec.db.insertInto('document_clusters').values({ document_id: member.id, cluster_id: rep.id, similarity }));
    }
  }
  for (const { member } of kept) await setBuckets(exec, member.id, member.sig, member === rep || kept.length < 2, threshold);
  if (dropped.length >= 2) await writeCluster(exec, dropped, threshold);
  else for (const m of dropped) await setBuckets(exec, m.id, m.sig, true, threshold);
}

async function membersOf(exec: SqlExecutor, clusterId: number): Promise<ClusterMember[]> {
  const ids = (await exec.all(exec.db.selectFrom('document_clusters').select('document_id').where('cluster_id', '=', clusterId))).map((r) => r.document_id);
  const loaded = await loadMembers(exec, ids);
  return ids.flatMap((id) => loaded.get(id) ?? []);
}

/**
 * Takes `id` out of its cluster; a cluster left with one document is dissolved. Only when `id` was
 * the representative is the rest regrouped (around the next earliest), so the cost stays with
 * representative changes, not with every member's save.
 */
async function leaveCluster(exec: SqlExecutor, id: number, threshold: number): Promise<void> {
  const clusterId = await clusterOf(exec, id);
  if (clusterId === null) return;
  await exec.run(exec.db.deleteFrom('document_clusters').where('document_id', '=', id));
  const left = await exec.first(exec.db.selectFrom('document_clusters').select((eb) => eb.fn.countAll<number>().as('n')).where('cluster_id', '=', clusterId));
  if (Number(left?.n ?? 0) < 2) {
    // The one document left stands alone again, and heads.
    for (const { document_id: other } of await exec.all(exec.db.selectFrom('document_clusters').select('document_id').where('cluster_id', '=', clusterId))) {
      const sig = await loadSignature(exec, other);
      if (sig) await setBuckets(exec, other, sig, true, threshold);
    }
    await exec.run(exec.db.deleteFrom('document_clusters').where('cluster_id', '=', clusterId));
    return;
  }
  if (clusterId === id) await writeCluster(exec, await membersOf(exec, clusterId), threshold);
}

export interface NearDuplicateUpdate {
  /** Threshold of similarity (default DEFAULT_THRESHOLD). */
  threshold?: number;
  /** documentSignature(doc), when the caller computed it already (undefined: computed here). */
  signature?: Uint32Array | null;
  /** The document was inserted in this transaction: it has no cluster, buckets or signature to clear. */
  fresh?: boolean;
}

/**
 * Stores the signature of a new or changed document and places it in the right cluster.
 * Runs inside the caller's transaction. Each candidate cluster is judged once, by its
 * representative, so a story syndicated hundreds of times costs the same per save as a lone one.
 */
export async function updateNearDuplicates(exec: SqlExecutor, id: number, doc: StructuredDocument, options: NearDuplicateUpdate = {}): Promise<void> {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (!options.fresh) {
    await leaveCluster(exec, id, threshold);
    await exec.run(exec.db.deleteFrom('lsh_buckets').where('document_id', '=', id));
    await exec.run(exec.db.deleteFrom('document_minhashes').where('document_id', '=', id));
  }
  const sig = options.signature === undefined ? documentSignature(doc) : options.signature;
  if (sig === null) return;
  await exec.run(exec.db.insertInto('document_minhashes').values({ document_id: id, minhash: minhashToBytes(sig) }));

  const buckets = bucketKeys(sig, threshold);
  // Candidates resolved to their clusters in the query: one row per cluster or lone document.
  // (Databases written before heads alone kept buckets still list members: they resolve the same.)
  const candidates = await exec.all(
    exec.db
      .selectFrom('lsh_buckets as b')
      .leftJoin('document_clusters as c', 'c.document_id', 'b.document_id')
      .select(['b.document_id as document', 'c.cluster_id as cluster'])
      .distinct()
      .where('b.bucket', 'in', buckets)
      .where('b.document_id', '!=', id),
  );

  // The earliest representative (of a cluster, or a lone document) this one is similar enough to.
  const clusterOfRep = new Map<number, number | null>();
  for (const { document, cluster } of candidates) {
    const clusterId = cluster ?? null;
    const repId = clusterId ?? document;
    if (!clusterOfRep.has(repId)) clusterOfRep.set(repId, clusterId);
  }
  // Similarity first, from the signatures alone; dates only for the few similar enough.
  const repSigs = await loadSignatures(exec, [...clusterOfRep.keys()]);
  const similar = [...repSigs].filter(([, repSig]) => estimateJaccard(sig, repSig) >= threshold);
  const published = await loadPublished(exec, similar.map(([repId]) => repId));
  let best: { rep: ClusterMember; clusterId: number | null } | null = null;
  for (const [repId, repSig] of similar) {
    if (!published.has(repId)) continue;
    const rep: ClusterMember = { id: repId, published: published.get(repId) ?? null, sig: repSig };
    if (best === null || earlierThan(rep, best.rep)) best = { rep, clusterId: clusterOfRep.get(repId) ?? null };
  }
  if (best === null) {
    // Alone. A fresh document's buckets were not cleared above, and none were written since.
    await setBuckets(exec, id, sig, true, threshold, { fresh: options.fresh === true, keys: buckets });
    return;
  }
  const self: ClusterMember = { id, published: doc.published, sig };
  if (placeDocument(self, best) === 'member') {
    // Joining as a member: one row, no buckets, the cluster is otherwise unchanged.
    await exec.run(exec.db.insertInto('document_clusters').values({ document_id: id, cluster_id: best.rep.id, similarity: estimateJaccard(best.rep.sig, sig) }));
    return;
  }
  const members = best.clusterId === null ? [best.rep] : await membersOf(exec, best.clusterId);
  await writeCluster(exec, [...members, self], threshold);
}

export interface NearDuplicateClusterRow {
  representativeId: number;
  /** The representative first, then the others by decreasing similarity. */
  documentIds: number[];
}

export async function listClusters(exec: SqlExecutor): Promise<NearDuplicateClusterRow[]> {
  const rows = await exec.all(
    exec.db.selectFrom('document_clusters').select(['document_id', 'cluster_id', 'similarity']).orderBy('cluster_id').orderBy('similarity', 'desc').orderBy('document_id'),
  );
  const byCluster = new Map<number, number[]>();
  for (const r of rows) byCluster.set(r.cluster_id, [...(byCluster.get(r.cluster_id) ?? []), r.document_id]);
  return [...byCluster].map(([representativeId, documentIds]) => ({ representativeId, documentIds }));
}
