import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { StructuredDocument } from '../../src/records.ts';
import type { ExtractContext, OrganizationMention } from '../../src/extract/facts.ts';
import { extractOrganizations, organizationKey, EXTRACTOR } from '../../src/extract/organizations.ts';
import { KNOWN_ORGANIZATIONS } from '../../src/extract/gazetteer/organizations.ts';

function docOf(body: string[]): StructuredDocument {
  return {
    kind: 'article', title: null, published: null, publishedPrecision: 'unknown', author: null, authorNote: null, site: null,
    category: null, lede: null, body, captions: [], related: [], parent: null, url: null,
  };
}
const CTX: ExtractContext = { published: '2025-07-02', dateHint: null, collectionYear: null };
const orgs = (...body: string[]): OrganizationMention[] => extractOrganizations(docOf(body), CTX);
const triples = (...body: string[]) => orgs(...body).map((o) => [o.text, o.name, o.orgType]);

test('Party and State bodies by name', () => {
  assert.deepEqual(triples('Nghị quyết của Bộ Chính trị; Ban Bí thư; Quốc hội; Chính phủ; Ủy ban Thường vụ Quốc hội.').map((t) => t[2]), [
    'party', 'party', 'state', 'state', 'state',
  ]);
  assert.deepEqual(triples('Văn phòng Trung ương Đảng thông báo'), [['Văn phòng Trung ương Đảng', 'Văn phòng Trung ương Đảng', 'party']]);
});

test('ministries by full name and by abbreviation resolve to one canonical name', () => {
  assert.deepEqual(triples('Bộ KH&CN và Bộ Khoa học và Công nghệ').map((t) => t[1]), ['Bộ Khoa học và Công nghệ', 'Bộ Khoa học và Công nghệ']);
  assert.deepEqual(triples('Bộ Văn hóa, Thể thao và Du lịch phối hợp')[0], ['Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Văn hóa, Thể thao và Du lịch', 'ministry']);
  assert.deepEqual(triples('Bộ Nông nghiệp và Môi trường tổ chức họp báo')[0]?.[0], 'Bộ Nông nghiệp và Môi trường');
});

test('a former ministry is its own entity and names its successor in the data', () => {
  const [mic] = orgs('Bộ Thông tin và Truyền thông (cũ)');
  assert.equal(mic?.name, 'Bộ Thông tin và Truyền thông');
  const data = KNOWN_ORGANIZATIONS.find((o) => o.name === 'Bộ Thông tin và Truyền thông');
  assert.equal(data?.succeededBy?.name, 'Bộ Khoa học và Công nghệ');
  assert.equal(data?.succeededBy?.since, '2025-03-01');
});

test('a parenthesised acronym becomes an alias: one mention spanning both, later bare uses resolve', () => {
  const found = orgs('Trung tâm Internet Việt Nam (VNNIC) được ICANN mời.', 'Vai trò của VNNIC được ghi nhận.');
  assert.deepEqual(found.map((o) => [o.index, o.text, o.name]), [
    [0, 'Trung tâm Internet Việt Nam (VNNIC)', 'Trung tâm Internet Việt Nam'],
    [0, 'ICANN', 'Tổ chức quản lý tên miền và số hiệu Internet'],
    [1, 'VNNIC', 'Trung tâm Internet Việt Nam'],
  ]);
});

test('an alias learnt from an unknown organisation applies to the whole document', () => {
  const found = orgs('Công ty Cổ phần Công nghệ Sao Bắc (SBT) ra mắt.', 'SBT cho biết sẽ mở rộng.');
  assert.deepEqual(found.map((o) => o.name), ['Công ty Cổ phần Công nghệ Sao Bắc', 'Công ty Cổ phần Công nghệ Sao Bắc']);
});

test('the Steering Committee: full name, then its short forms in the same document', () => {
  const full = 'Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số';
  const found = orgs(`${full} (Ban Chỉ đạo) tổ chức hội nghị. Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo Trung ương, chủ trì.`, 'Ban Chỉ đạo đã ban hành kế hoạch.');
  assert.deepEqual(found.map((o) => o.text), [`${full} (Ban Chỉ đạo)`, 'Ban Chỉ đạo Trung ương', 'Ban Chỉ đạo']);
  assert.ok(found.every((o) => o.name === full && o.orgType === 'party'));
});

