// Lines the scraper ran together at the top of a page: a headline glued to its lede with no space
// (`… chuyển đổi sốChiều 24/3, tại Hà Nội …`), or a section label, the headline and the lede printed as
// one line (`Kinh tế Hoàn thiện chính sách … Trong khuôn khổ ngày hội …`). Vietnamese headlines are in
// sentence case, so a capitalised common word inside such a line marks where one part ends.
import type { PageLine } from './page-lines.ts';
import { parseDateLine } from '../text/datetime.ts';
import { SECTION_NAMES, isProse, wordCount } from './line-kinds.ts';
import { foldForSearch } from '../text/fold.ts';

// Headlines and their section labels sit in the first lines of a page.
const TOP_LINES = 8;
// A line holding a headline and a lede is longer than any headline.
const MIN_GLUED = 150;
const MIN_TITLE_WORDS = 4;
const MAX_TITLE_WORDS = 40;
const MAX_SECTION_WORDS = 4;
const MIN_LEDE_WORDS = 12;

// Words that open a news lede and never end a headline: time and place adverbials, connectives,
// forms of address. Capitalised after a lower-case word, they start a new sentence.
const LEDE_OPENERS = new Set([
  'ngày', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'hôm', 'trong', 'theo', 'tại', 'với', 'sau', 'qua',
  'thực', 'nhằm', 'để', 'từ', 'đó', 'đây', 'những', 'các', 'nhiều', 'khi', 'dù', 'mặc', 'năm', 'tiếp',
  'hiện', 'vừa', 'trước', 'cùng', 'bên', 'nhân', 'thời', 'đến', 'tính', 'ông', 'bà', 'là', 'ngay',
]);

interface Token {
  text: string;
  start: number;
}

/** Splits glued lines among the first lines of the page; `raw` gives the page's vocabulary. */
export function splitRunTogether(lines: PageLine[], raw: string[]): PageLine[] {
  const out: PageLine[] = [];
  let vocabulary: Set<string> | null = null;
  let titleSeen = false;
  lines.forEach((line, i) => {
    if (i >= TOP_LINES || line.role !== 'text') {
      out.push(line);
      return;
    }
    const camel = splitCamelJoin(line.text);
    if (camel) {
      out.push({ ...line, text: camel[0] }, { text: camel[1], afterBlank: false, role: 'text' });
      titleSeen = true;
      return;
    }
    if (!titleSeen && isProse(line.text) && line.text.length >= MIN_GLUED) {
      vocabulary ??= lowerCaseWords(raw);
      const parts = splitHeadlineAndLede(line.text, vocabulary, raw);
      if (parts) {
        parts.forEach((text, k) => out.push({ text, afterBlank: k === 0 ? line.afterBlank : false, role: 'text' }));
        titleSeen = true;
        return;
      }
    }
    if (wordCount(line.text) >= MIN_TITLE_WORDS + 1 && parseDateLine(line.text) === null) titleSeen = true;
    out.push(line);
  });
  return out;
}

/**
 * `… chuyển đổi sốChiều 24/3, tại Hà Nội, …`: a lower-case letter followed by a capital inside one
 * word, where either side is Vietnamese (brand names such as `MobiFone` are ASCII), a headline-sized
 * text before it and a paragraph after it.
 */
export function splitCamelJoin(text: string): [string, string] | null {
  const re = /\p{Ll}(?=\p{Lu}\p{Ll})/gu;
  for (const m of text.matchAll(re)) {
    const at = m.index + m[0].length;
    const wordStart = text.lastIndexOf(' ', at) + 1;
    const nextSpace = text.indexOf(' ', at);
    const word = text.slice(wordStart, nextSpace < 0 ? text.length : nextSpace);
    if (!/[^\p{ASCII}]/u.test(word)) continue;
    const left = text.slice(0, at).trim();
    const right = text.slice(at).trim();
    if (wordCount(left) >= MIN_TITLE_WORDS - 1 && wordCount(right) >= MIN_LEDE_WORDS && !isProse(left)) return [left, right];
  }
  return null;
}

/** Words the page writes in lower case somewhere: capitalised elsewhere, they start a sentence. */
export function lowerCaseWords(raw: string[]): Set<string> {
  const words = new Set<string>();
  for (const line of raw) {
    for (const m of line.matchAll(/(?<![\p{L}\p{M}])[\p{Ll}][\p{Ll}\p{M}]*/gu)) words.add(m[0]);
  }
  return words;
}

/**
 * Split `[section] headline lede` printed as one line. Boundaries are capitalised words that follow a
 * lower-case word with no punctuation between and that the page also writes in lower case. A first
 * boundary within four words ends a section label. The headline ends at a boundary whose next word opens
 * a lede (`Trong`, `Ngày`, `Theo`…) or whose remaining text is printed again lower on the page.
 */
export function splitHeadlineAndLede(text: string, vocabulary: Set<string>, raw: string[]): string[] | null {
  const tokens = tokenize(text);
  const boundaries: number[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const word = tokens[k]!.text.replace(/^[“"‘'(«]+/u, '');
    const before = tokens[k - 1]!.text;
    if (!/^\p{Lu}/u.test(word) || !/[\p{Ll}”"’')»]$/u.test(before)) continue;
    if (vocabulary.has(word.toLowerCase().replace(/[^\p{L}\p{M}]+$/u, ''))) boundaries.push(k);
  }
  if (boundaries.length === 0) return null;
  let from = leadingSectionWords(tokens);
  let section = from > 0 ? text.slice(0, tokens[from]!.start).trim() : null;
  const first = boundaries[0]!;
  if (section === null && first <= MAX_SECTION_WORDS && !/\d/.test(text.slice(0, tokens[first]!.start))) {
    section = text.slice(0, tokens[first]!.start).trim();
    from = first;
  }
  const candidates = boundaries.filter((k) => k - from >= MIN_TITLE_WORDS && k - from <= MAX_TITLE_WORDS && tokens.length - k >= MIN_LEDE_WORDS);
  const later = raw.join('\n');
  const pick =
    candidates.find((k) => LEDE_OPENERS.has(tokens[k]!.text.replace(/^[“"‘'(«]+/u, '').toLowerCase())) ??
    candidates.find((k) => {
      const rest = text.slice(tokens[k]!.start, tokens[k]!.start + 60);
      return later.indexOf(rest) !== later.lastIndexOf(rest);
    });
  if (pick === undefined) return null;
  const title = text.slice(tokens[from]!.start, tokens[pick]!.start).trim();
  const lede = text.slice(tokens[pick]!.start).trim();
  return section === null ? [title, lede] : [section, title, lede];
}

/** How many leading words are a known section name followed by a capitalised word (0 when none). */
function leadingSectionWords(tokens: Token[]): number {
  for (let n = Math.min(MAX_SECTION_WORDS, tokens.length - 1); n >= 1; n--) {
    const name = foldForSearch(tokens.slice(0, n).map((t) => t.text).join(' '));
    if (SECTION_NAMES.includes(name) && /^[“"‘'(«]*\p{Lu}/u.test(tokens[n]!.text)) return n;
  }
  return 0;
}

function tokenize(text: string): Token[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index }));
}
