// Near-duplicate detection for de-duplicating syndicated news: the same story republished by
// several sites with a changed headline, a trimmed paragraph or a few edited words.
//
// Method: MinHash signatures over word shingles, LSH banding to find candidate pairs without
// comparing every pair, then a check of the candidates' estimated Jaccard similarity.
//
// Shingles: the text is folded (foldForSearch: lower case, no diacritics, đ → d) so that tone-mark
// placement and typing differences do not matter, split into words, and cut into overlapping
// 4-word shingles. A Vietnamese "word" between spaces is a syllable and most lexical words have
// two, so 4 syllables span about 2 words. The size trades robustness to edits against noise:
// each edited word breaks up to `size` shingles, so on a 150-syllable story with four small edits
// the true similarity was 0.870 / 0.825 / 0.788 for 3- / 4- / 5-syllable shingles (measured), and
// 5 would miss the 0.8 threshold for short syndicated items (ledes, briefs), which this corpus is
// full of; 3 syllables are dominated by set phrases that every Resolution 57 article repeats
// ("đổi mới sáng tạo", "chuyển đổi số"), making different stories on one theme look alike.

// Everything is deterministic: hash functions come from a fixed seed, never Math.random.
import type { StructuredDocument } from '../records.ts';
import { foldForSearch } from '../text/fold.ts';

export const DEFAULT_SHINGLE_SIZE = 4;
/**
 * Signature length. The estimate's standard error is √(J(1−J)/n): 0.031 at n = 256, so an
 * estimate is off by more than 0.15 about once in a million comparisons (at 128 it was about
 * once in two thousand, measured).
 */
export const DEFAULT_NUM_HASHES = 256;
export const DEFAULT_THRESHOLD = 0.8;
/** Seed of the hash family; changing it changes every signature. */
export const DEFAULT_SEED = 0x5739_2024;

export interface SignatureOptions {
  shingleSize?: number;
  numHashes?: number;
  seed?: number;
}

export interface NearDuplicateOptions extends SignatureOptions {
  /** Minimum estimated Jaccard similarity to the cluster's representative. */
  threshold?: number;
  /** LSH banding; both must be given to override the choice made for the threshold. */
  bands?: number;
  rows?: number;
  /** Also return one-member clusters, so that every item has a representative. */
  includeSingletons?: boolean;
}

export interface NearDuplicateItem<Id extends string | number = string | number> {
  id: Id;
  /** Title, lede and body joined (see documentText). */
  text: string;
  /** ISO-8601; decides the representative (earliest first). */
  published?: string | null;
}

export interface NearDuplicateCluster<Id extends string | number = string | number> {
  /** Earliest published member; among equals (or undated), the lowest id. */
  representative: Id;
  /** All members, the representative first, then in representative order. */
  ids: Id[];
  /** Estimated Jaccard similarity of each member in `ids` to the representative (1 for itself). */
  similarities: number[];
  /** The lowest of `similarities`: every member is at least this similar to the representative. */
  similarity: number;
}

/** The text of a structured document that near-duplicate detection compares. */
export function documentText(doc: Pick<StructuredDocument, 'title' | 'lede' | 'body'>): string {
  return [doc.title, doc.lede, ...doc.body].filter((part): part is string => Boolean(part)).join('\n');
}