test('province bodies: UBND / Ủy ban nhân dân, Sở, Tỉnh ủy, Thành ủy with their province', () => {
  assert.deepEqual(triples('Ủy ban nhân dân tỉnh Điện Biên tổ chức'), [['Ủy ban nhân dân tỉnh Điện Biên', 'Ủy ban nhân dân tỉnh Điện Biên', 'province_body']]);
  assert.deepEqual(triples('UBND TP.HCM chỉ đạo')[0]?.[1], 'Ủy ban nhân dân Thành phố Hồ Chí Minh');
  assert.deepEqual(triples('Sở Khoa học và Công nghệ tỉnh Điện Biên sẽ phát động')[0]?.[0], 'Sở Khoa học và Công nghệ tỉnh Điện Biên');
  assert.deepEqual(triples('Sở KH&CN Hà Nội cho biết')[0]?.[1], 'Sở Khoa học và Công nghệ Hà Nội');
  assert.deepEqual(triples('Chương trình số 07 của Thành ủy Hà Nội khóa XVII')[0], ['Thành ủy Hà Nội khóa XVII', 'Thành ủy Hà Nội', 'party']);
  // Said without its province, a people's committee is the story's own: a definite reference, less sure.
  const bare = orgs('Phó Chủ tịch UBND tỉnh cho biết');
  assert.deepEqual(bare.map((o) => [o.text, o.name]), [['UBND tỉnh', 'Ủy ban nhân dân tỉnh']]);
  assert.ok((bare[0]?.confidence ?? 1) < 0.8);
  assert.deepEqual(orgs('UBND các tỉnh, thành phố và Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương'), [], 'many committees are no one body');
});

test('universities and institutes: names with lowercase words and a hyphenated parent', () => {
  const found = triples('Học viện Chính trị quốc gia Hồ Chí Minh; Học viện Kỹ thuật mật mã; Đại học Bách khoa Hà Nội; Trường đại học Công nghệ - Đại học Quốc gia Hà Nội; Trường đại học FPT đã tham gia.');
  assert.deepEqual(found.map((t) => t[0]), [
    'Học viện Chính trị quốc gia Hồ Chí Minh',
    'Học viện Kỹ thuật mật mã',
    'Đại học Bách khoa Hà Nội',
    'Trường đại học Công nghệ - Đại học Quốc gia Hà Nội',
    'Trường đại học FPT',
  ]);
  assert.ok(found.every((t) => t[2] === 'university'));
  assert.deepEqual(triples('Viện Hàn lâm Khoa học xã hội Việt Nam tổ chức hội thảo')[0]?.[0], 'Viện Hàn lâm Khoa học xã hội Việt Nam');
});

test('companies and centres end before a verb, a person or a title', () => {
  // The board is a body of its own, named by the company it belongs to.
  assert.deepEqual(triples('Chủ tịch HĐQT Tập đoàn FPT Trương Gia Bình phát biểu')[0]?.slice(0, 2), ['HĐQT Tập đoàn FPT', 'Hội đồng quản trị Tập đoàn FPT']);
  assert.deepEqual(triples('Tập đoàn FPT ký với Tập đoàn Viettel')[0]?.[0], 'Tập đoàn FPT');
  assert.deepEqual(triples('Trung tâm đổi mới sáng tạo CT Innovation Hub vừa khai trương')[0]?.[0], 'Trung tâm đổi mới sáng tạo CT Innovation Hub');
  assert.deepEqual(orgs('Trung tâm dữ liệu quốc gia sẽ vận hành'), [], 'no capitalised word after the head: a common noun');
  assert.deepEqual(orgs('Viện dẫn số liệu, Hội nghị đã thảo luận; Sở hữu trí tuệ là vấn đề'), []);
});

test('international organisations by acronym; acronyms inside document numbers are not mentions', () => {
  assert.deepEqual(triples('Theo ADB, số hóa có thể giúp...')[0], ['ADB', 'Ngân hàng Phát triển châu Á', 'international']);
  assert.deepEqual(orgs('Kế hoạch số 02-KH/BCĐTW ban hành'), []);
});

test('offsets slice the text; extractor name and version are set', () => {
  const text = 'Ngày 7/5, Bộ Nông nghiệp và Môi trường và UBND tỉnh Lào Cai ký kết.';
  const found = orgs(text);
  assert.equal(found.length, 2);
  for (const o of found) {
    assert.equal(text.slice(o.start, o.end), o.text);
    assert.equal(o.extractor, EXTRACTOR.name);
    assert.equal(o.extractorVersion, EXTRACTOR.version);
  }
});

