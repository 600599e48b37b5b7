import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { StructuredDocument } from '../../src/records.ts';
import type { ExtractContext, PersonMention } from '../../src/extract/facts.ts';
import { extractPersons, personKey, EXTRACTOR } from '../../src/extract/persons.ts';
import { extractPlaces } from '../../src/extract/places.ts';

function docOf(body: string[]): StructuredDocument {
  return {
    kind: 'article', title: null, published: null, publishedPrecision: 'unknown', author: null, authorNote: null, site: null,
    category: null, lede: null, body, captions: [], related: [], parent: null, url: null,
  };
}
const CTX: ExtractContext = { published: '2025-07-02', dateHint: null, collectionYear: null };
const persons = (text: string): PersonMention[] => extractPersons(docOf([text]), CTX);
const pairs = (text: string) => persons(text).map((p) => [p.name, p.title]);

test('party and state leaders with their position titles', () => {
  assert.deepEqual(pairs('Tổng Bí thư Tô Lâm chủ trì hội nghị.'), [['Tô Lâm', 'Tổng Bí thư']]);
  assert.deepEqual(pairs('Tham dự có Thủ tướng Phạm Minh Chính; Thường trực Ban Bí thư Trần Cẩm Tú.'), [
    ['Phạm Minh Chính', 'Thủ tướng'],
    ['Trần Cẩm Tú', 'Thường trực Ban Bí thư'],
  ]);
  assert.deepEqual(pairs('Phó Thủ tướng Thường trực Nguyễn Hòa Bình đã ký Quyết định.'), [['Nguyễn Hòa Bình', 'Phó Thủ tướng Thường trực']]);
  assert.deepEqual(pairs('Chủ tịch Quốc hội Trần Thanh Mẫn đề nghị'), [['Trần Thanh Mẫn', 'Chủ tịch Quốc hội']]);
});

test('a title qualified by an organisation or a province keeps the qualifier', () => {
  assert.deepEqual(pairs('Bộ trưởng Bộ Khoa học và Công nghệ Nguyễn Mạnh Hùng phát biểu.'), [
    ['Nguyễn Mạnh Hùng', 'Bộ trưởng Bộ Khoa học và Công nghệ'],
  ]);
  assert.deepEqual(pairs('Chủ tịch UBND tỉnh Bắc Ninh Vương Quốc Tuấn cho biết.'), [['Vương Quốc Tuấn', 'Chủ tịch UBND tỉnh Bắc Ninh']]);
  assert.deepEqual(pairs('Bí thư Tỉnh ủy Nghệ An Nguyễn Đức Trung'), [['Nguyễn Đức Trung', 'Bí thư Tỉnh ủy Nghệ An']]);
});

test('academic titles', () => {
  assert.deepEqual(pairs('PGS.TS Nguyễn Văn An, giảng viên'), [['Nguyễn Văn An', 'PGS.TS']]);
  assert.deepEqual(pairs('theo GS.TSKH Đặng Hùng Võ'), [['Đặng Hùng Võ', 'GS.TSKH']]);
  assert.deepEqual(pairs('TS. Lê Thị Mai nhận định'), [['Lê Thị Mai', 'TS.']]);
  assert.deepEqual(pairs('ThS Phan Minh Tâm'), [['Phan Minh Tâm', 'ThS']]);
});

test('honorifics introduce a name but are not titles', () => {
  assert.deepEqual(pairs('Ông Trương Gia Bình cho biết'), [['Trương Gia Bình', null]]);
  assert.deepEqual(pairs('theo bà Nguyễn Thị Hoa'), [['Nguyễn Thị Hoa', null]]);
  assert.deepEqual(pairs('đồng chí Trần Cẩm Tú'), [['Trần Cẩm Tú', null]]);
});

test('a single given name after ông/bà is a person only when the document names that person in full', () => {
  const found = extractPersons(docOf(['Ông Trương Gia Bình phát biểu.', 'Theo ông Bình, nhân lực là then chốt.']), CTX);
  assert.deepEqual(found.map((p) => [p.text, p.name]), [['Trương Gia Bình', 'Trương Gia Bình'], ['Bình', 'Trương Gia Bình']]);
  assert.deepEqual(persons('ông Bình cho biết'), []);
  assert.deepEqual(persons('Bà Đen và Bà Chiểu là những địa danh'), []);
});

test('a field written in capitals is skipped: capitals say nothing there', () => {
  assert.deepEqual(persons('TỔNG BÍ THƯ TÔ LÂM CHỦ TRÌ HỘI NGHỊ TẠI HÀ NỘI'), []);
});

