// Issue 10, item 9 (store boundary): a document's URL and its related links are stored only when
// they are absolute http(s) URLs. javascript:, data:, vbscript:, file: and relative values are
// dropped (null) whatever path stored them: a JSONL record, a page's canonical link, a crawl.
import { openStore, test } from './backends.ts';
import assert from 'node:assert/strict';
import { safeHttpUrl } from '../../src/text/safe-url.ts';
import { article } from './fixtures.ts';

const HOSTILE = [
  'javascript:alert(document.cookie)',
  'JaVaScRiPt:alert(1)',
  '  javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/x',
  '/tin-tuc/bai-1',
  'https//missing-colon',
  '',
];

test('safeHttpUrl keeps absolute http(s) URLs and refuses everything else', () => {
  for (const bad of HOSTILE) assert.equal(safeHttpUrl(bad), null, JSON.stringify(bad));
  assert.equal(safeHttpUrl(null), null);
  assert.equal(safeHttpUrl('https://vnexpress.net/bai-1.html'), 'https://vnexpress.net/bai-1.html');
  assert.equal(safeHttpUrl(' http://dienbien.gov.vn/x?a=1#b '), 'http://dienbien.gov.vn/x?a=1#b');
  assert.equal(safeHttpUrl('HTTPS://Example.org/Đường dẫn'), 'https://example.org/%C4%90%C6%B0%E1%BB%9Dng%20d%E1%BA%ABn');
});

test('saveFile stores no URL and no related link that is not http(s)', async () => {
  const store = await openStore(':memory:');
  const documents = HOSTILE.map((url, i) =>
    article(`Bài ${i}`, [`Nội dung thứ ${i} về chuyển đổi số.`], {
      url,
      related: [
        { title: 'Liên kết độc', url },
        { title: 'Liên kết tốt', url: `https://baochinhphu.vn/bai-${i}.htm` },
      ],
    }),
  );
  const saved = await store.saveFile({ origin: 'hostile.jsonl', sourceHash: 'h1', format: 'jsonl', documents });
  assert.equal(saved.created, HOSTILE.length);
  for (const id of saved.ids) {
    const doc = (await store.getDocument(id))!;
    assert.equal(doc.url, null, `document ${id}: ${doc.url}`);
    assert.deepEqual(doc.related.map((r) => r.url), [null, `https://baochinhphu.vn/bai-${saved.ids.indexOf(id)}.htm`]);
    assert.deepEqual(await store.documentUrls(id), []);
  }
  const good = await store.saveFile({ origin: 'good.jsonl', sourceHash: 'h2', format: 'jsonl', documents: [article('Tốt', ['Nội dung tốt.'], { url: 'https://vnexpress.net/a.html' })] });
  assert.equal((await store.getDocument(good.ids[0]!))!.url, 'https://vnexpress.net/a.html');
  await store.close();
});