test('organizationKey maps aliases to one key', () => {
  assert.equal(organizationKey('Bộ KH&CN'), organizationKey('Bộ Khoa học và Công nghệ'));
  assert.equal(organizationKey('VNNIC'), organizationKey('Trung tâm Internet Việt Nam'));
  assert.equal(organizationKey('UBND tỉnh Khánh Hoà'), organizationKey('Ủy ban nhân dân tỉnh Khánh Hòa'));
});

test('a lowercase syllable completing a capitalised word ends the name when the sentence moves on', () => {
  assert.deepEqual(triples('Theo Tổng cục Thống kê, GDP tăng')[0]?.[0], 'Tổng cục Thống kê');
  assert.deepEqual(triples('Theo Cục Công nghiệp công nghệ thông tin, Bộ KH&CN, thị trường...')[0]?.[0], 'Cục Công nghiệp công nghệ thông tin');
  assert.deepEqual(triples('Tập đoàn Viettel triển khai mạng 5G')[0]?.[0], 'Tập đoàn Viettel');
  assert.deepEqual(triples('Tập đoàn Samsung đầu tư vào Thái Nguyên')[0]?.[0], 'Tập đoàn Samsung');
});

test('schools may be named after people; companies end before a person', () => {
  assert.deepEqual(triples('Trường THPT Chuyên Lê Hồng Phong đạt giải')[0]?.[0], 'Trường THPT Chuyên Lê Hồng Phong');
  assert.deepEqual(triples('Trường Đại học Tôn Đức Thắng tuyển sinh')[0]?.[0], 'Trường Đại học Tôn Đức Thắng');
});

test('a company\'s local arm includes its country', () => {
  assert.deepEqual(triples('Samsung Việt Nam cho biết'), [['Samsung Việt Nam', 'Samsung Việt Nam', 'company']]);
});

test('a province\'s National Assembly delegation is an organisation with its province', () => {
  assert.deepEqual(triples('Đoàn ĐBQH TP Hà Nội thảo luận')[0]?.slice(1), ['Đoàn đại biểu Quốc hội thành phố Hà Nội', 'province_body']);
});

test('property: every organisation mention is an exact slice of its field', () => {
  const pieces = fc.constantFrom('Trung tâm', 'Internet', 'Việt Nam', '(VNNIC)', 'VNNIC', 'UBND', 'tỉnh', 'Điện Biên', 'Sở', 'Khoa học', 'và', 'Công nghệ', '-', ',', 'đã', 'Trường đại học', 'FPT', 'mật mã');
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
      const text = parts.join(' ');
      for (const o of orgs(text, 'VNNIC')) assert.equal((o.index === 0 ? text : 'VNNIC').slice(o.start, o.end), o.text);
    }),
  );
});

test('event boards and places that start with a head word are not organisations', () => {
  assert.deepEqual(orgs('Ban Giám khảo đã chọn 10 đội. Hội An đón khách.'), []);
  assert.deepEqual(triples('Ban Quản lý Khu công nghệ cao Hòa Lạc cho biết')[0]?.[0], 'Ban Quản lý Khu công nghệ cao Hòa Lạc');
});

test('a term suffix belongs to the span, not to the name', () => {
  assert.deepEqual(triples('tại kỳ họp thứ 9, Quốc hội Khóa XV, ngày 6/5'), [['Quốc hội Khóa XV', 'Quốc hội', 'state']]);
});

test('the Party by its full name; the abstract Đảng, Đảng ủy and other parties are not the Party', () => {
  assert.deepEqual(orgs('tầm nhìn chiến lược của Đảng ta, sự lãnh đạo của Đảng và Nhà nước'), []);
  assert.deepEqual(triples('Đảng Cộng sản Việt Nam ra đời năm 1930'), [['Đảng Cộng sản Việt Nam', 'Đảng Cộng sản Việt Nam', 'party']]);
  assert.deepEqual(orgs('các đảng viên và Đảng Dân chủ'), []);
  assert.deepEqual(triples('Bí thư Trung ương Đảng, Ủy viên Trung ương Đảng').map((t) => t[1]), ['Ban Chấp hành Trung ương Đảng', 'Ban Chấp hành Trung ương Đảng']);
});