test('anh/chị only introduce a name that starts with a family name', () => {
  assert.deepEqual(pairs('anh Nguyễn Văn Nam kể'), [['Nguyễn Văn Nam', null]]);
  assert.deepEqual(persons('chị Hoa và anh Kỹ thuật'), []);
});

test('a family-name-led run is a name without any title', () => {
  assert.deepEqual(pairs('Theo Lê Văn Thành, giải pháp là...'), [['Lê Văn Thành', null]]);
  assert.deepEqual(pairs('Hội thảo có sự tham gia của Nguyễn Thị Kim Ngân.'), [['Nguyễn Thị Kim Ngân', null]]);
});

test('a title with a capitalised name not led by a known family name still gives a person', () => {
  assert.deepEqual(pairs('CEO Jensen Huang đến Hà Nội'), [['Jensen Huang', 'CEO']]);
});

test('Ho Chi Minh the city and the academy are not persons; the President is', () => {
  assert.deepEqual(persons('tại Thành phố Hồ Chí Minh và TP. Hồ Chí Minh'), []);
  assert.deepEqual(persons('Học viện Chính trị quốc gia Hồ Chí Minh ký kết'), []);
  assert.deepEqual(pairs('Chủ tịch Hồ Chí Minh từng nói'), [['Hồ Chí Minh', 'Chủ tịch']]);
  // Decision: the thought of a person names that person.
  assert.deepEqual(pairs('học tập tư tưởng Hồ Chí Minh'), [['Hồ Chí Minh', null]]);
});

test('places and streets that look like names are not persons', () => {
  assert.deepEqual(persons('tại tỉnh Hòa Bình, Lâm Đồng và Hà Nội'), []);
  assert.deepEqual(persons('trên đường Lê Lợi và phố Quang Trung'), []);
  assert.deepEqual(persons('Sở Khoa học và Công nghệ Bà Rịa-Vũng Tàu'), []);
});

test('titles without a name give no person', () => {
  assert.deepEqual(persons('Tổng Bí thư khẳng định đây là một Nghị quyết; Thủ tướng Chính phủ quyết định.'), []);
  assert.deepEqual(persons('các đồng chí Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng'), []);
});

test('the span runs from the title to the end of the name; honorifics stay outside', () => {
  const text = 'Sáng 2/7, Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo, chủ trì.';
  const [p] = persons(text);
  assert.ok(p);
  assert.equal(text.slice(p.start, p.end), 'Tổng Bí thư Tô Lâm');
  assert.equal(p.text, 'Tổng Bí thư Tô Lâm');
  assert.equal(p.name, 'Tô Lâm');
  assert.equal(persons('Ông Trương Gia Bình cho biết')[0]?.text, 'Trương Gia Bình');
  assert.equal(p.extractor, EXTRACTOR.name);
  assert.equal(p.extractorVersion, EXTRACTOR.version);
});

test('personKey ignores case and tone placement', () => {
  assert.equal(personKey('Nguyễn Hoà Bình'), personKey('Nguyễn Hòa Bình'));
  assert.equal(personKey('TÔ LÂM'), personKey('Tô Lâm'));
  assert.notEqual(personKey('Lê Văn Thành'), personKey('Lê Văn Thạnh'));
});

test('an appositive after the name is not the title', () => {
  assert.deepEqual(pairs('Ông Trần Văn Tùng, Thứ trưởng Bộ Khoa học và Công nghệ, cho biết'), [['Trần Văn Tùng', null]]);
  assert.deepEqual(pairs('Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo Trung ương, chủ trì'), [['Tô Lâm', 'Tổng Bí thư']]);
});

test('a given name that is also an honorific word stays in the name', () => {
  assert.deepEqual(pairs('Tổng Giám đốc Công ty Cổ phần Viễn thông FPT Hoàng Việt Anh chia sẻ'), [['Hoàng Việt Anh', 'Tổng Giám đốc Công ty Cổ phần Viễn thông FPT']]);
  assert.deepEqual(pairs('PGS.TS Lê Anh Tuấn nhận định'), [['Lê Anh Tuấn', 'PGS.TS']]);
});

test('a title qualified by a place with `tại` still reaches the name', () => {
  assert.deepEqual(pairs('Đại sứ Hoa Kỳ tại Việt Nam Marc Knapper đánh giá'), [['Marc Knapper', 'Đại sứ Hoa Kỳ tại Việt Nam']]);
});

test('a landmark built on a family name is not a person', () => {
  assert.deepEqual(persons('dạo quanh Hồ Tây và Hồ Gươm'), []);
});

test('a headline in title case gives no family-name-led persons', () => {
  assert.deepEqual(persons('Đào Tạo Nhân Lực Cho Kỷ Nguyên Số Tại Việt Nam'), []);
});

