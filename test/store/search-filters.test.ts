import { backendStore, test } from './backends.ts';
import assert from 'node:assert/strict';
import type { DocumentFacts, LegalRefMention, OrganizationMention, PersonMention, PlaceMention } from '../../src/extract/facts.ts';
import type { StructuredDocument } from '../../src/records.ts';
import { snippetParts, type Store } from '../../src/store/index.ts';
import { article } from './fixtures.ts';
import { InvalidInput } from '../../src/errors.ts';

const base = { field: 'body' as const, index: 0, confidence: 0.9, extractorVersion: '1' };

/** Mentions of the names found in `text`; each name's kind is given by the table below. */
const KINDS: Record<string, 'person' | 'organization' | 'place' | 'legalRef'> = {
  'Tô Lâm': 'person',
  'Phạm Minh Chính': 'person',
  'Bộ Khoa học và Công nghệ': 'organization',
  'Hà Nội': 'place',
  '57-NQ/TW': 'legalRef',
};

function factsOf(text: string): DocumentFacts {
  const f: DocumentFacts = { persons: [], organizations: [], places: [], legalRefs: [], dates: [], quantities: [], topics: [] };
  for (const [name, kind] of Object.entries(KINDS)) {
    const start = text.indexOf(name);
    if (start < 0) continue;
    const span = { ...base, start, end: start + name.length, text: name };
    if (kind === 'person') f.persons.push({ ...span, kind, name, title: null, extractor: 'persons' } satisfies PersonMention);
    if (kind === 'organization') f.organizations.push({ ...span, kind, name, orgType: 'ministry', extractor: 'organizations' } satisfies OrganizationMention);
    if (kind === 'place') f.places.push({ ...span, kind, name, placeType: 'province', unit: name, unitAtDate: null, extractor: 'places' } satisfies PlaceMention);
    if (kind === 'legalRef') f.legalRefs.push({ ...span, kind, id: name, type: 'Nghị quyết', issuer: null, date: null, lawName: null, extractor: 'legal-refs' } satisfies LegalRefMention);
  }
  return f;
}

const TEXTS: { text: string; published: string | null; site: string }[] = [
  { text: 'Tô Lâm nói về khoa học và Nghị quyết 57-NQ/TW.', published: '2025-01-10', site: 'a.vn' },
  { text: 'Tô Lâm làm việc với Bộ Khoa học và Công nghệ tại Hà Nội.', published: '2025-03-01', site: 'b.vn' },
  { text: 'Phạm Minh Chính bàn về khoa học tại Hà Nội.', published: '2025-02-01', site: 'a.vn' },
  { text: 'Tô Lâm thăm một trường học, không nói về khoa học.', published: null, site: 'a.vn' },
  { text: 'Khoa học và công nghệ, bài không nhắc ai.', published: '2025-04-01', site: 'a.vn' },
  { text: 'Tô Lâm và Phạm Minh Chính dự lễ ở Hà Nội, bàn chuyện khoa học.', published: '2024-12-01', site: 'b.vn' },
];

async function storeWith(fullRankingLimit?: number): Promise<{ store: Store; ids: number[] }> {
  const { store } = await backendStore({ fullRankingLimit });
  const documents: StructuredDocument[] = TEXTS.map((t, i) =>
    article(`Tin ${i}`, [t.text], { published: t.published, site: t.site, url: `https://x.vn/${i}` }),
  );
  const { ids } = await store.saveFile({
    origin: 'filters.jsonl',
    sourceHash: 'h',
    format: 'jsonl',
    documents,
    facts: TEXTS.map((t) => factsOf(t.text)),
  });
  return { store, ids };
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

for (const [ranking, limit] of [
  ['bm25', undefined],
  ['field', 1],
] as const) {
  test(`entity filters restrict a text query (${ranking} ranking)`, async () => {
    const { store, ids } = await storeWith(limit);
    const at = (...i: number[]) => sorted(i.map((n) => ids[n] as number));
    const hits = async (opts: Parameters<Store['search']>[1]) => sorted((await store.search('khoa hoc', { limit: 100, ...opts })).map((h) => h.id));
    assert.deepEqual(await hits({}), at(0, 1, 2, 3, 4, 5));
    assert.deepEqual(await hits({ person: 'to lam' }), at(0, 1, 3, 5));
    assert.deepEqual(await hits({ person: 'Tô Lâm', place: 'ha noi' }), at(1, 5));
    assert.deepEqual(await hits({ person: 'Tô Lâm', org: 'Bộ Khoa học và Công nghệ' }), at(1));
    assert.deepEqual(await hits({ cites: '57-nq/tw' }), at(0));
    assert.deepEqual(await hits({ person: 'Phạm Minh Chính', site: 'b.vn' }), at(5));
    assert.deepEqual(await hits({ person: 'Tô Lâm', from: '2025-01-01', to: '2025-12-31' }), at(0, 1));
    // A name no entity has, or a name of another kind, gives nothing rather than everything.
    assert.deepEqual(await hits({ person: 'Nguyễn Văn Không' }), []);
    assert.deepEqual(await hits({ person: 'Hà Nội' }), []);
    await assert.rejects(() => store.search('khoa hoc', { person: ' ' }), InvalidInput);
    await store.close();
  });
}

test('with no query words the filters list the documents mentioning the entity, newest first', async () => {
  const { store, ids } = await storeWith();
  const listed = await store.search('', { person: 'Tô Lâm' });
  // Undated last.
  assert.deepEqual(listed.map((h) => h.id), [1, 0, 5, 3].map((i) => ids[i]));
  assert.ok(listed.every((h) => h.exact && h.similar === 0));
  // The snippet marks the name that made the document qualify.
  assert.deepEqual(snippetParts(listed[0]?.snippet ?? '').filter((p) => p.marked).map((p) => p.text), ['Tô Lâm']);
  assert.deepEqual((await store.search('', { person: 'Tô Lâm', site: 'b.vn' })).map((h) => h.id), [1, 5].map((i) => ids[i]));
  assert.deepEqual((await store.search('', { place: 'Hà Nội', from: '2025-01-01' })).map((h) => h.id), [1, 2].map((i) => ids[i]));
  // Pages follow the same order without overlap.
  const pages = (await Promise.all([0, 1, 2, 3].map(async (offset) => (await store.search('', { person: 'Tô Lâm', limit: 1, offset })).map((h) => h.id)))).flat();
  assert.deepEqual(pages, listed.map((h) => h.id));
  // No words and no entity filter: nothing, as before.
  assert.deepEqual(await store.search('', { site: 'a.vn' }), []);
  await store.close();
});
