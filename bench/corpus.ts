// A synthetic corpus of realistic page dumps, recombined from the seed paragraphs, for benchmarks.
// Deterministic (seeded PRNG) so that two runs measure the same input.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SEEDS = new URL('../data/seeds/', import.meta.url);

/** Mulberry32: a tiny, well-distributed 32-bit PRNG; quality is ample for picking paragraphs. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedParagraphs(): string[] {
  const lines = ['000_8fee37822d2a2a5b.txt', '002_00bf98e39be64d58.txt']
    .flatMap((f) => readFileSync(new URL(f, SEEDS), 'utf8').split('\n'))
    .map((l) => l.trim());
  // Paragraph-like lines only: long enough to be prose, ending as sentences do.
  return [...new Set(lines.filter((l) => l.length > 120 && /[.!?”"]$/.test(l)))];
}

const SITES = ['Tudonghoangaynay.vn', 'Khoahocphattrien.vn', 'Baochinhphu.vn', 'Vnexpress.net', 'Nhandan.vn'];
const CATEGORIES = ['Sự kiện', 'Chuyển đổi số', 'Khoa học', 'Công nghệ', 'Chính sách'];
const AUTHORS = ['Bích Ngọc', 'Minh Anh', 'Thu Hà', 'Quang Huy', 'Lan Phương'];
const PLACES = ['Hà Nội', 'Đà Nẵng', 'Cần Thơ', 'Hải Phòng', 'Nghệ An', 'Điện Biên', 'Huế', 'Lào Cai'];

export interface CorpusInfo {
  files: number;
  bytes: number;
}

interface Article {
  title: string;
  category: string;
  /** dd/mm/yyyy hh:mm, as page dumps print it. */
  dateLine: string;
  published: string;
  lede: string;
  body: string[];
  caption: string;
  author: string;
  site: string;
}

/** `n` articles recombined from the seed paragraphs, the same for the same seed. */
function* articles(n: number, seed: number): Generator<Article> {
  const paras = seedParagraphs();
  const rnd = prng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  for (let i = 0; i < n; i++) {
    const day = 1 + Math.floor(rnd() * 28);
    const month = 1 + Math.floor(rnd() * 12);
    const year = 2025 + Math.floor(rnd() * 2);
    const hh = String(Math.floor(rnd() * 24)).padStart(2, '0');
    const mm = String(Math.floor(rnd() * 60)).padStart(2, '0');
    const place = pick(PLACES);
    const title = `${place} đẩy mạnh thực hiện Nghị quyết 57-NQ/TW: ${pick(paras).split(/[,.]/)[0]!.slice(0, 70)} (${i + 1})`;
    const body = Array.from({ length: 4 + Math.floor(rnd() * 6) }, () => pick(paras));
    const [dd, mo] = [String(day).padStart(2, '0'), String(month).padStart(2, '0')];
    yield {
      title,
      category: pick(CATEGORIES),
      dateLine: `${dd}/${mo}/${year} ${hh}:${mm}`,
      published: `${year}-${mo}-${dd}T${hh}:${mm}:00+07:00`,
      lede: `Sáng ${day}/${month}, tại ${place}, ${pick(paras)}`,
      body,
      caption: `${pick(paras).slice(0, 160)}. Ảnh: TTXVN`,
      author: `${pick(AUTHORS)} (tổng hợp)`,
      site: pick(SITES),
    };
  }
}

/** Writes `n` page-dump files (one article each) into `dir`, 1,000 per sub-folder. */
export function writeCorpus(dir: string, n: number, seed = 57): CorpusInfo {
  let bytes = 0;
  let i = 0;
  for (const a of articles(n, seed)) {
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(4, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const text = [
      'quang-cao',
      '',
      a.title,
      '',
      a.category,
      a.dateLine,
      a.lede,
      '',
      ...a.body.flatMap((p, k) => (k === 2 ? [p, '', a.title, a.caption, ''] : [p, ''])),
      a.author,
      '',
      a.site,
      '',
    ].join('\n');
    writeFileSync(join(sub, `page-${i}.txt`), text);
    bytes += Buffer.byteLength(text);
    i++;
  }
  return { files: n, bytes };
}

/** Writes the same articles as `n` records of one JSON Lines file (a feed dump or an export). */
export function writeJsonlCorpus(file: string, n: number, seed = 57): CorpusInfo {
  const lines: string[] = [];
  let i = 0;
  for (const a of articles(n, seed)) {
    const { title, category, published, lede, body, author, site } = a;
    lines.push(JSON.stringify({ title, category, published, lede, body, author, site, url: `https://example.vn/bai-viet/${i}.html` }));
    i++;
  }
  const text = `${lines.join('\n')}\n`;
  writeFileSync(file, text);
  return { files: 1, bytes: Buffer.byteLength(text) };
}

/**
 * `n` records made from one template, a number apart, oldest first: what a generated test file or
 * an export of one recurring bulletin looks like, and every record a near-duplicate of the others
 * (issue 10, item 8 measured 10,000 such records at 345 s).
 */
export function writeTemplateJsonl(file: string, n: number): CorpusInfo {
  const body =
    'Ủy ban nhân dân tỉnh Điện Biên triển khai Nghị quyết 57-NQ/TW về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia. ' +
    'Năm 2025 tỉnh đạt 85% hồ sơ trực tuyến toàn trình, tăng 12% so với năm trước.';
  const start = Date.UTC(2025, 0, 1);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const published = new Date(start + i * 3_600_000).toISOString();
    lines.push(JSON.stringify({ title: `Tin số ${i}: Điện Biên chuyển đổi số`, published, body: [`${body} Mã ${i}.`], url: `https://example.vn/tin/${i}` }));
  }
  const text = `${lines.join('\n')}\n`;
  writeFileSync(file, text);
  return { files: 1, bytes: Buffer.byteLength(text) };
}
