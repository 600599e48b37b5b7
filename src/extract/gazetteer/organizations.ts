// Known organisations with their aliases: Party and State bodies, ministries under their 2025 names
// and their former names (kept as their own entities, with the successor noted, because old
// articles name them), and well-known international bodies and companies. Hand-made data.
//
// What is NOT here on purpose: the abstract `Đảng` (the Party as an idea, `sự lãnh đạo của Đảng`) and
// `Nhà nước` name no body a reader could act on, so only the Party's full name is an alias. Local
// bodies (`UBND tỉnh X`, `Sở … tỉnh X`) are read off their heads (../names/org-words.ts), not listed.

export type OrgType =
  | 'party'
  | 'state'
  | 'ministry'
  | 'province_body'
  | 'university'
  | 'institute'
  | 'company'
  | 'international'
  | 'other';

export interface KnownOrganization {
  name: string;
  orgType: OrgType;
  aliases: readonly string[];
  /**
   * For a one-word name that is also the start of other words (`Đảng` / `Đảng ủy`, `Đảng Dân chủ`):
   * the lowercase syllables that, following it, make another word. A capitalised follower refuses too.
   */
  notFollowedBy?: readonly string[];
  /** Short names that refer to this body only in a document that also names it in full. */
  shortForms?: readonly string[];
  /** For a body that was merged or renamed: what it became and from when. */
  succeededBy?: { name: string; since: string; note: string };
}

const org = (name: string, orgType: OrgType, ...aliases: string[]): KnownOrganization => ({ name, orgType, aliases });
const former = (name: string, successor: string, since: string, note: string, ...aliases: string[]): KnownOrganization => ({
  name,
  orgType: 'ministry',
  aliases,
  succeededBy: { name: successor, since, note },
});

const MINISTRY_MERGERS = '2025-03-01';

