import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { StructuredDocument } from '../../src/records.ts';
import type { ExtractContext, PlaceMention } from '../../src/extract/facts.ts';
import { extractPlaces, EXTRACTOR } from '../../src/extract/places.ts';

function docOf(body: string[], title: string | null = null): StructuredDocument {
  return {
    kind: 'article', title, published: null, publishedPrecision: 'unknown', author: null, authorNote: null, site: null,
    category: null, lede: null, body, captions: [], related: [], parent: null, url: null,
  };
}

const AFTER: ExtractContext = { published: '2025-07-02T10:00:00+07:00', dateHint: null, collectionYear: null };
const BEFORE: ExtractContext = { published: '2025-05-06', dateHint: null, collectionYear: null };

function places(text: string, ctx: ExtractContext = AFTER): PlaceMention[] {
  return extractPlaces(docOf([text]), ctx);
}
const texts = (text: string, ctx?: ExtractContext) => places(text, ctx).map((p) => p.text);

test('a merged province keeps its own name; unit is today\'s unit; unitAtDate follows the document date', () => {
  const [before] = places('Thực hiện Nghị quyết, tỉnh Nam Định chỉ đạo quyết liệt.', BEFORE);
  assert.equal(before?.text, 'tỉnh Nam Định');
  assert.equal(before?.name, 'Nam Định');
  assert.equal(before?.placeType, 'province');
  assert.equal(before?.unit, 'Ninh Bình');
  assert.equal(before?.unitAtDate, 'Nam Định');
  assert.equal(places('tỉnh Nam Định', AFTER)[0]?.unitAtDate, 'Ninh Bình');
  assert.equal(places('tỉnh Nam Định', { published: null, dateHint: null, collectionYear: null })[0]?.unitAtDate, null);
});

test('Ho Chi Minh City aliases all resolve to one canonical city', () => {
  for (const alias of ['TP.HCM', 'TP HCM', 'TPHCM', 'TP. Hồ Chí Minh', 'Thành phố Hồ Chí Minh', 'thành phố Hồ Chí Minh', 'Sài Gòn']) {
    const found = places(`Sự kiện diễn ra tại ${alias} hôm qua.`);
    assert.equal(found.length, 1, alias);
    assert.equal(found[0]?.text, alias);
    assert.equal(found[0]?.name, 'Thành phố Hồ Chí Minh');
    assert.equal(found[0]?.placeType, 'city');
    assert.equal(found[0]?.unit, 'Thành phố Hồ Chí Minh');
  }
});

test('a written prefix is in the span but not in the name; old/new tone placement both match', () => {
  assert.deepEqual(texts('tại tỉnh Hoà Bình và tỉnh Hòa Bình'), ['tỉnh Hoà Bình', 'tỉnh Hòa Bình']);
  // The text's own tone placement is kept when it is the only difference from the gazetteer's.
  assert.deepEqual(places('tại tỉnh Hoà Bình và Thanh Hóa').map((p) => p.name), ['Hoà Bình', 'Thanh Hóa']);
  assert.deepEqual(places('trên địa bàn thành phố Hải Phòng').map((p) => [p.text, p.name]), [['thành phố Hải Phòng', 'Hải Phòng']]);
  assert.deepEqual(places('UBND đã họp tại TP. Đà Nẵng').map((p) => [p.text, p.name]), [['TP. Đà Nẵng', 'Đà Nẵng']]);
});

test('Thủ đô is an epithet: alone it is no place name, before Hà Nội it stays out of the span', () => {
  assert.deepEqual(places('phong trào thanh thiếu nhi Thủ đô năm 2025'), []);
  assert.deepEqual(places('thủ đô của nhiều nước'), []);
  assert.deepEqual(texts('Thủ đô Hà Nội'), ['Hà Nội']);
});

