// Classifiers for single lines of a text dump of a news page. Each answers one question from the
// line alone (its length, its last character, its shape); where a line sits is the reader's business.
//
// Performance note: lines may be up to a million characters long, so no pattern here can backtrack
// over a whole line; end-of-line tests look at the last characters only.
import { foldForSearch } from '../text/fold.ts';
import { rememberRecent } from '../memo.ts';

/** Characters that may follow the final punctuation of a sentence: closing quotes and brackets. */
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);

/** The last character of a line that is not a closing quote or bracket ('' when there is none). */
function lastMeaningfulChar(line: string): string {
  let i = line.length - 1;
  while (i >= 0 && CLOSERS.has(line.charAt(i))) i--;
  return i >= 0 ? line.charAt(i) : '';
}

/** Words in the line: runs of non-space characters holding a letter or a digit (a lone `-` is not one). */
export function wordCount(line: string): number {
  let count = 0;
  let inToken = false;
  let counted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c <= 32) {
      inToken = false;
      continue;
    }
    if (!inToken) {
      inToken = true;
      counted = false;
    }
    // ASCII letters and digits, or anything beyond ASCII (Vietnamese letters); not ASCII punctuation.
    if (!counted && (c > 127 || (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122))) {
      count++;
      counted = true;
    }
  }
  return count;
}

/**
 * Does the line end like a sentence? `!` and `?` also end headlines ("Vì sao …?"), so they count only
 * on lines too long to be a headline.
 */
export function endsSentence(line: string): boolean {
  const last = lastMeaningfulChar(line);
  if (last === '.' || last === '…' || last === ';' || last === ':') return true;
  if (last === '!' || last === '?') return line.length >= 100;
  return false;
}

/** A paragraph of running text: several words ending in sentence punctuation. */
export function isProse(line: string): boolean {
  return endsSentence(line) && wordCount(line) >= 6;
}

/**
 * An ad-slot or widget label left by the scraper: one lowercase ASCII token, possibly joined by hyphens
 * or underscores (`acecook`, `mca`, `song-gia-tri`). Vietnamese words carry diacritics or come with
 * spaces and capitals, so real text never has this shape.
 */
export function isAdSlot(line: string): boolean {
  return line.length <= 40 && /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/.test(line) && /[a-z]/.test(line);
}

const LIST_MARKER = /^(?:[-–•+*»>]|\d{1,2}[.)])\s/;

/**
 * A long line without sentence punctuation: the texts of several links run together (an inline
 * "related articles" box). Paragraphs end with punctuation and headlines are short.
 */
export function isLinkRun(line: string): boolean {
  return line.length > 120 && !endsSentence(line) && !LIST_MARKER.test(line) && !OFFICIAL_DOCUMENT_TITLE.test(line);
}

/**
 * An official document's title line, long and unpunctuated by nature: its type, then its number
 * (`Nghị định số 902/2025/NĐ-CP ngày … quy định về …`, `Quyết định 1131/QĐ-TTg …`).
 */
const OFFICIAL_DOCUMENT_TITLE =
  /^(?:Nghị quyết|Nghị định|Quyết định|Thông tư(?: liên tịch)?|Chỉ thị|Kế hoạch|Công văn|Thông báo(?: kết luận)?|Kết luận|Pháp lệnh|Văn bản hợp nhất)\s+(?:số\s+)?\d+[\p{L}\d./-]*\/[\p{L}\d./-]+/u;

/** Remove a leading list bullet from a link title. */
export function stripBullet(line: string): string {
  return line.replace(/^(?:[-–•+*»>]+|\d{1,2}[.)])\s*/, '').trim();
}

// Share buttons and similar widget words; a line made only of these is chrome, not content.
const WIDGET_WORDS = new Set([
  'chia', 'se', 'share', 'facebook', 'twitter', 'x', 'zalo', 'linkedin', 'email', 'e-mail', 'messenger',
  'telegram', 'pinterest', 'tweet', 'copy', 'link', 'sao', 'chep', 'in', 'luu', 'thich', 'like', 'gui',
  'bai', 'viet', 'binh', 'luan', 'print', 'save', 'google', 'news', '|', '·', '-', '•', '/',
]);

// Labelled footer lines: the label alone identifies them, whatever follows.
const BOILERPLATE_PREFIX =
  /^(?:©|\(c\)\s|copyright\b|ban quyen (?:thuoc|©|\(c\)|\d)|duong day nong\s*[:\d]|hotline\s*[:\d]|dien thoai\s*:|tel\s*:|fax\s*:|e-?mail\s*:|giay phep (?:so|xuat ban|hoat dong|thiet lap|mang)|toa soan\s*:|(?:pho )?tong bien tap\s*:|lien he quang cao|co quan chu quan|chiu trach nhiem (?:noi dung|xuat ban)|ghi ro nguon|dia chi\s*:|tu khoa\s*:|tags?\s*:|theo doi .{0,40}tren (?:google news|facebook|zalo|youtube))/;

