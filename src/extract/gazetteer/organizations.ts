// Known organisations with their aliases: Party and State bodies, ministries under their 2025 names
// and their former names (kept as their own entities, with the successor noted, because old
// articles name them), and well-known international bodies and companies. Hand-made data.

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
  org('Ban Bí thư', 'party'),
  org('Ban Chấp hành Trung ương Đảng', 'party', 'Ban Chấp hành Trung ương', 'BCH Trung ương', 'BCHTW', 'Trung ương Đảng'),
  { ...org('Đảng Cộng sản Việt Nam', 'party', 'Đảng'), notFollowedBy: ['ủy', 'bộ', 'đoàn', 'viên', 'phí', 'tịch', 'kỳ', 'tính', 'quyền', 'trưởng'] },
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
  org('Chính phủ', 'state'),
  org('Ủy ban Thường vụ Quốc hội', 'state', 'UBTVQH'),
  org('Văn phòng Chính phủ', 'state'),
  org('Văn phòng Quốc hội', 'state'),
  org('Văn phòng Chủ tịch nước', 'state'),
  org('Mặt trận Tổ quốc Việt Nam', 'state', 'MTTQ Việt Nam'),
  org('Tòa án nhân dân tối cao', 'state', 'TAND tối cao'),
  org('Viện kiểm sát nhân dân tối cao', 'state', 'VKSND tối cao'),
  org('Kiểm toán Nhà nước', 'state'),
  org('Kho bạc Nhà nước', 'state'),
  org('Thanh tra Chính phủ', 'state'),
  org('Ngân hàng Nhà nước Việt Nam', 'state', 'Ngân hàng Nhà nước', 'NHNN'),
  org('Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội', 'state', 'Ủy ban Khoa học, Công nghệ và Môi trường'),
  org('Bộ Khoa học và Công nghệ', 'ministry', 'Bộ KH&CN', 'Bộ KHCN', 'BKHCN', 'Bộ Khoa học - Công nghệ'),
  org('Bộ Tài chính', 'ministry'),
  org('Bộ Công an', 'ministry'),
  org('Bộ Quốc phòng', 'ministry'),
  org('Bộ Giáo dục và Đào tạo', 'ministry', 'Bộ GD&ĐT', 'Bộ GDĐT'),
  org('Bộ Nội vụ', 'ministry'),
  org('Bộ Nông nghiệp và Môi trường', 'ministry', 'Bộ NN&MT', 'Bộ NNMT'),
  org('Bộ Xây dựng', 'ministry'),
  org('Bộ Công Thương', 'ministry', 'Bộ Công thương'),
  org('Bộ Y tế', 'ministry'),
  org('Bộ Ngoại giao', 'ministry'),
  org('Bộ Tư pháp', 'ministry'),
  org('Bộ Văn hóa, Thể thao và Du lịch', 'ministry', 'Bộ VHTTDL', 'Bộ VH,TT&DL'),
  org('Bộ Dân tộc và Tôn giáo', 'ministry'),
  former('Bộ Thông tin và Truyền thông', 'Bộ Khoa học và Công nghệ', MINISTRY_MERGERS, 'merged into the Ministry of Science and Technology', 'Bộ TT&TT', 'Bộ TTTT'),
  former('Bộ Kế hoạch và Đầu tư', 'Bộ Tài chính', MINISTRY_MERGERS, 'merged into the Ministry of Finance', 'Bộ KH&ĐT', 'Bộ KHĐT'),
  former('Bộ Lao động - Thương binh và Xã hội', 'Bộ Nội vụ', MINISTRY_MERGERS, 'merged into the Ministry of Home Affairs', 'Bộ LĐ-TB&XH', 'Bộ LĐTBXH'),
  former('Bộ Nông nghiệp và Phát triển nông thôn', 'Bộ Nông nghiệp và Môi trường', MINISTRY_MERGERS, 'merged with the Ministry of Natural Resources and Environment', 'Bộ NN&PTNT'),
  former('Bộ Tài nguyên và Môi trường', 'Bộ Nông nghiệp và Môi trường', MINISTRY_MERGERS, 'merged with the Ministry of Agriculture and Rural Development', 'Bộ TN&MT', 'Bộ TNMT'),
  former('Bộ Giao thông vận tải', 'Bộ Xây dựng', MINISTRY_MERGERS, 'merged into the Ministry of Construction', 'Bộ GTVT'),
  former('Ủy ban Dân tộc', 'Bộ Dân tộc và Tôn giáo', MINISTRY_MERGERS, 'became the Ministry of Ethnic and Religious Affairs'),
  org('Viện Hàn lâm Khoa học và Công nghệ Việt Nam', 'institute'),
  org('Viện Hàn lâm Khoa học xã hội Việt Nam', 'institute'),
  org('Học viện Chính trị quốc gia Hồ Chí Minh', 'university'),
  org('Đại học Quốc gia Hà Nội', 'university', 'ĐHQGHN'),
  org('Đại học Quốc gia Thành phố Hồ Chí Minh', 'university', 'Đại học Quốc gia TP.HCM', 'Đại học Quốc gia TP. Hồ Chí Minh', 'ĐHQG-HCM'),
  org('Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam', 'other', 'VUSTA'),
  org('Phòng Thương mại và Công nghiệp Việt Nam', 'other', 'VCCI'),
  org('Tổng Liên đoàn Lao động Việt Nam', 'other'),
  org('Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'other', 'Đoàn TNCS Hồ Chí Minh', 'Trung ương Đoàn'),
  org('Trung tâm Internet Việt Nam', 'state', 'VNNIC'),
  org('Thông tấn xã Việt Nam', 'state', 'TTXVN'),
  org('Tập đoàn FPT', 'company', 'FPT'),
  org('Tập đoàn Công nghiệp - Viễn thông Quân đội', 'company', 'Viettel', 'Tập đoàn Viettel'),
  org('Tập đoàn Bưu chính Viễn thông Việt Nam', 'company', 'VNPT', 'Tập đoàn VNPT'),
  org('MobiFone', 'company', 'Tổng công ty Viễn thông MobiFone'),
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
  // Foreign technology companies that Vietnamese technology news names most often.
  ...['Google', 'Microsoft', 'Apple', 'Meta', 'Amazon', 'Intel', 'Qualcomm', 'Samsung', 'LG', 'Sony', 'IBM',
    'OpenAI', 'Huawei', 'Xiaomi', 'Oppo', 'Vivo', 'Realme', 'TikTok', 'Grab', 'Shopee', 'Lazada', 'Foxconn',
    'TSMC', 'ASML', 'Amkor', 'Hana Micron', 'Synopsys', 'Marvell', 'Cisco', 'Oracle', 'Tesla', 'SpaceX', 'Starlink']
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
];
