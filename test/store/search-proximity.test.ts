// Unquoted words are looked for close together first (a Vietnamese word spans several syllables),
// and anywhere in the document only when nothing matches that way.
import { openStore, test } from './backends.ts';
import assert from 'node:assert/strict';
import { article } from './fixtures.ts';

async function storeWith(bodies: string[]) {
  const store = await openStore(':memory:');
  await store.saveFile({
    origin: 'proximity.txt',
    sourceHash: 'h',
    format: 'plain',
    documents: bodies.map((b, i) => article(`Bài ${i}`, [b])),
  });
  return store;
}

const titles = (hits: { title: string | null }[]) => hits.map((h) => h.title).sort();

test('syllables of one word match together, not scattered over the page', async () => {
  const store = await storeWith([
    'Ngày hội AI khai mạc tại tỉnh Điện Biên.',
    'Năng lượng điện hạt nhân được xem là tối ưu cho mục tiêu phát thải thấp, góp phần chống biến đổi khí hậu.',
  ]);
  assert.deepEqual(titles(await store.search('dien bien')), ['Bài 0']);
  assert.deepEqual(titles(await store.search('Điện Biên')), ['Bài 0']);
  await store.close();
});

test('words a few tokens apart still match, in either order', async () => {
  const store = await storeWith(['Đẩy mạnh chuyển đổi mạnh mẽ số hóa toàn diện.', 'Số hóa và chuyển đổi quy trình.']);
  assert.equal((await store.search('chuyển đổi số')).length, 2);
  await store.close();
});

test('when no document has the words close together, any document with all of them is found', async () => {
  const store = await storeWith([
    'Hà Nội tổ chức hội thảo về chính sách mới cho doanh nghiệp khởi nghiệp trong lĩnh vực trí tuệ nhân tạo AI.',
    'Một bài không liên quan.',
  ]);
  assert.deepEqual(titles(await store.search('Hà Nội AI')), ['Bài 0']);
  await store.close();
});

test('quoted phrases are not loosened, and a quoted phrase with loose words combines both rules', async () => {
  const store = await storeWith(['Phong trào Bình dân học vụ số được phát động tại Điện Biên.', 'Học vụ số bình dân.']);
  assert.deepEqual(titles(await store.search('"Bình dân học vụ số"')), ['Bài 0']);
  assert.deepEqual(titles(await store.search('"học vụ số" dien bien')), ['Bài 0']);
  await store.close();
});