// Widget labels that are chrome only when they are the whole line ("Quay lại" may open a paragraph).
const WIDGET_LINE =
  /^(?:quang cao|advertisement|binh luan|gui binh luan|y kien ban doc|bao loi|ve dau trang|len dau trang|quay lai|in bai|luu bai|xem tiep|xem binh luan)(?:\s*\(\d+\))?\s*:?$/;

/** Site chrome: share buttons, hotline, copyright, licence and contact footers, tag lists. */
export function isBoilerplate(line: string): boolean {
  if (line.length > 300) return false;
  const folded = foldForSearch(line);
  if (BOILERPLATE_PREFIX.test(folded) || WIDGET_LINE.test(folded)) return true;
  if (line.length > 80) return false;
  const tokens = folded.split(/[\s,]+/).filter((t) => t.length > 0);
  return tokens.length > 0 && tokens.every((t) => WIDGET_WORDS.has(t));
}

/** The publisher named in a copyright footer (`© Bản quyền thuộc về Báo điện tử X.` → `Báo điện tử X`). */
export function copyrightHolder(line: string): string | null {
  if (line.length > 300) return null;
  const m = /bản quyền (?:thuộc về|của)\s+([^.|;]{2,80})/iu.exec(line);
  return m?.[1]?.trim() ?? null;
}

/** A bare domain name printed as the site's signature (`Tudonghoangaynay.vn`). */
export function isDomainLine(line: string): boolean {
  return (
    line.length <= 80 &&
    /^(?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:vn|com|net|org|info|gov\.vn|edu\.vn)\/?$/iu.test(line)
  );
}

const TEASER_HEADER =
  /^(?:tin bai khac|tin khac|cac tin khac|cac tin bai khac|bai viet khac|tin cung chuyen muc|bai viet cung chuyen muc|bai cung chuyen muc|tin cung chu de|tin moi(?: nhat| hon)?|doc nhieu(?: nhat)?|xem nhieu(?: nhat)?|co the ban quan tam|tin noi bat|tin tiep theo)\s*:?$/;

/** The heading of the list of other stories that follows an article ("Tin bài khác"). */
export function isTeaserHeader(line: string): boolean {
  return line.length <= 40 && TEASER_HEADER.test(foldForSearch(line));
}

const RELATED_HEADER = /^(?:>>\s*)?(xem them|doc them|tin lien quan|bai lien quan|bai viet lien quan|tin bai lien quan)\b\s*[:>»-]?\s*/;

/**
 * A "see also" marker. Returns the headline given on the same line (`Xem thêm: <headline>`), '' for a
 * heading alone (`Tin liên quan`, whose headlines follow on the next lines), null for any other line.
 */
export function relatedHeader(line: string): string | null {
  if (line.length > 400) return null;
  const folded = foldForSearch(line);
  const m = RELATED_HEADER.exec(folded);
  if (!m) return null;
  // Folding keeps one character per character of NFC Vietnamese, so the match length maps back.
  const inline = stripBullet(line.slice(m[0].length));
  // "Đọc thêm tài liệu …" opening a real paragraph is a sentence, not a link.
  if (isProse(inline)) return null;
  return inline;
}

const BREADCRUMB_SEPARATOR = /\s+(?:>|›|»|\/|\|)\s+/;

/** Segments of a breadcrumb trail (`Trang chủ > Khoa học > Chuyển đổi số`), or null. */
export function breadcrumbSegments(line: string): string[] | null {
  if (line.length > 150) return null;
  const parts = line.split(BREADCRUMB_SEPARATOR).map((p) => p.trim());
  if (parts.length < 2 || parts.some((p) => p.length === 0 || p.length > 40 || wordCount(p) > 6)) return null;
  if (parts.some((p) => endsSentence(p) || /\d/.test(p))) return null;
  return parts;
}

/** Leading breadcrumb segments that name no section. */
export function isHomeSegment(segment: string): boolean {
  return /^(?:trang chu|home|tin tuc)$/.test(foldForSearch(segment));
}

/** A section name: a few words, no digits, no sentence punctuation (`Sự kiện`, `Khoa học - Công nghệ`). */
export function isSectionName(line: string): boolean {
  return line.length <= 40 && wordCount(line) <= 6 && !/\d/.test(line) && lastMeaningfulChar(line).match(/[\p{L}]/u) !== null;
}

/** Compare lines ignoring case, diacritics and spacing (for repeated titles and alt texts). */
export function sameText(a: string, b: string): boolean {
  return textKey(a) === textKey(b);
}

/**
 * The key under which two lines count as the same text. Remembered for the lines keyed lately:
 * reading a page keys each of its lines several times (repeated lines, the title, alt texts against
 * captions), which was most of the time spent folding during structuring.
 */
export const textKey: (line: string) => string = rememberRecent(2048, (line: string) => foldForSearch(line).replace(/\s+/g, ' '));