test('venues are not organisations', () => {
  assert.deepEqual(orgs('tại Trung tâm Hội chợ và Triển lãm Sài Gòn (SECC), Thành phố Hồ Chí Minh'), []);
  assert.deepEqual(orgs('Trung tâm Hội nghị Quốc gia'), []);
});

test('a plural provincial body followed by a list of provinces names one body per province', () => {
  const found = triples('Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh cùng hai Sở Khoa học và Công nghệ Bà Rịa-Vũng Tàu, Bình Dương và Trung tâm Chuyển đổi số Thành phố Hồ Chí Minh vừa ký');
  assert.deepEqual(found.map((t) => [t[0], t[1]]), [
    ['Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh', 'Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh'],
    ['Sở Khoa học và Công nghệ Bà Rịa-Vũng Tàu', 'Sở Khoa học và Công nghệ Bà Rịa-Vũng Tàu'],
    ['Bình Dương', 'Sở Khoa học và Công nghệ Bình Dương'],
    ['Trung tâm Chuyển đổi số Thành phố Hồ Chí Minh', 'Trung tâm Chuyển đổi số Thành phố Hồ Chí Minh'],
  ]);
  assert.equal(found[3]?.[2], 'province_body');
  assert.deepEqual(orgs('Sở Y tế Hà Nội, Hải Phòng đã họp').map((o) => o.text), ['Sở Y tế Hà Nội'], 'no plural: no ellipsis');
});

test('party committees are party bodies; a youth union stays other; a centre named after its province is provincial', () => {
  assert.equal(triples('Tỉnh ủy Nghệ An chỉ đạo')[0]?.[2], 'party');
  assert.equal(triples('Thành đoàn Hà Nội phát động')[0]?.[2], 'other');
  assert.equal(triples('Trung tâm Chuyển đổi số TP.HCM vừa ký')[0]?.[2], 'province_body');
});

test('names are not cut mid-name: lower-case inner words of official names', () => {
  assert.deepEqual(triples('Trung tâm phục vụ hành chính công tỉnh Bắc Ninh tiếp nhận hồ sơ')[0]?.[0], 'Trung tâm phục vụ hành chính công tỉnh Bắc Ninh');
  assert.deepEqual(triples('Học viện Thanh thiếu niên Việt Nam tuyển sinh')[0]?.[0], 'Học viện Thanh thiếu niên Việt Nam');
  assert.deepEqual(triples('Cục Quản lý thị trường tỉnh Nghệ An kiểm tra')[0]?.[0], 'Cục Quản lý thị trường tỉnh Nghệ An');
  assert.deepEqual(triples('Theo Hiệp hội Doanh nghiệp nhỏ và vừa toàn cầu (GSME), thị trường tăng')[0]?.[0], 'Hiệp hội Doanh nghiệp nhỏ và vừa toàn cầu (GSME)');
});

test('names do not run past their end: into a verb, a second body or a second province', () => {
  assert.deepEqual(orgs('Sở Tài chính và Sở Nội vụ thẩm định').map((o) => o.text), ['Sở Tài chính', 'Sở Nội vụ']);
  assert.deepEqual(orgs('Sở Khoa học và Công nghệ xây dựng, ban hành kế hoạch').map((o) => o.text), ['Sở Khoa học và Công nghệ']);
  assert.deepEqual(orgs('đại diện Sở Y tế tỉnh Nam Định và TP Hải Phòng').map((o) => o.text), ['Sở Y tế tỉnh Nam Định']);
  assert.deepEqual(orgs('đổi tên Phòng Hành chính - Quản trị thành Phòng Tổ chức - Hành chính').map((o) => o.text), [
    'Phòng Hành chính - Quản trị', 'Phòng Tổ chức - Hành chính',
  ]);
  assert.deepEqual(orgs('ông Lê Văn A, Phó Trưởng Ban Kinh tế Trung ương trình bày Báo cáo').map((o) => o.text), ['Ban Kinh tế Trung ương']);
});

test('a body inside a position title counts; a unit and its parent are separate bodies', () => {
  assert.deepEqual(orgs('Thủ tướng Chính phủ chỉ đạo').map((o) => o.name), ['Chính phủ']);
  assert.deepEqual(orgs('giao Văn phòng Tỉnh ủy làm cơ quan thường trực').map((o) => o.text), ['Văn phòng Tỉnh ủy']);
  assert.deepEqual(orgs('ông A, Chủ tịch Hội đồng thành viên Tập đoàn VNPT, cho biết').map((o) => [o.text, o.name]), [
    ['Hội đồng thành viên Tập đoàn VNPT', 'Hội đồng thành viên Tập đoàn VNPT'],
  ]);
  assert.deepEqual(orgs('Viettel Hà Giang và Viettel cùng hỗ trợ').map((o) => o.name), ['Viettel Hà Giang', 'Tập đoàn Công nghiệp - Viễn thông Quân đội']);
});

