import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import {
  candidateProbability,
  chooseBanding,
  clusterNearDuplicates,
  documentText,
  estimateJaccard,
  shingleKeys,
  shingles,
  signature,
  signatureOfKeys,
  signatureOfShingles,
  earlierThan,
  placeDocument,
  planCluster,
  type ClusterMember,
} from '../../src/link/near-duplicates.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** A seed text: the copy in data/seeds, else ../shared/seeds beside the checkout. */
function readSeed(name: string): string {
  for (const dir of [join(REPO, 'data', 'seeds'), join(REPO, '..', 'shared', 'seeds')]) {
    if (existsSync(join(dir, name))) return readFileSync(join(dir, name), 'utf8');
  }
  throw new Error(`seed ${name} not found in data/seeds or ../shared/seeds`);
}

const page = readSeed('002_00bf98e39be64d58.txt').split('\n');
/** The article body of seed 002: lines 13–31, boilerplate and photo captions left out. */
const article = page.slice(12, 31).filter((l) => l.trim() && !l.startsWith('Tổng Bí thư Tô Lâm chủ trì')).join('\n');
const ledes = readSeed('000_8fee37822d2a2a5b.txt').split('\n').filter((l) => l.trim());

/** Replaces the n-th occurrence (0-based) of a whole word. */
function replaceWord(text: string, word: string, replacement: string): string {
  const at = text.indexOf(` ${word} `);
  assert.ok(at >= 0, `"${word}" occurs in the text`);
  return text.slice(0, at + 1) + replacement + text.slice(at + 1 + word.length);
}

const edited = replaceWord(replaceWord(replaceWord(article, 'nhấn', 'khẳng'), 'minh', 'chứng'), 'mạnh', 'lớn');

test('shingles are 4 folded words, so diacritic and case differences do not matter', () => {
  const set = shingles('Chuyển đổi số quốc gia, khoa học');
  assert.deepEqual([...set], ['chuyen doi so quoc', 'doi so quoc gia', 'so quoc gia khoa', 'quoc gia khoa hoc']);
  assert.deepEqual(shingles('CHUYỂN ĐỔI SỐ quốc gia, khoa học'), set);
  assert.deepEqual([...shingles('Hà Nội')], ['ha noi']);
  assert.equal(shingles('  ,;  ').size, 0);
  assert.equal(shingles('một hai ba bốn năm sáu', 3).size, 4);
});

test('signatures from shingle keys equal signatures from the shingle strings, for any text', () => {
  // The fast path (keys hashed in place, hash function by hash function) must store the very
  // signatures the definition gives, or documents stored before and after would stop matching.
  const word = fc.constantFrom('chuyển', 'đổi', 'số', 'Quốc', 'gia', 'khoa', 'học', 'ĐỔI', '57', 'x', 'hoà', 'hòa');
  const text = fc.array(fc.oneof(word, fc.string({ maxLength: 6 })), { maxLength: 40 }).map((w) => w.join(' '));
  fc.assert(
    fc.property(text, fc.integer({ min: 1, max: 6 }), (t, size) => {
      const keys = shingleKeys(t, size);
      assert.equal(keys.length, shingles(t, size).size);
      assert.deepEqual(signatureOfKeys(keys, { numHashes: 32 }), signatureOfShingles(shingles(t, size), { numHashes: 32 }));
    }),
  );
  assert.deepEqual(signatureOfKeys(shingleKeys(article)), signatureOfShingles(shingles(article)));
  assert.equal(shingleKeys(' ,; ').length, 0);
});

test('identical texts have identical signatures and cluster', () => {
  assert.deepEqual(signature(article), signature(article));
  const clusters = clusterNearDuplicates([
    { id: 'a', text: article },
    { id: 'b', text: article },
  ]);
  assert.deepEqual(clusters, [{ representative: 'a', ids: ['a', 'b'], similarities: [1, 1], similarity: 1 }]);
});

