// Sentence splitting for Vietnamese news text. A period is a sentence end only when whitespace
// and a sentence start follow it and the word before it is not an abbreviation; numbers (12.106,
// 90,70), domains (Tudonghoangaynay.vn) and codes (57-NQ/TW) have no space after their dots and
// so never split. Quoted speech stays inside the sentence that quotes it.
import { rememberRecent } from '../memo.ts';

export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// Abbreviations that end with a period inside a sentence (titles, degrees, place types).
// Compared case-sensitively: `TP.` and `Tp.` are listed, `tp.` is not an abbreviation.
const ABBREVIATIONS = new Set([
  'TP', 'Tp', 'TS', 'ThS', 'Th.S', 'PGS', 'GS', 'PGS.TS', 'GS.TS', 'PGS.TSKH', 'GS.TSKH', 'TSKH', 'BS',
  'ThS.BS', 'BSCKII', 'KS', 'CN', 'NCS', 'Q', 'P', 'TX', 'TT', 'H', 'St', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof',
  'Th', 'Nxb', 'NXB', 'tr', 'Tr', 'v.v', 'vv', 'etc', 'No', 'Co', 'Ltd', 'Inc', 'Corp', 'Jr', 'Sr',
]);

const ENUMERATOR = /^\s*(?:\d{1,3}|[IVXLC]{1,6}|\p{Ll})$/u;
const OPENING_QUOTES = new Set(['“', '«', '‘']);
const CLOSING_QUOTES: Record<string, string> = { '“': '”', '«': '»', '‘': '’' };
const TRAILERS = /^[”"’'»)\]]*/;

/** Offsets inside balanced quotations (curly, guillemets, and straight pairs); unbalanced ones are ignored. */
function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    // Only quote marks open a quotation: skip everything else without making a string of it.
    const code = text.charCodeAt(i);
    if (code !== 0x22 && code !== 0xab && code !== 0x2018 && code !== 0x201c) continue;
    const ch = text[i] ?? '';
    const close = OPENING_QUOTES.has(ch) ? CLOSING_QUOTES[ch] : ch === '"' ? '"' : null;
    if (!close) continue;
    // Quotations do not span paragraphs; an unmatched quote mark is treated as a stray.
    const lineEnd = text.indexOf('\n', i);
    const j = text.indexOf(close, i + 1);
    if (j < 0 || (lineEnd >= 0 && j > lineEnd)) continue;
    ranges.push([i, j]);
    i = j;
  }
  return ranges;
}

/** The word (non-space run) that ends just before index `i`, without leading punctuation. */
function wordBefore(text: string, i: number): string {
  let s = i;
  while (s > 0 && !/\s/.test(text[s - 1] ?? '')) s--;
  return text.slice(s, i).replace(/^[([“"‘'«]+/, '');
}

function isSentenceStart(ch: string): boolean {
  return /[\p{Lu}\d“"‘'«([]/u.test(ch);
}

/** Index just past the sentence end at `i` (terminator plus closing quotes), or -1 when `i` does not end one. */
function sentenceEndAt(text: string, i: number): number {
  const ch = text[i] ?? '';
  let j = i;
  if (ch === '.' && text.startsWith('...', i)) j = i + 2;
  else if (!/[.!?…]/.test(ch)) return -1;
  while (/[.!?…]/.test(text[j + 1] ?? '')) j++; // ?!, !!, ...
  const single = j === i;
  j++;
  j += TRAILERS.exec(text.slice(j))?.[0].length ?? 0;
  if (j >= text.length) return j;
  if (!/\s/.test(text[j] ?? '')) return -1; // 12.106, Tudonghoangaynay.vn, TP.HCM, v.v.
  let k = j;
  while (k < text.length && /[ \t\u00A0]/.test(text[k] ?? '')) k++;
  const next = text[k] ?? '';
  if (next === '\n' || next === '\r' || k >= text.length) return j;
  if (!isSentenceStart(next)) return -1; // `… và`, `v.v. các`: the sentence goes on
  if (ch === '.' && single) {
    const word = wordBefore(text, i);
    // Abbreviations and initials (`Nguyễn V. A.`) are not sentence ends.
    if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return -1;
  }
  return j;
}

/**
 * Splits text into sentences with offsets into the input. Newlines always end a sentence.
 * Remembered for the last texts split: the quantity, rank, task and date extractors each split the
 * same paragraphs of a document in turn (about 3 % of extraction time was splitting them again).
 */
export const splitSentences: (text: string) => readonly Sentence[] = rememberRecent(64, (text: string) => Object.freeze(split(text)));

function split(text: string): Sentence[] {
  const quoted = quotedRanges(text);
  // Inside a quotation only a terminator that closes it can end the sentence (`… đồng ý.” Ông`);
  // `“Tôi nghĩ… Có lẽ”` stays whole.
  const inQuote = (i: number) =>
    quoted.some(([s, e]) => i > s && i < e && !/^[.!?…]+$/.test(text.slice(i, e)));
  const out: Sentence[] = [];
  const push = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) {
      push(start, i);
      start = i + 1;
      continue;
    }
    // Only a terminator (. ! ? …) can end a sentence (sentenceEndAt says -1 for anything else): the
    // cheap test goes first, before the quotation lookup.
    if (code !== 0x2e && code !== 0x21 && code !== 0x3f && code !== 0x2026) continue;
    const ch = text[i] ?? '';
    if (inQuote(i)) continue;
    const end = sentenceEndAt(text, i);
    if (end < 0) continue;
    // A list number opening the sentence (`1. Đổi mới`, `II. Nhiệm vụ`) is not a sentence.
    if (ch === '.' && ENUMERATOR.test(text.slice(start, i))) continue;
    push(start, end);
    start = end;
    i = end - 1;
  }
  push(start, text.length);
  return out;
}
