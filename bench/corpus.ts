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

/** Writes `n` page-dump files (one article each) into `dir`, 1,000 per sub-folder. */
export function writeCorpus(dir: string, n: number, seed = 57): CorpusInfo {
  const paras = seedParagraphs();
  const rnd = prng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(4, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const day = 1 + Math.floor(rnd() * 28);
    const month = 1 + Math.floor(rnd() * 12);
    const year = 2025 + Math.floor(rnd() * 2);
    const hh = String(Math.floor(rnd() * 24)).padStart(2, '0');
    const mm = String(Math.floor(rnd() * 60)).padStart(2, '0');
    const place = pick(PLACES);
    const title = `${place} đẩy mạnh thực hiện Nghị quyết 57-NQ/TW: ${pick(paras).split(/[,.]/)[0]!.slice(0, 70)} (${i + 1})`;
    const body = Array.from({ length: 4 + Math.floor(rnd() * 6) }, () => pick(paras));
    const text = [
      'quang-cao',
      '',
      title,
      '',
      pick(CATEGORIES),
      `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year} ${hh}:${mm}`,
      `Sáng ${day}/${month}, tại ${place}, ${pick(paras)}`,
      '',
      ...body.flatMap((p, k) => (k === 2 ? [p, '', title, `${pick(paras).slice(0, 160)}. Ảnh: TTXVN`, ''] : [p, ''])),
      `${pick(AUTHORS)} (tổng hợp)`,
      '',
      pick(SITES),
      '',
    ].join('\n');
    writeFileSync(join(sub, `page-${i}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return { files: n, bytes };
}
