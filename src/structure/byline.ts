// Bylines and source lines: `Bích Ngọc (tổng hợp)`, `Tác giả: Minh Anh`, `Hoàng Nam - Hà Nội`,
// `Theo TTXVN`, `(Theo VnExpress)`. A byline is recognised by shape: a few capitalised words, with an
// optional label before and an optional note after.

export interface Byline {
  author: string | null;
  note: string | null;
}

const LABEL = /^(?:tác giả|bài và ảnh|bài, ảnh|bài|nhóm phóng viên|phóng viên|nhóm pv)\s*:\s*/iu;
const PARENTHESISED_NOTE = /\s*[([]\s*([^()[\]]{1,40})\s*[)\]]$/u;
const DASHED_NOTE = /\s+[-–—|]\s+([^-–—|]{1,30})$/u;
const SLASHED_NOTE = /\s*\/\s*([\p{Lu}\d]{2,12})$/u;
// A name word: capitalised (Nguyễn, Ngọc), all capitals (PV), or an initial (Th.).
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}]*\.?|\p{Lu}{2,})$/u;

/**
 * Parse a byline. A bare name (no label, no note) is accepted only when `bareName` is set, because
 * two capitalised words alone (`Việt Nam`) are a byline only where a byline is expected.
 */
export function parseByline(line: string, bareName: boolean): Byline | null {
  if (line.length > 80) return null;
  let rest = line.trim();
  const label = LABEL.exec(rest);
  if (label) rest = rest.slice(label[0].length);
  let note: string | null = null;
  for (const pattern of [PARENTHESISED_NOTE, DASHED_NOTE, SLASHED_NOTE]) {
    const m = pattern.exec(rest);
    if (m) {
      note = (m[1] ?? '').trim();
      rest = rest.slice(0, m.index).trim();
      break;
    }
  }
  const words = rest.split(/\s+/).filter((w) => w !== ',' && w !== '-' && w !== 'và');
  const names = words.map((w) => w.replace(/,$/, ''));
  if (names.length === 0 || names.length > 8 || !names.every((w) => NAME_WORD.test(w))) return null;
  const marked = label !== null || note !== null;
  if (!marked && !bareName) return null;
  if (names.length === 1 && !marked) return null;
  return { author: rest, note };
}

const SOURCE = /^\(?\s*((?:theo|nguồn)\s*:?\s+[^()]{2,60}?)\s*\)?\s*\.?$/iu;

/**
 * A line crediting the article to another outlet (`Theo TTXVN`, `(Theo VnExpress)`, `Nguồn: Báo Chính
 * phủ`); returns the credit without brackets. Sentences that start with "Theo" are longer and punctuated.
 */
export function parseSourceLine(line: string): string | null {
  if (line.length > 70) return null;
  const m = SOURCE.exec(line.trim());
  if (!m) return null;
  const credit = (m[1] ?? '').trim();
  if (credit.split(/\s+/).length > 7 || /[,;]/.test(credit)) return null;
  return credit;
}
