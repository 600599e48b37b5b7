import { openStore, test } from './backends.ts';
import assert from 'node:assert/strict';
import type { DocumentFacts, LegalRefMention, OrganizationMention, PersonMention, PlaceMention } from '../../src/extract/facts.ts';
import type { FactRecord } from '../../src/store/types.ts';
import { article, brief } from './fixtures.ts';

const span = { field: 'body' as const, index: 0, start: 0, end: 1, confidence: 0.9, extractorVersion: '1' };

function person(name: string, text = `Tổng Bí thư ${name}`): PersonMention {
  return { ...span, kind: 'person', text, end: text.length, name, title: 'Tổng Bí thư', extractor: 'persons' };
}
function org(name: string, text = name): OrganizationMention {
  return { ...span, kind: 'organization', text, end: text.length, name, orgType: 'ministry', extractor: 'organizations' };
}
function place(name: string): PlaceMention {
  return { ...span, kind: 'place', text: name, end: name.length, name, placeType: 'province', unit: name, unitAtDate: null, extractor: 'places' };
}
function legal(id: string): LegalRefMention {
  return { ...span, kind: 'legalRef', text: id, end: id.length, id, type: 'Nghị quyết', issuer: null, date: null, lawName: null, extractor: 'legal-refs' };
}

const facts = (mentions: FactRecord[]): DocumentFacts => ({
  persons: mentions.filter((m): m is PersonMention => m.kind === 'person'),
  organizations: mentions.filter((m): m is OrganizationMention => m.kind === 'organization'),
  places: mentions.filter((m): m is PlaceMention => m.kind === 'place'),
  legalRefs: mentions.filter((m): m is LegalRefMention => m.kind === 'legalRef'),
  dates: [],
  quantities: [],
  topics: [],
});

async function storeWith(docs: { published: string | null; mentions: FactRecord[] }[]) {
  const store = await openStore(':memory:');
  const { ids } = await store.saveFile({
    origin: 'entities.jsonl',
    sourceHash: 'h',
    format: 'jsonl',
    documents: docs.map((d, i) => article(`Bài ${i}`, [`Đoạn ${i}`], { published: d.published, url: `https://x.vn/${i}` })),
    facts: docs.map((d) => facts(d.mentions)),
  });
  return { store, ids };
}

test('the same person in several documents is one entity, with counts read from the mentions', async () => {
  const { store, ids } = await storeWith([
    { published: '2025-07-02T10:00:00+07:00', mentions: [person('Tô Lâm'), person('Tô Lâm')] },
    { published: '2025-08-15', mentions: [person('Tô Lâm'), person('Phạm Minh Chính', 'Thủ tướng Phạm Minh Chính')] },
    { published: null, mentions: [person('Tô Lâm')] },
  ]);
  const [toLam, ...others] = await store.findEntities('Tô Lâm');
  assert.ok(toLam);
  assert.deepEqual(others, []);
  assert.equal(toLam.kind, 'person');
  assert.equal(toLam.name, 'Tô Lâm');
  assert.equal(toLam.mentionCount, 4);
  assert.equal(toLam.documentCount, 3);
  // The surface text carries the title: it is not a name of the person.
  assert.deepEqual(toLam.aliases, []);

  const detail = await store.entityDetail(toLam.id);
  assert.ok(detail);
  assert.deepEqual(detail.byMonth, [
    { month: '2025-07', mentions: 2 },
    { month: '2025-08', mentions: 1 },
  ]);
  assert.equal(detail.undatedMentions, 1);
  // Newest first; the undated document last.
  assert.deepEqual(detail.documents.map((d) => d.id), [ids[1], ids[0], ids[2]]);
  assert.deepEqual(detail.documents.map((d) => d.mentions), [1, 2, 1]);
  await store.close();
});