test('bodies named without their place, at a local level, or as a steering committee by its remit', () => {
  assert.deepEqual(orgs('Sở tham mưu cho Tỉnh ủy, HĐND, UBND tỉnh ban hành văn bản').map((o) => o.name), [
    'Tỉnh ủy', 'Hội đồng nhân dân', 'Ủy ban nhân dân tỉnh',
  ]);
  assert.deepEqual(orgs('Công an xã Yên Lạc phối hợp với Đoàn Thanh niên').map((o) => o.text), ['Công an xã Yên Lạc', 'Đoàn Thanh niên']);
  assert.deepEqual(orgs('Ban Chỉ đạo phát triển khoa học, công nghệ và chuyển đổi số của tỉnh họp').map((o) => o.text), [
    'Ban Chỉ đạo phát triển khoa học, công nghệ và chuyển đổi số của tỉnh',
  ]);
  assert.deepEqual(orgs('Ban Chỉ đạo đã họp'), [], 'a board named by its function alone is a back-reference');
});

test('generic plurals, programmes, portals, facilities and e-government are not organisations', () => {
  assert.deepEqual(orgs('các bộ, ngành và doanh nghiệp dùng Cổng Dịch vụ công Quốc gia, Trung tâm dữ liệu quốc gia'), []);
  assert.deepEqual(orgs('xây dựng Chính phủ số và chính quyền số'), []);
  assert.deepEqual(orgs('UBND các xã và Ủy ban nhân dân các cấp'), []);
});

test('companies: arms, corporate suffixes and names listed beside companies', () => {
  assert.deepEqual(orgs('có Intel Products Việt Nam, Amkor Technology, Infineon Technologies AG và FPT Semiconductor').map((o) => o.name), [
    'Intel Products Việt Nam', 'Amkor Technology', 'Infineon Technologies AG', 'FPT Semiconductor',
  ]);
  assert.deepEqual(orgs('các hãng Marvell, Synopsys, Zentrix và Qualcomm').map((o) => o.name), ['Marvell', 'Synopsys', 'Zentrix', 'Qualcomm']);
  assert.deepEqual(orgs('điện thoại Samsung Galaxy mới').map((o) => o.name), ['Samsung'], 'a product is no arm');
});

test('well-known abbreviations resolve to their full forms', () => {
  assert.deepEqual(orgs('VTNet, VCCI, MTTQ Việt Nam').map((o) => o.name), [
    'Tổng Công ty Mạng lưới Viettel', 'Liên đoàn Thương mại và Công nghiệp Việt Nam', 'Mặt trận Tổ quốc Việt Nam',
  ]);
});

test('an issuer code inside a document number is not a body', () => {
  assert.deepEqual(orgs('UBND tỉnh ban hành kế hoạch 154/KH-UBND ngày 27/3').map((o) => o.text), ['UBND tỉnh']);
});

test('ministries and departments written with hyphenated abbreviations', () => {
  assert.deepEqual(orgs('Bộ GD-ĐT phối hợp Sở GD-ĐT tỉnh Nghệ An').map((o) => o.name), ['Bộ Giáo dục và Đào tạo', 'Sở Giáo dục và Đào tạo tỉnh Nghệ An']);
});

test('a name ends before a time or a verb that begins like a name word', () => {
  const names = (text: string) => orgs(text).map((o) => o.name);
  // A table row flattened into text: the agency cells, then the deadline cell.
  assert.deepEqual(names('Đào tạo kỹ năng số cho công chức Sở Nội vụ Sở Y tế Năm 2026'), ['Sở Nội vụ', 'Sở Y tế']);
  assert.deepEqual(names('Cơ quan chủ trì là Sở Tư pháp Quý IV/2025 hoàn thành.'), ['Sở Tư pháp']);
  assert.deepEqual(names('Nạn nhân được đưa vào Bệnh viện Chợ Rẫy cấp cứu.'), ['Bệnh viện Chợ Rẫy']);
  assert.deepEqual(names('Cục Thống kê thông báo số liệu mới.'), ['Cục Thống kê']);
});
