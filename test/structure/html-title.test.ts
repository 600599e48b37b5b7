// Which title a page's candidates yield: the <h1>, the <title> tag and the declared headline agree or
// disagree in the ways real sites do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseTitle } from '../../src/structure/html/title.ts';
import { extractHtmlArticle } from '../../src/structure/html/index.ts';

test('an <h1> that the <title> starts with wins over a declared headline with a site suffix', () => {
  assert.equal(chooseTitle({ headings: ['Giá vàng tăng mạnh'], titleTag: 'Giá vàng tăng mạnh | Báo Mẫu', declared: 'Giá vàng tăng mạnh - Báo Mẫu', site: 'Báo Mẫu' }), 'Giá vàng tăng mạnh');
});

test('when the <h1> is a reworded display line, the <title> segment the declared headline agrees with wins', () => {
  assert.equal(chooseTitle({ headings: ['Make the most of your stay'], titleTag: 'Hotel Life Hacks | Ovo Hotels', declared: 'Hotel Life Hacks', site: null }), 'Hotel Life Hacks');
});

test('an <h1> the declared headline agrees with wins even when the <title> differs', () => {
  assert.equal(chooseTitle({ headings: ['Cloud stocks to buy'], titleTag: 'Investing news', declared: 'Cloud stocks to buy', site: null }), 'Cloud stocks to buy');
});

test('a leading site name in <title> is skipped; without an <h1> the leading segment is the title', () => {
  assert.equal(chooseTitle({ headings: [], titleTag: 'Báo Mẫu - Hà Nội mở rộng đường vành đai', declared: null, site: 'Báo Mẫu' }), 'Hà Nội mở rộng đường vành đai');
});

test('entities escaped twice in metadata are decoded', () => {
  const html = '<html><head><title>Rock &amp;#8211; Roll | Site</title><meta property="og:title" content="Rock &amp;#8211; Roll"></head><body><p>Text.</p></body></html>';
  assert.equal(extractHtmlArticle(html).title, 'Rock – Roll');
});