export const KNOWN_ORGANIZATIONS: readonly KnownOrganization[] = [
  org('Bộ Chính trị', 'party'),
  org('Ban Bí thư', 'party', 'Ban Bí thư Trung ương Đảng'),
  org('Ban Chấp hành Trung ương Đảng', 'party', 'Ban Chấp hành Trung ương', 'BCH Trung ương', 'BCHTW', 'Trung ương Đảng'),
  { ...org('Đảng Cộng sản Việt Nam', 'party'), notFollowedBy: ['ủy', 'bộ', 'đoàn', 'viên', 'phí', 'tịch', 'kỳ', 'tính', 'quyền', 'trưởng'] },
  org('Văn phòng Trung ương Đảng', 'party'),
  org('Ban Tổ chức Trung ương', 'party'),
  org('Ban Tuyên giáo và Dân vận Trung ương', 'party'),
  org('Ban Tuyên giáo Trung ương', 'party'),
  org('Ban Kinh tế Trung ương', 'party'),
  org('Ban Chính sách, chiến lược Trung ương', 'party'),
  org('Ban Nội chính Trung ương', 'party'),
  org('Ban Đối ngoại Trung ương', 'party'),
  org('Ủy ban Kiểm tra Trung ương', 'party'),
  org('Đảng ủy Chính phủ', 'party'),
  {
    ...org(
      'Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
      'party',
      'Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
      'BCĐTW',
    ),
    shortForms: ['Ban Chỉ đạo Trung ương', 'Ban Chỉ đạo'],
  },
  org('Quốc hội', 'state'),
  // `Chính phủ số`, `Chính phủ điện tử` are e-government, a concept, not the Government.
  { ...org('Chính phủ', 'state'), notFollowedBy: ['số', 'điện'] },
  org('Ủy ban Thường vụ Quốc hội', 'state', 'UBTVQH'),
  org('Văn phòng Chính phủ', 'state'),
  org('Văn phòng Quốc hội', 'state'),
  org('Văn phòng Chủ tịch nước', 'state'),
  // `Mặt trận Tổ quốc` alone is the national front in national news; a provincial committee carries its province.
  org('Mặt trận Tổ quốc Việt Nam', 'state', 'MTTQ Việt Nam', 'Mặt trận Tổ quốc', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'),
  org('Tòa án nhân dân tối cao', 'state', 'TAND tối cao'),
  org('Viện kiểm sát nhân dân tối cao', 'state', 'VKSND tối cao'),
  org('Kiểm toán Nhà nước', 'state'),
  org('Kho bạc Nhà nước', 'state'),
  org('Thanh tra Chính phủ', 'state'),
  org('Ngân hàng Nhà nước Việt Nam', 'state', 'Ngân hàng Nhà nước', 'NHNN'),
  org('Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội', 'state', 'Ủy ban Khoa học, Công nghệ và Môi trường'),
  org('Bộ Khoa học và Công nghệ', 'ministry', 'Bộ KH&CN', 'Bộ KHCN', 'BKHCN', 'Bộ Khoa học - Công nghệ', 'Bộ KH-CN'),
  org('Bộ Tài chính', 'ministry'),
  org('Bộ Công an', 'ministry'),
  org('Bộ Quốc phòng', 'ministry'),
  org('Bộ Giáo dục và Đào tạo', 'ministry', 'Bộ GD&ĐT', 'Bộ GDĐT', 'Bộ GD-ĐT'),
  org('Bộ Nội vụ', 'ministry'),
  org('Bộ Nông nghiệp và Môi trường', 'ministry', 'Bộ NN&MT', 'Bộ NNMT', 'Bộ NN-MT'),
  org('Bộ Xây dựng', 'ministry'),
  org('Bộ Công Thương', 'ministry', 'Bộ Công thương'),
  org('Bộ Y tế', 'ministry'),
  org('Bộ Ngoại giao', 'ministry'),
  org('Bộ Tư pháp', 'ministry'),
  org('Bộ Văn hóa, Thể thao và Du lịch', 'ministry', 'Bộ VHTTDL', 'Bộ VH,TT&DL', 'Bộ VH-TT-DL', 'Bộ VH-TT&DL'),
  org('Bộ Dân tộc và Tôn giáo', 'ministry'),
  former('Bộ Thông tin và Truyền thông', 'Bộ Khoa học và Công nghệ', MINISTRY_MERGERS, 'merged into the Ministry of Science and Technology', 'Bộ TT&TT', 'Bộ TTTT', 'Bộ TT-TT'),
  former('Bộ Kế hoạch và Đầu tư', 'Bộ Tài chính', MINISTRY_MERGERS, 'merged into the Ministry of Finance', 'Bộ KH&ĐT', 'Bộ KHĐT', 'Bộ KH-ĐT'),
  former('Bộ Lao động - Thương binh và Xã hội', 'Bộ Nội vụ', MINISTRY_MERGERS, 'merged into the Ministry of Home Affairs', 'Bộ LĐ-TB&XH', 'Bộ LĐTBXH', 'Bộ LĐ-TB-XH'),
  former('Bộ Nông nghiệp và Phát triển nông thôn', 'Bộ Nông nghiệp và Môi trường', MINISTRY_MERGERS, 'merged with the Ministry of Natural Resources and Environment', 'Bộ NN&PTNT', 'Bộ NN-PTNT'),
  former('Bộ Tài nguyên và Môi trường', 'Bộ Nông nghiệp và Môi trường', MINISTRY_MERGERS, 'merged with the Ministry of Agriculture and Rural Development', 'Bộ TN&MT', 'Bộ TNMT', 'Bộ TN-MT'),
  former('Bộ Giao thông vận tải', 'Bộ Xây dựng', MINISTRY_MERGERS, 'merged into the Ministry of Construction', 'Bộ GTVT'),
  former('Ủy ban Dân tộc', 'Bộ Dân tộc và Tôn giáo', MINISTRY_MERGERS, 'became the Ministry of Ethnic and Religious Affairs'),
  org('Viện Hàn lâm Khoa học và Công nghệ Việt Nam', 'institute'),
  org('Viện Hàn lâm Khoa học xã hội Việt Nam', 'institute'),
  org('Học viện Chính trị quốc gia Hồ Chí Minh', 'university'),
  org('Đại học Quốc gia Hà Nội', 'university', 'ĐHQGHN'),
  org('Đại học Quốc gia Thành phố Hồ Chí Minh', 'university', 'Đại học Quốc gia TP.HCM', 'Đại học Quốc gia TP. Hồ Chí Minh', 'ĐHQG-HCM'),
  org('Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam', 'other', 'VUSTA'),
  // Renamed in 2025; articles use both names and the short one, sometimes without `và`.
  org('Liên đoàn Thương mại và Công nghiệp Việt Nam', 'other', 'VCCI', 'Phòng Thương mại và Công nghiệp Việt Nam',
    'Liên đoàn Thương mại Công nghiệp Việt Nam'),
  org('Tổng Liên đoàn Lao động Việt Nam', 'other'),
  // The Youth Union, and its central committee as a body of its own (a unit and its parent are two bodies).
  org('Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'other', 'Đoàn TNCS Hồ Chí Minh', 'Đoàn Thanh niên'),
  org('Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'other', 'Trung ương Đoàn', 'Trung ương Đoàn TNCS Hồ Chí Minh'),
  org('Hội Liên hiệp Phụ nữ Việt Nam', 'other', 'Hội LHPN Việt Nam'),
  org('Hội Nông dân Việt Nam', 'other'),
  org('Hội Cựu chiến binh Việt Nam', 'other'),
  org('Trung tâm Internet Việt Nam', 'state', 'VNNIC'),
  org('Thông tấn xã Việt Nam', 'state', 'TTXVN'),
  // National broadcasters and the Party's and Army's papers: news names them as sources and actors.
  org('Đài Truyền hình Việt Nam', 'state', 'VTV'),
  org('Đài Tiếng nói Việt Nam', 'state', 'VOV'),
  org('Báo Nhân Dân', 'party', 'Báo Nhân dân'),
  org('Báo Quân đội nhân dân', 'state', 'Báo Quân đội Nhân dân'),
  // A government steering committee distinct from the Party's central one (both are named in the same stories).
  org('Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06', 'state',
    'Ban Chỉ đạo của Chính phủ'),
  // The universal-service telecom fund: articles shorten it to `Quỹ viễn thông công ích`.
  org('Quỹ Dịch vụ viễn thông công ích Việt Nam', 'state', 'Quỹ viễn thông công ích', 'Quỹ Dịch vụ viễn thông công ích', 'VTF'),
  org('Quỹ Phát triển khoa học và công nghệ quốc gia', 'state', 'NAFOSTED'),
  org('Tập đoàn FPT', 'company', 'FPT'),
  org('Tập đoàn Công nghiệp - Viễn thông Quân đội', 'company', 'Viettel', 'Tập đoàn Viettel'),
  org('Tập đoàn Bưu chính Viễn thông Việt Nam', 'company', 'VNPT', 'Tập đoàn VNPT'),
  org('MobiFone', 'company', 'Tổng công ty Viễn thông MobiFone'),
  // Operator units the telecom stories name by their short brand.
  org('Tổng Công ty Mạng lưới Viettel', 'company', 'VTNet', 'Tổng công ty Mạng lưới Viettel'),
  org('Tổng Công ty Bưu điện Việt Nam', 'company', 'Vietnam Post', 'Bưu điện Việt Nam'),
  org('Tập đoàn Điện lực Việt Nam', 'company', 'EVN'),
  org('Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam', 'company', 'Petrovietnam', 'Tập đoàn Dầu khí Việt Nam', 'PVN'),
  org('Tập đoàn Vingroup', 'company', 'Vingroup'),
  org('Tập đoàn Công nghệ CMC', 'company', 'CMC', 'Tập đoàn CMC'),
  org('VNG', 'company'),
  org('VinFast', 'company'),
  org('Vietcombank', 'company'),
  org('BIDV', 'company'),
  org('VietinBank', 'company'),
  org('Agribank', 'company'),
  org('Techcombank', 'company'),
  org('Vietnam Airlines', 'company'),
  org('Công ty Cổ phần Hoàng Anh Gia Lai', 'company', 'Hoàng Anh Gia Lai', 'HAGL'),
  // International news agencies and broadcasters that Vietnamese news cites as sources.
  ...['Reuters', 'AFP', 'Bloomberg', 'CNN', 'BBC', 'Nikkei', 'Kyodo', 'Yonhap'].map((name) => org(name, 'company')),
  org('Hãng thông tấn AP', 'company', 'AP'),
  org('Tân Hoa xã', 'state', 'Tân Hoa Xã', 'Xinhua'),
  // Foreign technology companies that Vietnamese technology news names most often.
  ...['Google', 'Microsoft', 'Apple', 'Meta', 'Amazon', 'Intel', 'Qualcomm', 'Samsung', 'LG', 'Sony', 'IBM',
    'OpenAI', 'Huawei', 'Xiaomi', 'Oppo', 'Vivo', 'Realme', 'TikTok', 'Grab', 'Shopee', 'Lazada', 'Foxconn',
    'TSMC', 'ASML', 'Amkor', 'Hana Micron', 'Synopsys', 'Marvell', 'Cisco', 'Oracle', 'Tesla', 'SpaceX', 'Starlink',
    'Cadence', 'Infineon', 'Alibaba', 'Tencent', 'Baidu', 'ByteDance', 'Ericsson', 'Nokia', 'Bkav', 'MISA', 'VNPAY',
    'Viettel Post', 'Vinamilk', 'Masan', 'Vietjet', 'Sun Group', 'Honda', 'Toyota']
    .map((name) => org(name, 'company')),
  org('Nvidia', 'company', 'NVIDIA'),
  org('Liên Hợp Quốc', 'international', 'Liên hợp quốc', 'LHQ'),
  org('Hiệp hội các quốc gia Đông Nam Á', 'international', 'ASEAN'),
  org('Liên minh châu Âu', 'international', 'EU'),
  org('Ngân hàng Phát triển châu Á', 'international', 'ADB'),
  org('Ngân hàng Thế giới', 'international', 'World Bank', 'WB'),
  org('Quỹ Tiền tệ Quốc tế', 'international', 'IMF'),
  org('Chương trình Phát triển Liên Hợp Quốc', 'international', 'UNDP'),
  org('Tổ chức Sở hữu trí tuệ thế giới', 'international', 'WIPO'),
  org('Tổ chức Giáo dục, Khoa học và Văn hóa Liên Hợp Quốc', 'international', 'UNESCO'),
  org('Liên minh Viễn thông Quốc tế', 'international', 'ITU'),
  org('Tổ chức Thương mại Thế giới', 'international', 'WTO'),
  org('Tổ chức Hợp tác và Phát triển Kinh tế', 'international', 'OECD'),
  org('Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương', 'international', 'APEC'),
  org('Tổ chức quản lý tên miền và số hiệu Internet', 'international', 'ICANN'),
  org('Diễn đàn Kinh tế Thế giới', 'international', 'WEF'),
  org('Tổ chức Y tế Thế giới', 'international', 'WHO'),
  org('Quỹ Nhi đồng Liên Hợp Quốc', 'international', 'UNICEF'),
  org('Tổ chức Lương thực và Nông nghiệp Liên Hợp Quốc', 'international', 'FAO'),
  org('Tổ chức Lao động Quốc tế', 'international', 'ILO'),
  org('Cơ quan Năng lượng nguyên tử Quốc tế', 'international', 'IAEA'),
  org('Tổ chức Hiệp ước Bắc Đại Tây Dương', 'international', 'NATO'),
  org('Cơ quan Hợp tác Quốc tế Nhật Bản', 'international', 'JICA'),
  org('Cơ quan Phát triển Quốc tế Hoa Kỳ', 'international', 'USAID'),
  org('Liên đoàn Bóng đá Thế giới', 'international', 'FIFA'),
  org('Hiệp hội Công nghiệp Bán dẫn Toàn cầu', 'international', 'SEMI'),
];