/** The words shingles are made of: folded, letters and digits only. */
function foldedWords(text: string): string[] {
  return foldForSearch(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The set of folded word shingles of `text`. A text shorter than one shingle is one shingle. */
export function shingles(text: string, size: number = DEFAULT_SHINGLE_SIZE): Set<string> {
  const words = foldedWords(text);
  const out = new Set<string>();
  if (words.length === 0) return out;
  if (words.length <= size) {
    out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(' '));
  return out;
}

/** FNV-1a over UTF-16 code units: a stable 32-bit key for a shingle. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: a bijection on 32-bit integers that mixes every bit into every bit. */
function fmix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Per-permutation salts from a seeded SplitMix32-style sequence. */
function salts(count: number, seed: number): Uint32Array {
  const out = new Uint32Array(count);
  let state = seed >>> 0;
  for (let i = 0; i < count; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    out[i] = fmix32(state);
  }
  return out;
}

const saltCache = new Map<string, Uint32Array>();

function cachedSalts(count: number, seed: number): Uint32Array {
  const key = `${count}:${seed}`;
  let value = saltCache.get(key);
  if (!value) {
    value = salts(count, seed);
    saltCache.set(key, value);
  }
  return value;
}

/** MinHash signature of a set of shingles (signatureOfKeys of their FNV-1a keys). */
export function signatureOfShingles(set: Iterable<string>, options: SignatureOptions = {}): Uint32Array {
  return signatureOfKeys(Uint32Array.from(new Set(Array.from(set, fnv1a))), options);
}

/** MinHash signature of a text's shingles. */
export function signature(text: string, options: SignatureOptions = {}): Uint32Array {
  return signatureOfKeys(shingleKeys(text, options.shingleSize), options);
}

/**
 * The distinct FNV-1a keys of a text's shingles: the same numbers as hashing each member of
 * `shingles(text, size)`, computed over the words in place, without building the joined strings
 * or a set of them (they were a third of the signature's time). Two shingles whose keys collide
 * were already one input to the signature, so it is unchanged.
 */
export function shingleKeys(text: string, size: number = DEFAULT_SHINGLE_SIZE): Uint32Array {
  const words = foldedWords(text);
  if (words.length === 0) return new Uint32Array(0);
  const windows = words.length <= size ? 1 : words.length - size + 1;
  const width = Math.min(size, words.length);
  const keys = new Uint32Array(windows);
  for (let i = 0; i < windows; i++) {
    let h = 0x811c9dc5;
    for (let w = i; w < i + width; w++) {
      if (w > i) h = Math.imul(h ^ 0x20, 0x01000193); // the space that joined the words
      const word = words[w] as string;
      for (let c = 0; c < word.length; c++) h = Math.imul(h ^ word.charCodeAt(c), 0x01000193);
    }
    keys[i] = h >>> 0;
  }
  keys.sort();
  let distinct = 0;
  for (let i = 0; i < keys.length; i++) if (i === 0 || keys[i] !== keys[i - 1]) keys[distinct++] = keys[i] as number;
  return keys.subarray(0, distinct);
}

/**
 * MinHash signature of distinct shingle keys: for each of `numHashes` hash functions
 * (h_i(x) = fmix32(x XOR salt_i), each a permutation of the 32-bit keys), the minimum over the
 * keys; no keys give all 0xFFFFFFFF. Computed hash function by hash function, so each minimum
 * stays in a local variable (about three times faster than key by key).
 */
export function signatureOfKeys(keys: Uint32Array, options: SignatureOptions = {}): Uint32Array {
  const numHashes = options.numHashes ?? DEFAULT_NUM_HASHES;
  const salt = cachedSalts(numHashes, options.seed ?? DEFAULT_SEED);
  const sig = new Uint32Array(numHashes);
  for (let i = 0; i < numHashes; i++) {
    const s = salt[i] as number;
    let min = 0xffffffff;
    for (let k = 0; k < keys.length; k++) {
      // fmix32(key ^ salt), written out: a call per key and hash function was most of the cost.
      let x = ((keys[k] as number) ^ s) >>> 0;
      x ^= x >>> 16;
      x = Math.imul(x, 0x85ebca6b);
      x ^= x >>> 13;
      x = Math.imul(x, 0xc2b2ae35);
      x = (x ^ (x >>> 16)) >>> 0;
      if (x < min) min = x;
    }
    sig[i] = min;
  }
  return sig;
}

/** Fewer distinct shingles than this is too little text to call two documents the same story. */
export const MIN_SHINGLES = 8;

/**
 * The signature the store keeps for a document, or null when its text is too short to compare.
 * Computed where the document is read (an extraction thread during ingest), so the thread that
 * writes to the store does not pay for it.
 */
export function documentSignature(doc: Pick<StructuredDocument, 'title' | 'lede' | 'body'>): Uint32Array | null {
  const keys = shingleKeys(documentText(doc));
  return keys.length < MIN_SHINGLES ? null : signatureOfKeys(keys);
}

/** A document as the clustering decisions see it: its id, date and signature. */
export interface ClusterMember {
  id: number;
  published: string | null;
  sig: Uint32Array;
}

/**
 * Whether `a` comes before `b` as a cluster's representative: the earliest published first, then
 * the lowest id (undated documents last).
 */
export function earlierThan(a: Pick<ClusterMember, 'id' | 'published'>, b: Pick<ClusterMember, 'id' | 'published'>): boolean {
  const ta = publishedTime(a.published);
  const tb = publishedTime(b.published);
  return ta < tb || (ta === tb && a.id < b.id);
}

/** How a group of documents forms a cluster: around its earliest, with those similar enough to it. */
export interface ClusterPlan {
  representative: ClusterMember;
  /** The representative first (similarity 1), then the members kept, in representative order. */
  kept: { member: ClusterMember; similarity: number }[];
  /** Not similar enough to the representative: they regroup among themselves. */
  dropped: ClusterMember[];
}

export function planCluster(members: readonly ClusterMember[], threshold: number): ClusterPlan {
  const sorted = [...members].sort((a, b) => (earlierThan(a, b) ? -1 : earlierThan(b, a) ? 1 : 0));
  const representative = sorted[0]!;
  const kept: ClusterPlan['kept'] = [];
  const dropped: ClusterMember[] = [];
  for (const m of sorted) {
    const similarity = m === representative ? 1 : estimateJaccard(representative.sig, m.sig);
    if (m === representative || similarity >= threshold) kept.push({ member: m, similarity });
    else dropped.push(m);
  }
  return { representative, kept, dropped };
}

/**
 * Where a new or changed document goes, given the earliest representative it is similar enough to
 * (`best`, with that representative's cluster or null for a lone document): alone (no such
 * representative), a member of the existing cluster (it is not earlier than its representative:
 * nothing else changes), or a regrouping of that cluster (or pair) around the earliest.
 */
export function placeDocument(self: Pick<ClusterMember, 'id' | 'published'>, best: { rep: ClusterMember; clusterId: number | null } | null): 'alone' | 'member' | 'regroup' {
  if (best === null) return 'alone';
  return best.clusterId !== null && !earlierThan(self, best.rep) ? 'member' : 'regroup';
}

/** Share of positions where two signatures agree: an unbiased estimate of Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0) {
    throw new RangeError(`signatures must have the same non-zero length (got ${a.length} and ${b.length})`);
  }
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Probability that a pair with Jaccard similarity `s` shares at least one LSH band. */
export function candidateProbability(s: number, bands: number, rows: number): number {
  return 1 - Math.pow(1 - Math.pow(s, rows), bands);
}

/** Recall wanted at the threshold: candidates are verified afterwards, so missing pairs is the costly error. */
const RECALL_AT_THRESHOLD = 0.98;

/**
 * Bands × rows for `numHashes` hashes: the most rows per band (fewest spurious candidates) that
 * still makes a pair at exactly `threshold` a candidate with probability ≥ 0.98.
 * For 256 hashes and 0.8 this is 28 bands of 9 rows (P ≈ 0.982 at 0.8, ≈ 0.05 at 0.5).
 */
export function chooseBanding(numHashes: number, threshold: number): { bands: number; rows: number } {
  const key = `${numHashes}:${threshold}`;
  let banding = bandings.get(key);
  if (!banding) {
    banding = computeBanding(numHashes, threshold);
    bandings.set(key, banding);
  }
  return { ...banding };
}

/** chooseBanding's answers: the store asks for every document saved, and each costs 256 powers. */
const bandings = new Map<string, { bands: number; rows: number }>();

function computeBanding(numHashes: number, threshold: number): { bands: number; rows: number } {
  let best = { bands: numHashes, rows: 1 };
  for (let rows = 1; rows <= numHashes; rows++) {
    const bands = Math.floor(numHashes / rows);
    if (candidateProbability(threshold, bands, rows) >= RECALL_AT_THRESHOLD) best = { bands, rows };
  }
  return best;
}

function compareIds(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a !== typeof b) return typeof a === 'number' ? -1 : 1;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function publishedTime(published: string | null | undefined): number {
  if (!published) return Number.POSITIVE_INFINITY;
  const t = Date.parse(published);
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

/** Key of one band of a signature (collisions only add candidates, which are verified anyway). */
export function bandKey(sig: Uint32Array, band: number, rows: number): number {
  let h = 0x811c9dc5 ^ band;
  for (let i = band * rows; i < (band + 1) * rows; i++) h = fmix32(h ^ (sig[i] as number));
  return h;
}

/**
 * Groups near-duplicate items. Items are taken in representative order (earliest published, then
 * lowest id); each item not yet in a cluster starts one and collects every later unclustered item
 * whose estimated similarity to it is at least `threshold`. Clustering around a representative
 * rather than chaining pairs keeps every member close to the story that is kept.
 * Items without any words never match. Only clusters of two or more are returned unless
 * `includeSingletons` is set; clusters come in representative order.
 */
export function clusterNearDuplicates<Id extends string | number>(
  items: ReadonlyArray<NearDuplicateItem<Id>>,
  options: NearDuplicateOptions = {},
): NearDuplicateCluster<Id>[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`threshold must be in (0, 1], got ${threshold}`);
  const numHashes = options.numHashes ?? DEFAULT_NUM_HASHES;
  const banding =
    options.bands !== undefined && options.rows !== undefined
      ? { bands: options.bands, rows: options.rows }
      : chooseBanding(numHashes, threshold);
  if (banding.bands * banding.rows > numHashes || banding.bands < 1 || banding.rows < 1) {
    throw new RangeError(`${banding.bands} bands × ${banding.rows} rows do not fit ${numHashes} hashes`);
  }

  const order = items
    .map((item, index) => ({ item, index, time: publishedTime(item.published) }))
    .sort((a, b) => a.time - b.time || compareIds(a.item.id, b.item.id) || a.index - b.index);
  const sigs = order.map(({ item }) => {
    const keys = shingleKeys(item.text, options.shingleSize);
    return keys.length === 0 ? null : signatureOfKeys(keys, options);
  });

  // buckets[band]: band key → positions (in representative order) of the items sharing it.
  const buckets = Array.from({ length: banding.bands }, () => new Map<number, number[]>());
  sigs.forEach((sig, pos) => {
    if (!sig) return;
    for (let band = 0; band < banding.bands; band++) {
      const key = bandKey(sig, band, banding.rows);
      const list = buckets[band]?.get(key);
      if (list) list.push(pos);
      else buckets[band]?.set(key, [pos]);
    }
  });

  const clustered = new Array<boolean>(order.length).fill(false);
  const clusters: NearDuplicateCluster<Id>[] = [];
  for (let pos = 0; pos < order.length; pos++) {
    if (clustered[pos]) continue;
    clustered[pos] = true;
    const rep = order[pos]!.item;
    const members: Array<{ pos: number; similarity: number }> = [];
    const sig = sigs[pos];
    if (sig) {
      const candidates = new Set<number>();
      for (let band = 0; band < banding.bands; band++) {
        for (const other of buckets[band]?.get(bandKey(sig, band, banding.rows)) ?? []) {
          if (other > pos && !clustered[other]) candidates.add(other);
        }
      }
      for (const other of [...candidates].sort((a, b) => a - b)) {
        const similarity = estimateJaccard(sig, sigs[other]!);
        if (similarity >= threshold) members.push({ pos: other, similarity });
      }
    }
    if (members.length === 0 && !options.includeSingletons) continue;
    for (const m of members) clustered[m.pos] = true;
    const similarities = [1, ...members.map((m) => m.similarity)];
    clusters.push({
      representative: rep.id,
      ids: [rep.id, ...members.map((m) => order[m.pos]!.item.id)],
      similarities,
      similarity: similarities.reduce((a, b) => Math.min(a, b), 1),
    });
  }
  return clusters;
}