test('names are found without diacritics, by alias, and whole names before partial ones', async () => {
  const { store } = await storeWith([
    {
      published: '2025-07-02',
      mentions: [person('Tô Lâm'), org('Bộ Khoa học và Công nghệ', 'Bộ KH&CN'), place('Lâm Đồng'), legal('57-NQ/TW')],
    },
  ]);
  assert.deepEqual((await store.findEntities('to lam')).map((e) => e.name), ['Tô Lâm']);
  assert.deepEqual((await store.findEntities('TÔ LÂM')).map((e) => e.name), ['Tô Lâm']);
  assert.deepEqual((await store.findEntities('bo kh&cn')).map((e) => e.name), ['Bộ Khoa học và Công nghệ']);
  assert.deepEqual((await store.findEntities('Bộ KH&CN'))[0]?.aliases, ['Bộ KH&CN']);
  assert.deepEqual((await store.findEntities('57-nq/tw')).map((e) => e.kind), ['legalRef']);
  // No whole-name match: every entity with the word in one of its names.
  assert.deepEqual((await store.findEntities('lam')).map((e) => e.name).sort(), ['Lâm Đồng', 'Tô Lâm']);
  assert.deepEqual((await store.findEntities('lam', { kind: 'place' })).map((e) => e.name), ['Lâm Đồng']);
  // `lâ` is not a word of any name.
  assert.deepEqual(await store.findEntities('lâ'), []);
  assert.deepEqual(await store.findEntities('  '), []);
  await store.close();
});

test('names with other diacritics are other entities, both listed by a folded query', async () => {
  const { store } = await storeWith([{ published: '2025-07-02', mentions: [person('Tô Lâm'), person('Tô Lam')] }]);
  const found = await store.findEntities('to lam');
  assert.equal(found.length, 2);
  assert.deepEqual(new Set(found.map((e) => e.name)), new Set(['Tô Lâm', 'Tô Lam']));
  await store.close();
});

test('saving a document again replaces its links: counts follow and forgotten entities go', async () => {
  const { store, ids } = await storeWith([
    { published: '2025-07-02', mentions: [person('Tô Lâm'), person('Nguyễn Văn A', 'ông Nguyễn Văn A')] },
    { published: '2025-07-03', mentions: [person('Tô Lâm')] },
  ]);
  const first = ids[0] as number;
  assert.equal((await store.findEntities('Tô Lâm'))[0]?.mentionCount, 2);
  await store.saveMentions(first, [person('Tô Lâm'), person('Tô Lâm'), person('Tô Lâm')]);
  assert.equal((await store.findEntities('Tô Lâm'))[0]?.mentionCount, 4);
  assert.deepEqual(await store.findEntities('Nguyễn Văn A'), []);
  await store.saveMentions(first, []);
  assert.equal((await store.findEntities('Tô Lâm'))[0]?.mentionCount, 1);
  assert.equal((await store.findEntities('Tô Lâm'))[0]?.documentCount, 1);
  await store.close();
});

test('re-ingesting the same file keeps one entity per name and the same counts', async () => {
  const store = await openStore(':memory:');
  const input = {
    origin: 'ledes.txt',
    sourceHash: 'h1',
    format: 'ledes',
    documents: [brief('Tổng Bí thư Tô Lâm phát biểu.'), brief('Tổng Bí thư Tô Lâm làm việc.')],
    facts: [facts([person('Tô Lâm')]), facts([person('Tô Lâm')])],
  };
  await store.saveFile(input);
  const before = await store.findEntities('Tô Lâm');
  await store.saveFile({ ...input, sourceHash: 'h2' });
  assert.deepEqual((await store.findEntities('Tô Lâm')).map(({ lastSeen: _l, ...e }) => e), before.map(({ lastSeen: _l, ...e }) => e));
  assert.equal(before[0]?.mentionCount, 2);
  await store.close();
});

test('mentions that name nothing link to no entity and laws cited by name are entities of their own', async () => {
  const law: LegalRefMention = { ...legal('x'), id: null, text: 'Luật Trí tuệ nhân tạo', lawName: 'Luật Trí tuệ nhân tạo', type: 'Luật' };
  const { store } = await storeWith([{ published: '2025-07-02', mentions: [law, { ...legal('x'), id: null, lawName: null }] }]);
  const [found, ...rest] = await store.findEntities('luat tri tue nhan tao');
  assert.equal(found?.kind, 'legalRef');
  assert.equal(found?.name, 'Luật Trí tuệ nhân tạo');
  assert.equal(found?.mentionCount, 1);
  assert.deepEqual(rest, []);
  assert.equal((await store.stats()).mentions, 2);
  await store.close();
});

