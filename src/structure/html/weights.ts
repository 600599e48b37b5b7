// How much each text segment looks like article prose: positive for prose, negative for clutter,
// zero for neutral text. Container choice adds these up; collection reuses the link rules.
import type { Segment } from './segments.ts';

/** Lower-cased words joined by single spaces: compares text regardless of markup and punctuation. */
export function matchKey(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

const SENTENCE_END = /[.!?…:;"'”’)»]$|[.!?]\s/;
const PROSE_MIN_CHARS = 80;
const SENTENCE_MIN_CHARS = 25;
const LINKED_PROSE_MIN_CHARS = 100;
const SHORT_LINE_PENALTY = 0.2;

/**
 * `reference` is the matchKey of the JSON-LD articleBody, when the page has one. It only ever adds
 * evidence, because some sites ship a truncated teaser there.
 */
export function contentWeight(segment: Segment, reference: ReferenceText | null): number {
  const length = segment.text.length;
  if (segment.inCaption || segment.inFigure) return 0;
  if (reference !== null && length >= 20 && reference.holds(matchKey(segment.text))) return length * 2;
  if (segment.headingLevel > 0) return 0;
  const linkDensity = segment.linkChars / length;
  if (linkDensity > 0.5) return isLinkedProse(segment) ? 0 : -length;
  // Rows of data tables are short and unpunctuated, yet content; layout rows full of prose still count.
  if (segment.owner.name === 'tr' && length < PROSE_MIN_CHARS) return 0;
  const prose = length >= PROSE_MIN_CHARS || (length >= SENTENCE_MIN_CHARS && SENTENCE_END.test(segment.text));
  if (linkDensity < 0.3 && prose) return length;
  // Short unlinked lines (list items, table cells, labels) are weak evidence either way: articles
  // have them as much as page furniture does, whose tell is links.
  if (linkDensity < 0.3) return -length * SHORT_LINE_PENALTY;
  return -length * 0.5;
}

/** A long sentence that is mostly a link still reads as prose (news round-ups link every item). */
export function isLinkedProse(segment: Segment): boolean {
  return segment.text.length >= LINKED_PROSE_MIN_CHARS && segment.linkChars / segment.text.length < 0.8;
}

/** Word runs this long index the reference text. */
const RUN = 3;

/**
 * The JSON-LD articleBody, indexed by its runs of one to three words, so that asking whether a
 * paragraph appears in it costs the paragraph's length, not the reference's.
 */
export class ReferenceText {
  private readonly runs = new Set<string>();

  constructor(text: string) {
    const words = matchKey(text).split(' ').filter(Boolean);
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= RUN && i + n <= words.length; n++) this.runs.add(words.slice(i, i + n).join(' '));
    }
  }

  /**
   * Both halves of the text appear (markup such as links or ads can split a paragraph in two): each
   * run of three words inside a half, or the whole half when it is shorter.
   */
  holds(key: string): boolean {
    const words = key.split(' ').filter(Boolean);
    if (words.length === 0) return false;
    if (words.length <= RUN) return this.runs.has(words.join(' '));
    const middle = Math.ceil(words.length / 2);
    return this.holdsAll(words.slice(0, middle)) && this.holdsAll(words.slice(middle));
  }

  private holdsAll(words: readonly string[]): boolean {
    if (words.length <= RUN) return this.runs.has(words.join(' '));
    for (let i = 0; i + RUN <= words.length; i++) {
      if (!this.runs.has(words.slice(i, i + RUN).join(' '))) return false;
    }
    return true;
  }
}
