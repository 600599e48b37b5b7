// Photo captions and their credits: `… giai đoạn mới. Ảnh: VGP`, `(Ảnh: TTXVN)`, `Ảnh minh họa`,
// `Nguồn: Bộ KH&CN`. Only the end of the line is examined: a credit always closes the caption.
import type { Caption } from '../records.ts';
import { wordCount } from './line-kinds.ts';

// Captions are at most a few sentences; a longer line ending in "Nguồn: …" is a paragraph citing a source.
const MAX_CAPTION = 500;
// Enough of the line's end to hold any credit, so the patterns never scan a long line.
const TAIL = 120;

const ILLUSTRATION = 'Ảnh minh h(?:ọa|oạ)';
// `(Ảnh: VGP)`, `(Ảnh minh họa)`, `(Nguồn: …)`
const PARENTHESISED = new RegExp(`\\(\\s*(${ILLUSTRATION}|Ảnh|Nguồn|Photo)\\s*:?\\s*([^()]{0,60})\\)\\s*\\.?$`, 'diu');
// `Ảnh: VGP`, `Ảnh minh họa: TTXVN`, `Nguồn: …` after the caption's last sentence
const LABELLED = new RegExp(`(?:^|[\\s.,;–—-])(${ILLUSTRATION}|Ảnh|Nguồn|Photo)\\s*:\\s*([^():]{1,60}?)\\s*\\.?$`, 'diu');
// `… trên dây chuyền. Ảnh minh họa` (no credit)
const BARE_ILLUSTRATION = new RegExp(`(?:^|[\\s.,;–—-])(${ILLUSTRATION})\\s*\\.?$`, 'diu');

/** Split a caption line into text and credit; null when the line does not end with a photo credit. */
export function parseCaption(line: string): Caption | null {
  if (line.length === 0 || line.length > MAX_CAPTION) return null;
  const offset = Math.max(0, line.length - TAIL);
  const tail = line.slice(offset);
  for (const pattern of [PARENTHESISED, LABELLED, BARE_ILLUSTRATION]) {
    const m = pattern.exec(tail);
    if (!m) continue;
    const label = m[1] ?? '';
    const credit = cleanCredit(m[2] ?? '');
    if (credit !== null && wordCount(credit) > 8) continue;
    // The caption text is everything before the bracket or the label (keeping its final full stop).
    const labelStart = pattern === PARENTHESISED ? m.index : (m.indices?.[1]?.[0] ?? m.index);
    const text = line.slice(0, offset + labelStart).replace(/[\s–—:-]+$/u, '');
    if (text !== '') return { text, credit };
    // A lone "Nguồn: …" line names the article's source, not a photo.
    if (/^nguồn$/iu.test(label)) return null;
    // A lone "Ảnh minh họa" describes the photo; a lone "Ảnh: X" is a credit with no caption text.
    return { text: credit === null ? line.replace(/[().\s]+$/u, '').replace(/^\(/, '') : '', credit };
  }
  return null;
}

function cleanCredit(raw: string): string | null {
  const credit = raw.replace(/[.\s]+$/u, '').trim();
  return credit === '' ? null : credit;
}
