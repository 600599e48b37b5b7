import { openStore, test } from './backends.ts';
import assert from 'node:assert/strict';
import type { DocumentFacts, LegalRefMention } from '../../src/extract/facts.ts';
import type { StructuredDocument } from '../../src/records.ts';
import { isTitleReference } from '../../src/store/citations.ts';
import { article } from './fixtures.ts';

/** A legal reference found in `text` of the given field, as the extractor would report it. */
function ref(text: string, written: string, id: string | null, field: 'title' | 'body' = 'body', index = 0, type = 'Nghị quyết'): LegalRefMention {
  const start = text.indexOf(written);
  assert.ok(start >= 0, `${written} not in ${text}`);
  return {
    kind: 'legalRef',
    field,
    index,
    start,
    end: start + written.length,
    text: written,
    id,
    type,
    issuer: null,
    date: null,
    lawName: id ? null : written,
    confidence: 0.9,
    extractor: 'legal-refs',
    extractorVersion: '1',
  };
}

const facts = (legalRefs: LegalRefMention[]): DocumentFacts => ({
  persons: [],
  organizations: [],
  places: [],
  legalRefs,
  dates: [],
  quantities: [],
  topics: [],
});

test('a reference opening a formal title makes the document that legal document; headlines do not', () => {
  const formal = 'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học';
  assert.equal(isTitleReference(formal, ref(formal, '57-NQ/TW', '57-NQ/TW', 'title')), true);
  const decision = 'Quyết định số 759/QĐ-TTg';
  assert.equal(isTitleReference(decision, ref(decision, 'Quyết định số 759/QĐ-TTg', '759/QĐ-TTg', 'title', 0, 'Quyết định')), true);
  const about = 'Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ';
  assert.equal(isTitleReference(about, ref(about, '57-NQ/TW', '57-NQ/TW', 'title')), true);

  for (const headline of [
    'Nghị quyết 57-NQ/TW: một năm nhìn lại',
    'Nghị quyết 57-NQ/TW đi vào cuộc sống',
    'Triển khai Nghị quyết 57-NQ/TW ngày 22/12/2024',
  ]) {
    assert.equal(isTitleReference(headline, ref(headline, '57-NQ/TW', '57-NQ/TW', 'title')), false, headline);
  }
  // A law cited by name has no id: it cannot be identified with a stored page.
  const law = 'Luật Trí tuệ nhân tạo';
  assert.equal(isTitleReference(law, ref(law, law, null, 'title', 0, 'Luật')), false);
});

test('citations, cited-by and legal → legal edges come from the stored references', async () => {
  const store = await openStore(':memory:');
  const resolutionTitle = 'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học';
  const resolutionBody = 'Căn cứ Nghị quyết số 52-NQ/TW và Kết luận số 36-KL/TW, Bộ Chính trị quyết nghị.';
  const newsTitle = 'Nghị quyết 57-NQ/TW: một năm nhìn lại';
  const newsBody = 'Thực hiện Nghị quyết 57-NQ/TW, Quyết định 759/QĐ-TTg và Luật Trí tuệ nhân tạo, nhiều bộ đã hành động.';
  const docs: StructuredDocument[] = [
    article(resolutionTitle, [resolutionBody], { published: '2024-12-22', url: 'https://a.vn/nq57' }),
    article(newsTitle, [newsBody], { published: '2025-12-22', url: 'https://a.vn/tin' }),
    article('Không trích dẫn', ['Không có văn bản nào.'], { published: '2025-01-01', url: 'https://a.vn/khac' }),
  ];
  const { ids } = await store.saveFile({
    origin: 'legal.jsonl',
    sourceHash: 'h',
    format: 'jsonl',
    documents: docs,
    facts: [
      facts([
        ref(resolutionTitle, '57-NQ/TW', '57-NQ/TW', 'title'),
        ref(resolutionBody, '52-NQ/TW', '52-NQ/TW'),
        ref(resolutionBody, '36-KL/TW', '36-KL/TW'),
        ref(resolutionBody, '52-NQ/TW', '52-NQ/TW'),
      ]),
      facts([
        ref(newsTitle, '57-NQ/TW', '57-NQ/TW', 'title'),
        ref(newsBody, '57-NQ/TW', '57-NQ/TW'),
        ref(newsBody, '759/QĐ-TTg', '759/QĐ-TTg'),
        // Cited by name only: an entity, but not an id of the citation graph.
        ref(newsBody, 'Luật Trí tuệ nhân tạo', null, 'body', 0, 'Luật'),
      ]),
      facts([]),
    ],
  });
  const [resolution = 0, news = 0, other = 0] = ids;
  assert.equal(await store.legalIdOf(resolution), '57-NQ/TW');
  assert.equal(await store.legalIdOf(news), null);

  // The resolution's own title is not a citation of itself; order is first mention.
  assert.deepEqual(await store.citations(resolution), ['52-NQ/TW', '36-KL/TW']);
  assert.deepEqual(await store.citations(news), ['57-NQ/TW', '759/QĐ-TTg']);
  assert.deepEqual(await store.citations(other), []);

  assert.deepEqual(
    (await store.citedBy('57-NQ/TW')).map((d) => [d.id, d.mentions, d.legalId]),
    [[news, 2, null]],
  );
  assert.deepEqual(
    (await store.citedBy('52-NQ/TW')).map((d) => [d.id, d.mentions, d.legalId]),
    [[resolution, 2, '57-NQ/TW']],
  );
  assert.deepEqual(await store.legalCitations('57-NQ/TW'), ['52-NQ/TW', '36-KL/TW']);
  assert.deepEqual(await store.legalCitations('759/QĐ-TTg'), []);

  // New facts for the resolution without its title reference: it is no longer that document.
  await store.saveMentions(resolution, [ref(resolutionBody, '52-NQ/TW', '52-NQ/TW')]);
  assert.equal(await store.legalIdOf(resolution), null);
  assert.deepEqual(await store.legalCitations('57-NQ/TW'), []);
  assert.deepEqual(await store.citations(resolution), ['52-NQ/TW']);
  await store.close();
});