// ── Photo furniture: what a scraper leaves where an image was. None of it is article text.
// Markdown images (`![alt](src)`, `![]() |`), the tail of an image link wrapped onto its own line
// (`.png)`), bare image file names (`Ông A.JPG`, `bd3-1714.jpg`).
const MARKDOWN_IMAGE = /^!\[[^\]]{0,300}\]\([^)]{0,1000}\)\s*\|?$/;
const IMAGE_FILE = /\.(?:png|jpe?g|gif|webp|svg|bmp|tiff?|avif)\)?\s*\|?$/i;
// An image's alt text numbered by the CMS: `<headline> - Ảnh 1.`
export const NUMBERED_ALT_SUFFIX = /\s*[-–—]\s*(?:ảnh|hình|photo)\s*\d{1,2}\s*\.?$/iu;
// Labels that stand for a photo or its caption slot rather than describing anything.
const PHOTO_LABEL = /^(?:chu thich anh|anh|hinh anh|photo|video|clip|infographic|anh dai dien)\s*:?$/;

/** A line that marks where a photo was: markdown image, image file name, numbered alt text, a bare label. */
export function isPhotoFurniture(line: string): boolean {
  if (line.length > 1200) return false;
  if (MARKDOWN_IMAGE.test(line)) return true;
  // A file name is a few words at most; a sentence that ends by naming a file is longer.
  if (line.length <= 150 && IMAGE_FILE.test(line) && wordCount(line) <= 8) return true;
  if (line.length <= 300 && NUMBERED_ALT_SUFFIX.test(line)) return true;
  return line.length <= 30 && PHOTO_LABEL.test(foldForSearch(line));
}

// Section names news sites print above a headline, sometimes on the same line. Generic names of news
// sections, not any one site's menu; matched on folded text, whole words.
export const SECTION_NAMES = [
  'thoi su', 'thoi su trong nuoc', 'chinh tri', 'kinh te', 'kinh te so', 'xa hoi', 'van hoa', 'the thao',
  'giao duc', 'suc khoe', 'y te', 'phap luat', 'the gioi', 'quoc te', 'khoa hoc', 'cong nghe',
  'khoa hoc cong nghe', 'khoa hoc - cong nghe', 'chuyen doi so', 'doi song', 'du lich', 'kinh doanh',
  'tai chinh', 'bat dong san', 'dia phuong', 'quoc phong', 'an ninh', 'giai tri', 'su kien', 'tin tuc',
  'nong nghiep', 'moi truong', 'doanh nghiep', 'dau tu', 'chinh sach', 'ban doc', 'tieu diem', 'xe',
  'so hoa', 'thong tin', 'tin tong hop', 'nghien cuu', 'trao doi', 'goc nhin', 'phong su', 'multimedia',
];

/** A line of punctuation drawn as a rule (`------o0o------`, `* * *`, `___`). */
export function isRuleLine(line: string): boolean {
  return line.length >= 3 && line.length <= 200 && /^[\s\-=_*~.•·–—o0O+#]+$/.test(line) && !/[a-np-zA-NP-Z1-9]/.test(line);
}

// Navigation and promotion lines at the top or bottom of a page. Words, not sites: each names what the
// link does ("theo dõi … trên Google News", "quay về", "powered by", "liên hệ", "đăng nhập").
const NAV_WORDS =
  /(?:^|\s)(?:google news|theo doi|quay ve|powered by|lien he|tien ich|ban can biet|dang nhap|dang ky|trang chu|tim kiem|e-magazine|emagazine|podcast|multimedia|doc bao|tai app|tai ung dung|rss)(?:\s|$)/;

/** A navigation or promotion line: several link labels and no sentence. */
export function isNavLine(line: string): boolean {
  if (line.length > 120 || endsSentence(line)) return false;
  return NAV_WORDS.test(foldForSearch(line));
}

/** A banner in capitals (`KỶ NIỆM 50 NĂM …`): campaign slogans and section banners, never a headline. */
export function isCapitalsBanner(line: string): boolean {
  if (wordCount(line) < 3) return false;
  let upper = 0;
  let lower = 0;
  for (const ch of line) {
    if (ch !== ch.toLowerCase()) upper++;
    else if (ch !== ch.toUpperCase()) lower++;
  }
  return upper >= 8 && lower <= upper * 0.1;
}

/** `vietnam.vn - Nền tảng …`: a site's name and tagline. */
export function isSiteTagline(line: string): boolean {
  const [head] = line.split(/\s+[-–—|]\s+/, 1);
  return line.length <= 100 && head !== undefined && head !== line && isDomainLine(head);
}

/**
 * A cell of a layout table the scraper flattened (`… |`): captions and link lists end this way,
 * paragraphs never do.
 */
export function endsWithCellBar(line: string): boolean {
  return /\s\|$/.test(line) || line === '|';
}
