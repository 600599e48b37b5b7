// The default topic rules: the pillars of Resolution 57-NQ/TW and the strategic technology groups.
// Data, not code: a programme pack can pass its own list (or extend this one) to scoreTopics.
// Terms are matched on folded text (no diacritics, lower case) at word boundaries, except those
// marked caseSensitive (acronyms such as `AI`, which folded would also be the Vietnamese `ai`, "who").
// Weights: 1 = the term alone says the topic; below 1 = a supporting word that often appears elsewhere.

export interface TopicTerm {
  text: string;
  weight: number;
  caseSensitive?: boolean;
}

export interface TopicRule {
  /** Stable slug, used as the topic's id in storage and URLs. */
  id: string;
  name: { vi: string; en: string };
  terms: readonly TopicTerm[];
  /** Terms inside a cited law's name count for this topic (institutions: the law is the evidence). */
  readsLawNames?: boolean;
}

const t = (text: string, weight = 1): TopicTerm => ({ text, weight });
const cs = (text: string, weight = 1): TopicTerm => ({ text, weight, caseSensitive: true });

export const DEFAULT_TOPIC_RULES: readonly TopicRule[] = [
  {
    id: 'ai',
    name: { vi: 'Trí tuệ nhân tạo', en: 'Artificial intelligence' },
    terms: [t('trí tuệ nhân tạo'), cs('AI'), t('học máy'), t('machine learning'), t('mô hình ngôn ngữ lớn'), cs('LLM'), t('ChatGPT'), t('học sâu')],
  },
  {
    id: '5g',
    name: { vi: '5G và hạ tầng viễn thông', en: '5G and telecom infrastructure' },
    terms: [cs('5G'), cs('6G'), t('trạm BTS'), cs('BTS', 0.8), t('phủ sóng', 0.8), t('băng thông rộng', 0.8), t('hạ tầng viễn thông'), t('cáp quang', 0.8), t('mạng di động', 0.8), t('viễn thông', 0.5), t('hạ tầng số', 0.6), t('vệ tinh', 0.5)],
  },
  {
    id: 'semiconductors',
    name: { vi: 'Bán dẫn', en: 'Semiconductors' },
    terms: [t('bán dẫn'), t('chip'), t('chíp'), t('vi mạch')],
  },
  {
    id: 'blockchain',
    name: { vi: 'Chuỗi khối', en: 'Blockchain' },
    terms: [t('blockchain'), t('chuỗi khối'), t('tài sản số', 0.8), t('tài sản mã hóa', 0.8), t('tiền mã hóa', 0.8), cs('NFT', 0.6)],
  },
  {
    id: 'data',
    name: { vi: 'Dữ liệu và trung tâm dữ liệu', en: 'Data and data centres' },
    terms: [t('trung tâm dữ liệu'), t('cơ sở dữ liệu quốc gia'), t('cơ sở dữ liệu', 0.8), t('dữ liệu lớn'), t('big data'), t('kinh tế dữ liệu'), t('sàn dữ liệu'), t('dữ liệu', 0.75), t('điện toán đám mây', 0.8), t('dữ liệu số', 0.8)],
  },
  {
    id: 'digital_government',
    name: { vi: 'Chính phủ số', en: 'Digital government' },
    terms: [t('chính phủ số'), t('chính phủ điện tử'), t('chính quyền số'), t('dịch vụ công trực tuyến'), t('dịch vụ công', 0.6), t('thủ tục hành chính', 0.6), t('Đề án 06'), t('định danh điện tử'), t('VNeID'), t('cải cách hành chính', 0.6), t('hồ sơ trực tuyến', 0.8), t('nền hành chính', 0.6), t('quản lý nhà nước trên môi trường số'), t('môi trường số', 0.75), t('hệ thống thông tin', 0.75), t('ứng dụng công nghệ số', 0.5)],
  },
  {
    id: 'digital_economy',
    name: { vi: 'Kinh tế số', en: 'Digital economy' },
    terms: [t('kinh tế số'), t('kinh tế dữ liệu', 0.8), t('doanh nghiệp công nghệ số'), t('công nghiệp công nghệ số'), t('thương mại điện tử'), t('thanh toán không dùng tiền mặt'), t('thanh toán số', 0.8), t('sản phẩm số', 0.5), t('dịch vụ số', 0.5), t('nền tảng số', 0.5)],
  },
  {
    id: 'digital_society',
    name: { vi: 'Xã hội số và kỹ năng số', en: 'Digital society and skills' },
    terms: [t('xã hội số'), t('công dân số'), t('Bình dân học vụ số', 1.5), t('kỹ năng số'), t('khoảng cách số'), t('văn hóa số', 0.8), t('phổ cập kiến thức', 0.6), t('thiết bị thông minh', 0.5), t('số hóa', 0.5)],
  },
  {
    id: 'human_resources',
    name: { vi: 'Nguồn nhân lực', en: 'Human resources' },
    terms: [t('nguồn nhân lực'), t('nhân lực'), t('nhân tài'), t('đào tạo', 0.8), t('kỹ sư', 0.8), t('chuyên gia', 0.5), t('trí thức', 0.6), t('nhà khoa học', 0.6), t('giảng viên', 0.6), t('sinh viên', 0.5), t('nhân sự', 0.6), cs('STEM'), t('tay nghề', 0.6), t('lao động', 0.4)],
  },
  {
    id: 'institutions',
    name: { vi: 'Thể chế, pháp luật', en: 'Institutions and law' },
    readsLawNames: true,
    terms: [t('thể chế'), t('thể chế hóa'), t('hành lang pháp lý'), t('dự thảo luật'), t('dự án luật'), t('văn bản quy phạm pháp luật'), t('cơ chế thử nghiệm'), t('sandbox'), t('điểm nghẽn', 0.6), t('nghị định', 0.45), t('luật', 0.8), t('cơ chế', 0.4), t('chính sách', 0.3), t('pháp lý', 0.6), t('quy định', 0.4), t('bãi bỏ', 0.5)],
  },
  {
    id: 'innovation',
    name: { vi: 'Đổi mới sáng tạo, khởi nghiệp', en: 'Innovation and startups' },
    terms: [t('khởi nghiệp'), t('startup'), t('start-up'), t('trung tâm đổi mới sáng tạo'), t('đổi mới sáng tạo mở'), t('vườn ươm'), t('ươm tạo'), t('đầu tư mạo hiểm'), t('đổi mới sáng tạo'), t('hệ sinh thái', 0.5), t('sáng chế', 0.8), t('sở hữu trí tuệ', 0.5), t('đổi mới công nghệ', 0.8), t('doanh nghiệp khoa học', 0.8)],
  },
  {
    id: 'cybersecurity',
    name: { vi: 'An ninh mạng', en: 'Cybersecurity' },
    terms: [t('an ninh mạng'), t('an toàn thông tin'), t('an ninh thông tin'), t('bảo mật'), t('tấn công mạng'), t('mã độc'), t('lừa đảo trực tuyến'), t('không gian mạng', 0.6), t('an ninh, an toàn', 0.4)],
  },
  {
    id: 'rd_funding',
    name: { vi: 'Đầu tư cho nghiên cứu và phát triển', en: 'R&D funding' },
    terms: [t('nghiên cứu và phát triển'), cs('R&D'), t('quỹ phát triển khoa học'), t('đầu tư cho khoa học'), t('chi cho khoa học'), t('cơ chế khoán'), t('nhiệm vụ khoa học', 0.8), t('kinh phí', 0.6), t('ngân sách', 0.5), t('tài trợ', 0.6), t('đặt hàng', 0.5), t('đề tài', 0.6), t('ưu đãi', 0.4)],
  },
];

/**
 * The resolution's own title (`… phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số
 * quốc gia`) appears in almost every article, and names the Steering Committee: term hits inside it
 * say nothing about the article's topic. Only the full comma-separated title counts as boilerplate;
 * `khoa học, công nghệ và đổi mới sáng tạo` elsewhere is a real mention of innovation.
 * Folded form, as a regular expression source.
 */
export const BOILERPLATE_FOLDED = ['khoa hoc, cong nghe, doi moi sang tao va chuyen doi so(?: quoc gia)?'];