test('a story with three words edited clusters with the original; different stories do not', () => {
  assert.notEqual(edited, article);
  const items = [
    { id: 'original', text: article, published: '2025-07-02T17:12:00+07:00' },
    ...ledes.map((text, i) => ({ id: `lede-${i}`, text, published: '2025-07-01' })),
    { id: 'copy', text: edited, published: '2025-07-02T18:00:00+07:00' },
  ];
  const clusters = clusterNearDuplicates(items);
  assert.equal(clusters.length, 1);
  const [cluster] = clusters;
  assert.deepEqual(cluster?.ids, ['original', 'copy']);
  assert.ok(cluster.similarity >= 0.8 && cluster.similarity < 1, String(cluster.similarity));
  // The estimate tracks the exact similarity of the shingle sets.
  const truth = jaccard(shingles(article), shingles(edited));
  assert.ok(Math.abs(cluster.similarity - truth) < 0.1, `estimate ${cluster.similarity}, truth ${truth}`);
});

test('the representative is the earliest published, then the lowest id; undated items come last', () => {
  const items = [
    { id: 9, text: article, published: '2025-07-03' },
    { id: 4, text: article, published: null },
    { id: 7, text: article, published: '2025-07-02T23:00:00+07:00' },
    { id: 2, text: article, published: '2025-07-02T17:00:00Z' }, // later than 23:00+07:00 (16:00Z)
    { id: 3, text: article },
  ];
  const [cluster] = clusterNearDuplicates(items);
  assert.equal(cluster?.representative, 7);
  assert.deepEqual(cluster?.ids, [7, 2, 9, 3, 4]);
  const byId = clusterNearDuplicates([{ id: 'b', text: article }, { id: 'a', text: article }]);
  assert.equal(byId[0]?.representative, 'a');
});

test('the threshold is configurable', () => {
  // The same article republished without its last two paragraphs.
  const paragraphs = article.split('\n');
  const trimmed = paragraphs.slice(0, -2).join('\n');
  const truth = jaccard(shingles(article), shingles(trimmed));
  assert.ok(truth > 0.6 && truth < 0.9, `true similarity ${truth}`);
  const items = [{ id: 1, text: article }, { id: 2, text: trimmed }];
  assert.equal(clusterNearDuplicates(items, { threshold: 0.95 }).length, 0);
  assert.equal(clusterNearDuplicates(items, { threshold: 0.5 }).length, 1);
});

test('singletons are returned on request, empty texts never match', () => {
  const items = [{ id: 1, text: article }, { id: 2, text: ledes[0] ?? '' }, { id: 3, text: '' }, { id: 4, text: ' ' }];
  assert.deepEqual(clusterNearDuplicates(items), []);
  const all = clusterNearDuplicates(items, { includeSingletons: true });
  assert.deepEqual(all.map((c) => c.ids), [[1], [2], [3], [4]]);
});

test('results are deterministic across runs and input order', () => {
  const items = [
    { id: 'x', text: article },
    { id: 'y', text: edited },
    ...ledes.slice(0, 5).map((text, i) => ({ id: `l${i}`, text })),
    { id: 'z', text: ledes[0] ?? '' },
  ];
  const first = clusterNearDuplicates(items);
  assert.deepEqual(clusterNearDuplicates([...items].reverse()), first);
  assert.deepEqual(first.map((c) => c.ids), [['l0', 'z'], ['x', 'y']]);
  // Pinned values: a change here means every stored signature would change.
  const sig = signature('Nghị quyết 57-NQ/TW về đột phá phát triển khoa học');
  assert.equal(sig.length, 256);
  assert.deepEqual(Array.from(sig.slice(0, 3)), [38343508, 235341599, 78658168]);
  assert.deepEqual(Array.from(signature('Nghị quyết 57-NQ/TW về đột phá phát triển khoa học', { shingleSize: 5 }).slice(0, 3)), [67302667, 188913497, 816744900]);
  assert.deepEqual(signature('NGHỊ QUYẾT 57-nq/tw VỀ ĐỘT PHÁ PHÁT TRIỂN KHOA HỌC'), sig);
  assert.notDeepEqual(signature('x y z', { seed: 1 }), signature('x y z', { seed: 2 }));
});