test('property: every person mention is an exact slice of its field', () => {
  const pieces = fc.constantFrom('Tổng Bí thư', 'Tô Lâm', 'ông', 'Bình', 'Nguyễn Hòa Bình', ', ', '.', 'Bộ KH&CN', 'tỉnh', 'Hà Nội', 'PGS.TS', 'và', '(', ')');
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
      const text = parts.join(' ');
      for (const p of persons(text)) assert.equal(text.slice(p.start, p.end), p.text);
    }),
  );
});

test('a single given name after a title resolves to the full name given earlier', () => {
  const found = extractPersons(docOf(['Bộ trưởng Nguyễn Mạnh Hùng phát biểu.', 'Bộ trưởng Hùng nhấn mạnh vai trò của dữ liệu.']), CTX);
  assert.deepEqual(found.map((p) => [p.text, p.name, p.title]), [
    ['Bộ trưởng Nguyễn Mạnh Hùng', 'Nguyễn Mạnh Hùng', 'Bộ trưởng'],
    ['Bộ trưởng Hùng', 'Nguyễn Mạnh Hùng', 'Bộ trưởng'],
  ]);
  assert.deepEqual(persons('Thủ tướng Chính phủ quyết định; Bộ trưởng Hùng nói'), []);
});

test('a title whose last word opens an organisation name takes the whole name as qualifier', () => {
  assert.deepEqual(pairs('Trưởng Ban Tổ chức Trung ương Lê Minh Hưng nhấn mạnh'), [['Lê Minh Hưng', 'Trưởng Ban Tổ chức Trung ương']]);
});

test('a name after a title qualified by a body without its place is a person, never a place', () => {
  assert.deepEqual(pairs('Phó Chủ tịch UBND tỉnh Lò Văn Tiến kiểm tra công trình.'), [['Lò Văn Tiến', 'Phó Chủ tịch UBND tỉnh']]);
  assert.deepEqual(pairs('Chủ tịch UBND xã Hà Văn Khánh cho biết'), [['Hà Văn Khánh', 'Chủ tịch UBND xã']]);
  const doc = docOf(['Phó Chủ tịch UBND tỉnh Lò Văn Tiến kiểm tra công trình.']);
  assert.deepEqual(extractPlaces(doc, CTX), [], 'no place `tỉnh Lò Văn Tiến`');
});

test('a sentence naming five officials yields five persons', () => {
  const found = pairs(
    'Dự lễ có các đồng chí: Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng; Lê Thành Long, Phó Thủ tướng Chính phủ; ' +
      'Bí thư Tỉnh ủy Trần Hồng Minh; Phó Chủ tịch UBND tỉnh Lò Văn Tiến và bà Hà Thị Nga, Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam.',
  );
  assert.deepEqual(found.map((p) => p[0]), ['Phan Văn Giang', 'Lê Thành Long', 'Trần Hồng Minh', 'Lò Văn Tiến', 'Hà Thị Nga']);
});

test('streets, alleys and house numbers named after people are addresses, not persons', () => {
  assert.deepEqual(persons('Cửa hàng ở số 414 Nguyễn Thị Minh Khai, quận 3.'), []);
  assert.deepEqual(persons('Nhà văn hóa tại ngõ 147 Trương Định mở cửa.'), []);
  assert.deepEqual(persons('Đoàn đi qua phố Lê Duẩn rồi rẽ vào đường Trần Hưng Đạo.'), []);
});

test('hospitals and schools named after people are organisations; the people are not persons there', () => {
  assert.deepEqual(persons('Bệnh nhân được chuyển lên Bệnh viện Bạch Mai.'), []);
  assert.deepEqual(persons('Học sinh trường tiểu học Ngô Gia Tự và trường THCS Hoàng Diệu dự thi.'), []);
});

test('communes and districts that start with a family name are places, not persons', () => {
  assert.deepEqual(persons('Lũ quét qua các xã Thạch Sơn, Thạch Long và huyện Lý Nhân.'), []);
  assert.deepEqual(persons('Người dân Lý Nhân (Hà Nam) đón tin vui.'), []);
  // Once the document gives the level word, the bare name is the place everywhere.
  assert.deepEqual(extractPersons(docOf(['Huyện Bạch Thông có 14 xã.', 'Bạch Thông đặt mục tiêu phủ sóng 5G.']), CTX), []);
});

test('villages listed before their commune in parentheses are not persons; people placed in a province are', () => {
  assert.deepEqual(persons('Còn 3 thôn chưa có sóng: Nà Pồng, Lý Khiêm, Cốc Phát (Hòa Thuận).'), []);
  assert.deepEqual(pairs('Đoạt giải có Nguyễn Minh An, Trần Thị Bình (Hà Nội).').map((p) => p[0]), ['Nguyễn Minh An', 'Trần Thị Bình']);
});
