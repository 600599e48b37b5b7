import { test } from 'node:test';
import assert from 'node:assert/strict';
import { structureText, StructureError } from '../../src/structure/index.ts';

const read = (lines: unknown[]) =>
  structureText(
    {
      origin: 'docs.jsonl',
      text: lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n'),
      encoding: 'utf-8',
      encodingEvidence: 'detected',
    },
    { format: 'jsonl' },
  );

test('records become documents; kind defaults to article; body may be a string or an array', () => {
  const result = read([
    { title: ' Hà Nội số hóa hồ sơ ', body: 'Đoạn một.\n\nĐoạn hai.', published: '2025-10-22' },
    { kind: 'brief', body: ['Một bản tin ngắn.'], published: '2025-10-22T09:15' },
    { kind: 'teaser', title: 'Tin khác', lede: 'Tóm tắt.', parent: 0, published: '2025-10-22T02:15:00Z' },
  ]);
  assert.equal(result.format, 'jsonl');
  assert.deepEqual(result.warnings, []);
  const [article, brief, teaser] = result.documents;
  assert.equal(article?.kind, 'article');
  assert.equal(article?.title, 'Hà Nội số hóa hồ sơ');
  assert.deepEqual(article?.body, ['Đoạn một.', 'Đoạn hai.']);
  assert.deepEqual([article?.published, article?.publishedPrecision], ['2025-10-22', 'date']);
  assert.equal(brief?.kind, 'brief');
  assert.deepEqual([brief?.published, brief?.publishedPrecision], ['2025-10-22T09:15:00+07:00', 'datetime']);
  assert.equal(teaser?.parent, 0);
  assert.equal(teaser?.published, '2025-10-22T02:15:00+00:00');
  assert.deepEqual(teaser?.captions, []);
  assert.equal(teaser?.author, null);
});

test('captions and related accept strings or objects; strings are NFC', () => {
  const decomposed = 'Ảnh minh họa'.normalize('NFD');
  const result = read([
    {
      title: 'Tiêu đề',
      captions: [decomposed, { text: 'Robot', credit: 'TTXVN' }],
      related: ['Bài khác', { title: 'Bài nữa', url: 'https://example.vn/b' }],
    },
  ]);
  const [doc] = result.documents;
  assert.deepEqual(doc?.captions, [
    { text: 'Ảnh minh họa'.normalize('NFC'), credit: null },
    { text: 'Robot', credit: 'TTXVN' },
  ]);
  assert.deepEqual(doc?.related, [
    { title: 'Bài khác', url: null },
    { title: 'Bài nữa', url: 'https://example.vn/b' },
  ]);
});

test('bad lines become "line N: field: problem" warnings and good lines are kept', () => {
  const result = read([
    { title: 'Tốt 1', body: ['a.'] },
    '{"title": "thiếu ngoặc"',
    { title: 42 },
    { title: 'Ngày sai', published: '31/02/2025' },
    { kind: 'podcast', title: 'Sai loại' },
    '',
    { title: 'Tốt 2', body: 'b.' },
    { body: [1, 2] },
    [1, 2],
    { title: 'Mồ côi', parent: 40 },
    { lede: '   ' },
  ]);
  assert.deepEqual(
    result.documents.map((d) => d.title),
    ['Tốt 1', 'Tốt 2', 'Mồ côi'],
  );
  const byLine = new Map(result.warnings.map((w) => [Number(/^line (\d+): /.exec(w)?.[1]), w]));
  assert.match(byLine.get(2) ?? '', /^line 2: \(json\): /);
  assert.match(byLine.get(3) ?? '', /^line 3: title: /);
  assert.match(byLine.get(4) ?? '', /^line 4: published: .*ISO-8601/);
  assert.match(byLine.get(5) ?? '', /^line 5: kind: /);
  assert.equal(byLine.has(6), false, 'blank lines are skipped silently');
  assert.match(byLine.get(8) ?? '', /^line 8: body/);
  assert.match(byLine.get(9) ?? '', /^line 9: \(record\): /);
  assert.match(byLine.get(10) ?? '', /^line 10: parent: /);
  assert.match(byLine.get(11) ?? '', /^line 11: body: /);
  assert.equal(result.documents[2]?.parent, null);
});

test('parent counts records and follows its record when bad lines are dropped', () => {
  const result = read([{ title: 'sai', published: 'x' }, { title: 'Bài chính' }, { kind: 'teaser', title: 'Tin', parent: 1 }]);
  assert.equal(result.documents.length, 2);
  assert.equal(result.documents[1]?.parent, 0);
});

test('a file with no good line is a StructureError naming the origin', () => {
  assert.throws(() => read(['not json', { title: 3 }]), (error: unknown) => {
    assert.ok(error instanceof StructureError);
    assert.match(error.message, /docs\.jsonl/);
    assert.match(error.message, /line 1: \(json\)/);
    return true;
  });
});