test('in one batch, an entity created by a file that then rolls back is created again for the next file', async () => {
  const store = await openStore(':memory:');
  const file = (name: string, docs: { text: string; mentions: FactRecord[] }[]) => ({
    origin: `${name}.txt`,
    sourceHash: name,
    format: 'plain',
    documents: docs.map((d, i) => article(`${name} ${i}`, [d.text])),
    facts: docs.map((d) => facts(d.mentions)),
  });
  // The bad file's first document creates the entity; its second fails to store a mention (a span
  // without a start), so the file's savepoint takes the entity away again.
  const broken = { ...person('Trần Thị Bình'), start: null } as unknown as PersonMention;
  const outcomes = await store.saveFiles([
    file('a', [{ text: 'Tổng Bí thư Tô Lâm phát biểu.', mentions: [person('Tô Lâm')] }]),
    file('bad', [
      { text: 'Tổng Bí thư Trần Thị Bình phát biểu.', mentions: [person('Trần Thị Bình'), person('Tô Lâm')] },
      { text: 'Một đoạn hỏng.', mentions: [broken] },
    ]),
    file('c', [{ text: 'Tổng Bí thư Trần Thị Bình và Tô Lâm làm việc.', mentions: [person('Trần Thị Bình'), person('Tô Lâm')] }]),
  ]);
  assert.deepEqual(outcomes.map((o) => o.ok), [true, false, true]);
  const binh = await store.findEntities('Trần Thị Bình');
  assert.deepEqual(binh.map((e) => [e.name, e.mentionCount]), [['Trần Thị Bình', 1]]);
  assert.deepEqual((await store.findEntities('Tô Lâm')).map((e) => [e.name, e.mentionCount]), [['Tô Lâm', 2]]);
  // Every stored mention of a person names an entity that exists.
  const mentions = await store.listMentions({ kind: 'person' });
  assert.equal(mentions.length, 3);
  await store.close();
});

test('a document with many mentions keeps all of them, in order, whatever their number', async () => {
  const store = await openStore(':memory:');
  for (const n of [1, 15, 32, 63, 70]) {
    const names = Array.from({ length: n }, (_, i) => `Người Số ${i}`);
    const { ids } = await store.saveFile({
      origin: `many-${n}.txt`,
      sourceHash: `h${n}`,
      format: 'plain',
      documents: [article(`Bài ${n}`, ['Đoạn.'])],
      facts: [facts(names.map((name, i) => ({ ...person(name), start: i, end: i + 1 })))],
    });
    const stored = await store.listMentions({ documentId: ids[0]! });
    assert.deepEqual(stored.map((m) => (m.kind === 'person' ? [m.name, m.start] : null)), names.map((name, i) => [name, i]), `${n} mentions`);
  }
  await store.close();
});

test('entities found with another are counted once per document, however often either is named there, ties by name', async () => {
  const { store } = await storeWith([
    // Tô Lâm three times and the Politburo twice in one document: still one document for the pair.
    { published: '2025-07-01', mentions: [person('Tô Lâm'), person('Tô Lâm'), org('Bộ Chính trị'), person('Tô Lâm'), org('Bộ Chính trị'), legal('57-NQ/TW')] },
    { published: '2025-07-02', mentions: [person('Tô Lâm'), org('Bộ Chính trị'), place('Hà Nội')] },
    { published: '2025-07-03', mentions: [person('Tô Lâm'), place('Điện Biên')] },
    // Without Tô Lâm: counts for nobody.
    { published: '2025-07-04', mentions: [org('Bộ Chính trị'), place('Điện Biên'), legal('57-NQ/TW')] },
  ]);
  const [toLam] = await store.findEntities('Tô Lâm');
  assert.ok(toLam);
  assert.deepEqual(
    (await store.cooccurring(toLam.id)).map((e) => [e.name, e.documents]),
    // Ties in the database's order of names (by code point: Đ comes after the Latin letters).
    [['Bộ Chính trị', 2], ['57-NQ/TW', 1], ['Hà Nội', 1], ['Điện Biên', 1]],
  );
  assert.deepEqual((await store.cooccurring(toLam.id, 2)).map((e) => e.name), ['Bộ Chính trị', '57-NQ/TW']);
  assert.deepEqual(await store.cooccurring(10_000_000), []);
  await store.close();
});
