import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StructuredDocument } from '../../src/records.ts';
import type { ExtractContext } from '../../src/extract/facts.ts';
import { scoreTopics, DEFAULT_TOPIC_RULES, TOPIC_THRESHOLD, foldInPlace, EXTRACTOR, type TopicRule } from '../../src/extract/topics.ts';

function docOf(body: string[], title: string | null = null): StructuredDocument {
  return {
    kind: 'article', title, published: null, publishedPrecision: 'unknown', author: null, authorNote: null, site: null,
    category: null, lede: null, body, captions: [], related: [], parent: null, url: null,
  };
}
const CTX: ExtractContext = { published: null, dateHint: null, collectionYear: null };
const ids = (body: string[], title: string | null = null) => scoreTopics(docOf(body, title), CTX).map((t) => t.id);

test('topic ids are the stable slugs', () => {
  assert.deepEqual(
    DEFAULT_TOPIC_RULES.map((r) => r.id).sort(),
    ['5g', 'ai', 'blockchain', 'cybersecurity', 'data', 'digital_economy', 'digital_government', 'digital_society', 'human_resources', 'innovation', 'institutions', 'rd_funding', 'semiconductors'],
  );
});

test('each pillar is recognised from its own vocabulary', () => {
  assert.ok(ids(['Ngày hội trí tuệ nhân tạo khai mạc, nhiều ứng dụng AI được giới thiệu.']).includes('ai'));
  assert.ok(ids(['Đã có 12.106 trạm 5G được triển khai, phủ sóng hơn 26% dân số.']).includes('5g'));
  assert.ok(ids(['Ngành bán dẫn cần thêm kỹ sư thiết kế chip và vi mạch.']).includes('semiconductors'));
  assert.ok(ids(['Làm chủ công nghệ blockchain giúp phát triển kinh tế số.']).includes('blockchain'));
  assert.ok(ids(['Xây dựng các trung tâm dữ liệu quy mô lớn và cơ sở dữ liệu quốc gia.']).includes('data'));
  assert.ok(ids(['Tỷ lệ dịch vụ công trực tuyến tăng; chính quyền số vận hành.']).includes('digital_government'));
  assert.ok(ids(['Tỷ trọng kinh tế số đạt 35% GRDP, phát triển doanh nghiệp công nghệ số.']).includes('digital_economy'));
  assert.ok(ids(['Phát động phong trào “Bình dân học vụ số”, phổ cập kỹ năng số.']).includes('digital_society'));
  assert.ok(ids(['Đào tạo nguồn nhân lực chất lượng cao, thu hút nhân tài.']).includes('human_resources'));
  assert.ok(ids(['Tháo gỡ điểm nghẽn về thể chế, tạo hành lang pháp lý.']).includes('institutions'));
  assert.ok(ids(['Cuộc thi khởi nghiệp kết nối startup với quỹ đầu tư mạo hiểm.']).includes('innovation'));
  assert.ok(ids(['Tấn công mạng gia tăng, cần bảo đảm an ninh mạng và an toàn thông tin.']).includes('cybersecurity'));
  assert.ok(ids(['Chi cho nghiên cứu và phát triển (R&D) đạt 2% GDP.']).includes('rd_funding'));
});

test('matching ignores diacritics and case but respects word boundaries', () => {
  assert.ok(ids(['Ung dung TRI TUE NHAN TAO trong y te.']).includes('ai'));
  assert.ok(!ids(['Ai cũng có thể tham gia; chipset là từ khác; ai biết?']).includes('ai'), '`ai` (who) is not AI');
  assert.ok(!ids(['Sản phẩm chipset mới']).includes('semiconductors'));
});

test('the resolution\'s own title does not make every article about innovation', () => {
  const boiler = 'Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.';
  assert.deepEqual(ids([boiler]), []);
});

test('scores are in 0..1, above the threshold, sorted; the title weighs more than the body', () => {
  const doc = docOf(['Kinh tế số tăng trưởng. Trí tuệ nhân tạo được ứng dụng.'], 'Phát triển kinh tế số');
  const topics = scoreTopics(doc, CTX);
  assert.ok(topics.length >= 2);
  for (const t of topics) assert.ok(t.score >= TOPIC_THRESHOLD && t.score <= 1);
  for (let i = 1; i < topics.length; i++) assert.ok((topics[i - 1]?.score ?? 0) >= (topics[i]?.score ?? 0));
  assert.equal(topics[0]?.id, 'digital_economy');
  assert.equal(topics[0]?.extractor, EXTRACTOR.name);
  assert.equal(topics[0]?.extractorVersion, EXTRACTOR.version);
});

test('one strong term lists a topic; one supporting word does not', () => {
  assert.ok(ids(['Ứng dụng trí tuệ nhân tạo trong y tế.']).includes('ai'));
  assert.ok(!ids(['Ban hành chính sách mới về giá điện.']).includes('institutions'));
});

test('innovation named outside the resolution\'s title counts', () => {
  assert.ok(ids(['nhân lực chất lượng cao phục vụ khoa học, công nghệ và đổi mới sáng tạo']).includes('innovation'));
});

test('evidence spans are exact slices of their fields; longest term wins where terms overlap', () => {
  const text = 'Phát triển nguồn nhân lực và đào tạo kỹ sư.';
  const hr = scoreTopics(docOf([text]), CTX).find((t) => t.id === 'human_resources');
  assert.ok(hr);
  assert.deepEqual(hr.evidence.map((e) => e.text), ['nguồn nhân lực', 'đào tạo', 'kỹ sư']);
  for (const e of hr.evidence) assert.equal(text.slice(e.start, e.end), e.text);
});

test('a programme pack can pass its own rules', () => {
  const rules: TopicRule[] = [{ id: 'nuclear', name: { vi: 'Điện hạt nhân', en: 'Nuclear power' }, terms: [{ text: 'điện hạt nhân', weight: 1 }] }];
  const topics = scoreTopics(docOf(['Nhà máy điện hạt nhân Ninh Thuận']), CTX, rules);
  assert.deepEqual(topics.map((t) => t.id), ['nuclear']);
});

test('in-place folding keeps offsets', () => {
  const text = 'Đổi mới SÁNG TẠO';
  assert.equal(foldInPlace(text), 'doi moi sang tao');
  assert.equal(foldInPlace(text).length, text.length);
});

test('words inside a cited law\'s name count for institutions only', () => {
  const topics = ids(['Quốc hội thảo luận dự án Luật Khoa học, công nghệ và đổi mới sáng tạo.']);
  assert.ok(topics.includes('institutions'));
  assert.ok(!topics.includes('innovation'));
});