test('banding for the default threshold finds pairs at 0.8 almost always and pairs at 0.5 rarely', () => {
  const { bands, rows } = chooseBanding(256, 0.8);
  assert.deepEqual({ bands, rows }, { bands: 28, rows: 9 });
  assert.ok(candidateProbability(0.8, bands, rows) >= 0.98);
  assert.ok(candidateProbability(0.5, bands, rows) < 0.1);
  const strict = chooseBanding(256, 0.95);
  assert.ok(strict.rows > rows, 'a higher threshold uses longer bands');
  assert.throws(() => clusterNearDuplicates([], { bands: 30, rows: 9 }), /do not fit 256 hashes/);
  assert.throws(() => clusterNearDuplicates([], { threshold: 0 }), /threshold/);
});

test('estimateJaccard refuses signatures of different lengths', () => {
  assert.throws(() => estimateJaccard(new Uint32Array(4), new Uint32Array(8)), RangeError);
});

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

test('estimateJaccard is within ±0.15 of the true Jaccard for random shingle sets of 50+', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 200 }),
      fc.integer({ min: 0, max: 200 }),
      fc.integer({ min: 0, max: 200 }),
      fc.string({ minLength: 1, maxLength: 6 }),
      (shared, onlyA, onlyB, prefix) => {
        fc.pre(shared + onlyA >= 50 && shared + onlyB >= 50);
        const word = (i: number) => `${prefix} ${i}`;
        const a = new Set<string>();
        const b = new Set<string>();
        for (let i = 0; i < shared; i++) {
          a.add(word(i));
          b.add(word(i));
        }
        for (let i = 0; i < onlyA; i++) a.add(word(shared + i));
        for (let i = 0; i < onlyB; i++) b.add(word(shared + onlyA + i));
        const truth = jaccard(a, b);
        const estimate = estimateJaccard(signatureOfShingles(a), signatureOfShingles(b));
        return Math.abs(estimate - truth) <= 0.15;
      },
    ),
    { numRuns: 300, seed: 8 },
  );
});

test('documentText joins title, lede and body, skipping missing parts', () => {
  assert.equal(documentText({ title: 'T', lede: null, body: ['a', 'b'] }), 'T\na\nb');
});

test('a cluster forms around its earliest document; the ones unlike it regroup apart', () => {
  const text = (n: number) => `Tỉnh Điện Biên triển khai Nghị quyết 57-NQ/TW về chuyển đổi số, đào tạo ${n} cán bộ và số hóa hồ sơ một cửa trong năm nay`;
  const member = (id: number, published: string | null, body: string): ClusterMember => ({ id, published, sig: signature(body) });
  const a = member(3, '2025-07-02', text(100));
  const b = member(1, '2025-07-05', text(100));
  const c = member(2, null, 'Thành phố Hà Nội khai trương trung tâm đổi mới sáng tạo cho doanh nghiệp công nghệ và sinh viên');
  const plan = planCluster([b, c, a], 0.8);
  assert.equal(plan.representative.id, 3, 'the earliest published, not the lowest id');
  assert.deepEqual(plan.kept.map((k) => [k.member.id, k.similarity]), [[3, 1], [1, 1]]);
  assert.deepEqual(plan.dropped.map((m) => m.id), [2]);
  // Same date: the lower id first; undated documents after dated ones.
  assert.equal(earlierThan({ id: 1, published: '2025-07-02' }, { id: 3, published: '2025-07-02' }), true);
  assert.equal(earlierThan({ id: 1, published: null }, { id: 9, published: '2030-01-01' }), false);
});

test('a document joins a cluster as a member unless it is earlier than the representative', () => {
  const rep: ClusterMember = { id: 5, published: '2025-07-02', sig: new Uint32Array(4) };
  assert.equal(placeDocument({ id: 9, published: '2025-07-03' }, null), 'alone');
  assert.equal(placeDocument({ id: 9, published: '2025-07-03' }, { rep, clusterId: 5 }), 'member');
  assert.equal(placeDocument({ id: 9, published: '2025-07-01' }, { rep, clusterId: 5 }), 'regroup', 'earlier: it becomes the representative');
  assert.equal(placeDocument({ id: 9, published: '2025-07-03' }, { rep, clusterId: null }), 'regroup', 'a lone document and this one make a new cluster');
});