test('countries and regions, including the longest-match Pacific', () => {
  const found = places('VNNIC có đóng góp trong cộng đồng Internet châu Á-Thái Bình Dương, hợp tác với Nhật Bản và Hoa Kỳ.');
  // Names are as written; the gazetteer's name, when another, is `canonical`.
  assert.deepEqual(found.map((p) => [p.name, p.canonical, p.placeType]), [
    ['châu Á-Thái Bình Dương', 'châu Á - Thái Bình Dương', 'region'],
    ['Nhật Bản', undefined, 'country'],
    ['Hoa Kỳ', undefined, 'country'],
  ]);
  assert.deepEqual(texts('khu vực Đông Nam Á'), ['Đông Nam Á']);
  assert.deepEqual([places('thị trường Mỹ')[0]?.name, places('thị trường Mỹ')[0]?.canonical], ['Mỹ', 'Hoa Kỳ']);
  assert.deepEqual(places('giảm bất bình đẳng ở châu Á và Thái Bình Dương').map((p) => [p.text, p.canonical]), [
    ['châu Á và Thái Bình Dương', 'châu Á - Thái Bình Dương'],
  ]);
  assert.deepEqual(places('tại TP.HCM và Sài Gòn').map((p) => p.name), ['Thành phố Hồ Chí Minh', 'Thành phố Hồ Chí Minh'], 'the city is written out');
  assert.deepEqual(texts('châu Á và châu Âu'), ['châu Á', 'châu Âu']);
});

test('no Thái Bình province inside Thái Bình Dương, no Bình Dương either', () => {
  assert.ok(places('vùng Thái Bình Dương').every((p) => p.name === 'Thái Bình Dương'));
});

test('a place that locates an organisation is a place mention marked within it; a national name is not', () => {
  const inside = places('Ủy ban nhân dân tỉnh Điện Biên và Công an xã Mường Phăng phối hợp; Đại học Bách khoa Hà Nội tham gia.');
  assert.deepEqual(inside.map((p) => [p.text, p.name, p.within]), [
    ['tỉnh Điện Biên', 'Điện Biên', 'organization'],
    ['xã Mường Phăng', 'Mường Phăng', 'organization'],
    ['Hà Nội', 'Hà Nội', 'organization'],
  ]);
  assert.deepEqual(places('Viện Hàn lâm Khoa học xã hội Việt Nam tổ chức hội thảo.'), [], 'a country ending a national body is its name');
  assert.deepEqual(places('Học viện Chính trị quốc gia Hồ Chí Minh khai giảng.'), []);
  assert.deepEqual(places('Báo Sài Gòn Giải Phóng tổ chức giao lưu.'), [], 'a place inside a name is the name');
  assert.deepEqual(places('đại diện VCCI Chi nhánh Nghệ An - Hà Tĩnh phát biểu').map((p) => p.name), ['Nghệ An', 'Hà Tĩnh']);
});

test('a venue named after a place is not a mention of the place; the city after it is', () => {
  const found = places('Ngày 7/5, tại Trung tâm Hội chợ và Triển lãm Sài Gòn (SECC), Thành phố Hồ Chí Minh diễn ra Diễn đàn.');
  assert.deepEqual(found.map((p) => p.text), ['Thành phố Hồ Chí Minh']);
});

test('a place name inside a person name is not a place', () => {
  assert.deepEqual(places('Phó Thủ tướng Thường trực Nguyễn Hòa Bình đã ký Quyết định.'), []);
  assert.deepEqual(places('Bà Nguyễn Thị Huế cho biết'), []);
});

test('a name glued to a further capitalised word is part of a longer name', () => {
  assert.deepEqual(texts('Chiến dịch “Điện Biên Phủ - Hành trình phủ AI”'), []);
  assert.deepEqual(texts('khai trương ở Mỹ Tho'), []);
});

test('common words that spell a country are refused', () => {
  assert.deepEqual(places('Pháp luật về dữ liệu. Ý kiến của chuyên gia.'), []);
  assert.deepEqual(places('hòa bình và phát triển'), []);
});

test('offsets slice the field text exactly; extractor name and version are set', () => {
  const text = 'Sáng 6/5, tại tỉnh Điện Biên và TP.HCM, đoàn công tác của Việt Nam làm việc.';
  const found = places(text);
  assert.equal(found.length, 3);
  for (const p of found) {
    assert.equal(text.slice(p.start, p.end), p.text);
    assert.equal(p.extractor, EXTRACTOR.name);
    assert.equal(p.extractorVersion, EXTRACTOR.version);
  }
});

