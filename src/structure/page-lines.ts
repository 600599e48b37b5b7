// The lines of a page dump as the page reader works on them: blank lines folded into a flag on the
// next line, chrome dropped, lines run together by the scraper split apart, and each line given a role
// decided from the page's layout rather than from the line alone.
import { parseCaption } from './captions.ts';
import {
  copyrightHolder,
  endsWithCellBar,
  isAdSlot,
  isBoilerplate,
  isPhotoFurniture,
  isProse,
  isRuleLine,
  textKey,
  wordCount,
} from './line-kinds.ts';
import { splitRunTogether } from './run-together.ts';

export type LineRole =
  /** Article text, headings, header labels: for the header and body readers to sort out. */
  | 'text'
  /** Where a photo was (markup, file name, numbered alt text, a caption label) or a drawn rule. */
  | 'furniture'
  /** A photo caption, recognised by where it sits (after a photo, in a table cell, printed twice). */
  | 'caption';

export interface PageLine {
  text: string;
  /** A blank line came before this one. */
  afterBlank: boolean;
  role: LineRole;
}

export interface PageLines {
  lines: PageLine[];
  /** Publisher named in a copyright footer, if any. */
  copyright: string | null;
}

// Captions are a sentence or two; a longer line after a photo is the next paragraph.
const MAX_LAYOUT_CAPTION = 220;
// Shorter lines after a blank are subheadings, not captions.
const MIN_CAPTION_WORDS = 10;
// Longer lines after a photo are the next paragraph.
const MAX_CAPTION_WORDS = 25;

export function preparePageLines(raw: string[]): PageLines {
  let copyright: string | null = null;
  const lines: PageLine[] = [];
  let blank = false;
  for (const text of raw) {
    if (text === '') {
      blank = true;
      continue;
    }
    if (isAdSlot(text)) continue;
    if (isBoilerplate(text)) {
      copyright ??= copyrightHolder(text);
      continue;
    }
    const furniture = isPhotoFurniture(text) || isRuleLine(text);
    lines.push({ text, afterBlank: blank, role: furniture ? 'furniture' : 'text' });
    blank = false;
  }
  const split = splitRunTogether(lines, raw);
  markLayoutCaptions(split);
  return { lines: split, copyright };
}

/**
 * Captions that carry no credit are known by where they sit:
 * - the line right after a photo's furniture (markup, numbered alt text, a "Chú thích ảnh" label);
 * - a line printed twice in a row, or after a shorter line with the same words (alt text, then caption);
 * - on pages whose paragraphs follow each other without blank lines, a blank line marks a removed photo,
 *   so a sentence-long line after it and straight above the next paragraph is that photo's caption.
 * Subheadings sit in the same places, so a caption must be a sentence: long, or ending with a full stop.
 */
function markLayoutCaptions(lines: PageLine[]): void {
  const newlineSeparated = paragraphsRunWithoutBlanks(lines);
  // Above the first paragraph a line repeated is the headline (printed twice, or again as the lede's start).
  const firstProse = lines.findIndex((line) => line.role === 'text' && isProse(line.text));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.role !== 'text' || parseCaption(line.text)) continue;
    const previous = lines[i - 1];
    const next = lines[i + 1];
    const fits = (line.text.length <= MAX_LAYOUT_CAPTION || endsWithCellBar(line.text)) && captionShaped(line.text);
    const afterPhoto = previous?.role === 'furniture' && wordCount(line.text) <= MAX_CAPTION_WORDS;
    if (afterPhoto && (fits || namesSomeone(line.text))) {
      line.role = 'caption';
    } else if (i > firstProse && next !== undefined && next.role === 'text' && isAltThenCaption(line.text, next.text)) {
      line.role = 'furniture';
      next.role = 'caption';
      i++;
    } else if (newlineSeparated && fits && line.afterBlank && i > 0 && next !== undefined && !next.afterBlank && isProse(next.text)) {
      line.role = 'caption';
    }
  }
}

/** `Ông Trần Văn A, Phó Giám đốc …`: a name and a position, the commonest caption under a portrait. */
function namesSomeone(text: string): boolean {
  return text.length <= MAX_LAYOUT_CAPTION && /^[\p{Lu}][^,]{2,60},\s/u.test(text) && !/[?:]$/.test(text);
}

function captionShaped(text: string): boolean {
  return wordCount(text) >= MIN_CAPTION_WORDS || (wordCount(text) >= 3 && /[.!]\s*\|?$/.test(text)) || endsWithCellBar(text);
}

// Alt texts are short; the caption under them says the same thing, at most a sentence long.
const MAX_ALT = 150;

/** Two short lines in a row where the second repeats the words of the first: an alt text, then its caption. */
function isAltThenCaption(first: string, second: string): boolean {
  if (wordCount(first) < 3) return false;
  if (textKey(first) === textKey(second)) return first.length <= MAX_LAYOUT_CAPTION + MAX_ALT;
  if (first.length > MAX_ALT || second.length > MAX_LAYOUT_CAPTION || wordCount(second) > MAX_CAPTION_WORDS) return false;
  if (isProse(first)) return false;
  const words = new Set(wordsOf(second));
  const firstWords = wordsOf(first);
  const shared = firstWords.filter((w) => words.has(w)).length;
  // An abbreviation in the alt text (`NHNN`) is spelled out in the caption, so not every word recurs.
  return shared >= 3 && shared >= firstWords.length * 0.6;
}

function wordsOf(text: string): string[] {
  return textKey(text)
    .split(' ')
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w !== '');
}

/** Do most paragraphs follow one another on the next line (a blank line then means something)? */
function paragraphsRunWithoutBlanks(lines: PageLine[]): boolean {
  let joined = 0;
  let separated = 0;
  for (let i = 1; i < lines.length; i++) {
    if (!isProse(lines[i]!.text) || !isProse(lines[i - 1]!.text)) continue;
    if (lines[i]!.afterBlank) separated++;
    else joined++;
  }
  return joined >= 2 && joined > separated * 2;
}