test('property: every mention is an exact slice of its field, whatever surrounds the names', () => {
  const pieces = fc.constantFrom('tỉnh Nam Định', 'TP.HCM', ' ', ', ', 'Hà Nội', 'Việt Nam', 'xin chào', 'Nguyễn Hòa Bình', '(', ')', 'Thủ đô', 'Bà Rịa-Vũng Tàu');
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
      const text = parts.join(' ');
      for (const p of places(text)) assert.equal(text.slice(p.start, p.end), p.text);
    }),
  );
});

test('local units outside the gazetteer are places of type other, found by their prefix', () => {
  const [district] = places('bà con huyện Mường Nhé');
  assert.deepEqual([district?.text, district?.name, district?.placeType, district?.unit], ['huyện Mường Nhé', 'Mường Nhé', 'other', null]);
  assert.deepEqual(places('một kỹ sư tại Thành phố Thủ Đức').map((p) => [p.text, p.name]), [['Thành phố Thủ Đức', 'Thủ Đức']]);
  assert.deepEqual(places('UBND các tỉnh, thành phố khẩn trương'), []);
});

test('a sentence opener before a place does not hide it; a brand name does', () => {
  assert.deepEqual(texts('Tại Hà Nội, hội nghị diễn ra.'), ['Hà Nội']);
  assert.deepEqual(texts('Samsung Việt Nam cho biết.'), []);
});

test('landmarks are places of type other', () => {
  assert.deepEqual(places('dạo quanh Hồ Tây').map((p) => [p.name, p.placeType]), [['Hồ Tây', 'other']]);
});

test('a place inside the name of an event, campaign or venue is not a place mention', () => {
  assert.deepEqual(places('Diễn đàn và Triển lãm quốc tế Đô thị thông minh châu Á (Smart City Asia 2025) khai mạc'), []);
  assert.deepEqual(places('Chiến dịch “Điện Biên Phủ - Hành trình phủ AI” và phong trào “Hà Nội số”'), []);
  assert.deepEqual(texts('Hội nghị diễn ra tại Hà Nội'), ['Hà Nội'], 'an event head with no name after it masks nothing');
});

test('communes listed after a plural level word, or in parentheses after villages, are places', () => {
  assert.deepEqual(places('Mưa lớn gây ngập các xã Yên Hòa, Yên Thịnh và Tân Lập.').map((p) => p.name), ['Yên Hòa', 'Yên Thịnh', 'Tân Lập']);
  const doc = docOf(['Hai thôn chưa có điện: Thôn Nà Khoang (xã Phúc Sơn) và thôn Pác Bó (xã Trường Hà).', 'Còn lại: Khuổi Nặm (Quang Thành); Bó Lếch (Hưng Đạo).']);
  assert.deepEqual(extractPlaces(doc, AFTER).map((p) => p.name), ['Phúc Sơn', 'Trường Hà', 'Quang Thành', 'Hưng Đạo']);
});

test('a local place named once with its level word is that place wherever the document names it bare', () => {
  const doc = docOf(['Huyện Mường Tè có 14 xã.', 'Mường Tè đặt mục tiêu phủ sóng toàn bộ bản.']);
  assert.deepEqual(extractPlaces(doc, AFTER).map((p) => [p.index, p.text]), [[0, 'Huyện Mường Tè'], [1, 'Mường Tè']]);
});

test('regions written with a lower-case bộ; a nickname after thành phố and an unknown name after tỉnh are no places', () => {
  assert.deepEqual(places('các tỉnh miền núi Bắc bộ và Bắc Trung bộ').map((p) => p.text), ['Bắc bộ', 'Bắc Trung bộ']);
  assert.deepEqual(places('tiến trình chuyển đổi số của thành phố Cảng'), []);
  assert.deepEqual(places('Phó Chủ tịch UBND tỉnh Lò Văn Tiến phát biểu'), []);
});
