// Snippets are cut in code, for the returned rows only: the full-text tables are contentless (they
// hold keyed text, not the original), and highlighting the original keeps its diacritics even when
// the match came from the folded index.
import { exactKey, foldedKey, words, type QueryTerm } from './search-text.ts';

/** Marks around each matched word in a snippet. Occurrences in the source text are replaced by `"`. */
export const SNIPPET_MARK_OPEN = '«';
export const SNIPPET_MARK_CLOSE = '»';
/** Stands for text cut before or after the snippet. */
export const SNIPPET_ELLIPSIS = '…';

export interface SnippetSource {
  title: string | null;
  lede: string | null;
  body: readonly string[];
  captions: readonly string[];
}

interface Token {
  start: number;
  end: number;
  folded: string;
  /** Exact key, computed only for tokens that match folded (it is the costlier key). */
  exact?: string;
}

interface TermKeys {
  folded: string[];
  exact: string[];
}

interface Occurrence {
  at: number;
  length: number;
  exact: boolean;
}

const WORD = /(?:[\p{L}\p{N}]\p{M}*)+/gu;

/** A letter or digit: a query word next to one is part of a longer word. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether `word` can be a whole token of `text` (a folded passage aligned with its original). Only
 * occurrences flanked by a letter or digit are ruled out, since such a run never starts or ends a
 * token (see WORD): an odd case (a lone surrogate, a stray mark) only costs an evaluation. A bare
 * substring test let `ha` pass in nearly every paragraph (nhà, thành, hai…).
 */
export function mayHoldWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at === 0 ? '' : text[at - 1]!;
    const after = text[at + word.length] ?? '';
    if (!LETTER_OR_DIGIT.test(before) && !LETTER_OR_DIGIT.test(after)) return true;
  }
  return false;
}

const containsText = (text: string, word: string): boolean => text.includes(word);

/**
 * The words of a passage with their folded keys. Folding the whole passage once is far cheaper than
 * word by word; for NFC text (one code unit per letter, which folding keeps) the offsets are the same.
 */
function tokenize(text: string, foldedText: string): Token[] {
  const aligned = foldedText.length === text.length;
  return [...(aligned ? foldedText : text).matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    folded: aligned ? m[0] : foldedKey(m[0]),
  }));
}

/** Where the term's words appear in a row; exact when every word also matches with its diacritics. */
function occurrences(tokens: Token[], text: string, term: TermKeys): Occurrence[] {
  const n = term.folded.length;
  const found: Occurrence[] = [];
  for (let at = 0; at + n <= tokens.length; at++) {
    if (!term.folded.every((w, j) => tokens[at + j]?.folded === w)) continue;
    const exact = term.exact.every((w, j) => {
      const token = tokens[at + j] as Token;
      token.exact ??= exactKey(text.slice(token.start, token.end));
      return token.exact === w;
    });
    found.push({ at, length: n, exact });
  }
  return found;
}

interface Passage {
  text: string;
  tokens: Token[];
  score: number;
  marked: Set<number>;
  anchor: number;
}

/**
 * Scores a passage: each term found counts 20 with its diacritics, 10 folded only; the whole query
 * as one run of words adds 5 (3 folded). Marks the runs of the whole query when there are any, else
 * each term's exact occurrences, or its folded ones when it has no exact one here, so that `số`
 * does not light up every `sở` next to a real `số`.
 */
function evaluate(text: string, foldedText: string, terms: TermKeys[], sequence: TermKeys | null): Passage {
  const tokens = tokenize(text, foldedText);
  const marked = new Set<number>();
  let score = 0;
  let anchor = Number.POSITIVE_INFINITY;
  for (const term of terms) {
    const all = occurrences(tokens, text, term);
    const exact = all.filter((o) => o.exact);
    const shown = exact.length > 0 ? exact : all;
    score += exact.length > 0 ? 20 : all.length > 0 ? 10 : 0;
    for (const o of shown) {
      for (let j = 0; j < o.length; j++) marked.add(o.at + j);
      anchor = Math.min(anchor, o.at);
    }
  }
  if (sequence) {
    const runs = occurrences(tokens, text, sequence);
    const exactRuns = runs.filter((o) => o.exact);
    const shown = exactRuns.length > 0 ? exactRuns : runs;
    if (shown.length > 0) {
      score += exactRuns.length > 0 ? 5 : 3;
      // The query found as typed: mark just those runs, not every stray `số` around them.
      marked.clear();
      for (const o of shown) for (let j = 0; j < o.length; j++) marked.add(o.at + j);
      anchor = (shown[0] as Occurrence).at;
    }
  }
  return { text, tokens, score, marked, anchor: Number.isFinite(anchor) ? anchor : 0 };
}

function keysOf(term: QueryTerm): TermKeys {
  return {
    folded: term.words.flatMap((w) => words(foldedKey(w))),
    exact: term.words.flatMap((w) => words(exactKey(w))),
  };
}

/** About `maxWords` words from the passage that best explains the hit, matched words marked. */
export function buildSnippet(source: SnippetSource, terms: readonly QueryTerm[], maxWords = 30): string {
  const keys = terms.map(keysOf).filter((k) => k.folded.length > 0 && k.folded.length === k.exact.length);
  const sequence = keys.length > 1 ? { folded: keys.flatMap((k) => k.folded), exact: keys.flatMap((k) => k.exact) } : null;
  const passages = [source.lede, ...source.body, ...source.captions, source.title]
    .filter((p): p is string => !!p && p.trim() !== '')
    .map((p) => p.replace(/[«»]/gu, '"'));
  if (passages.length === 0) return '';

  const perfect = 20 * keys.length + (sequence ? 5 : 0);
  let best: Passage | null = null;
  for (const text of passages) {
    const foldedText = foldedKey(text);
    // Most paragraphs of a long article hold no query term at all: skip them before tokenising.
    // A term scores only where each of its words is a token; when folding changed the passage's
    // length (tokens folded one by one), only the plain substring test is safe.
    const holds = foldedText.length === text.length ? mayHoldWord : containsText;
    if (best && !keys.some((k) => k.folded.every((w) => holds(foldedText, w)))) continue;
    const passage = evaluate(text, foldedText, keys, sequence);
    if (!best || passage.score > best.score) best = passage;
    if (passage.score >= perfect) break;
  }
  return render(best as Passage, maxWords);
}

function render({ text, tokens, marked, anchor }: Passage, maxWords: number): string {
  if (tokens.length === 0) return text.slice(0, 200);
  const from = Math.max(0, Math.min(anchor - Math.floor(maxWords / 4), tokens.length - maxWords));
  const to = Math.min(tokens.length, from + maxWords);
  const sliceStart = from === 0 ? 0 : (tokens[from]?.start ?? 0);
  const sliceEnd = to === tokens.length ? text.length : (tokens[to - 1]?.end ?? text.length);

  let out = from === 0 ? '' : SNIPPET_ELLIPSIS;
  let cursor = sliceStart;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (!marked.has(i)) continue;
    out += text.slice(cursor, t.start) + SNIPPET_MARK_OPEN + text.slice(t.start, t.end) + SNIPPET_MARK_CLOSE;
    cursor = t.end;
  }
  out += text.slice(cursor, sliceEnd);
  if (to < tokens.length) out += SNIPPET_ELLIPSIS;
  // Adjacent marked words read as one highlight: «chuyển đổi số», not «chuyển» «đổi» «số».
  const adjacent = new RegExp(`${SNIPPET_MARK_CLOSE}(\\s+)${SNIPPET_MARK_OPEN}`, 'gu');
  return out.replace(/\s+/gu, ' ').replace(adjacent, '$1').trim();
}

/** Splits a snippet into plain and marked pieces, for renderers that escape text (HTML). */
export function snippetParts(snippet: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  const pattern = new RegExp(`${SNIPPET_MARK_OPEN}([^${SNIPPET_MARK_CLOSE}]*)${SNIPPET_MARK_CLOSE}`, 'gu');
  let cursor = 0;
  for (const m of snippet.matchAll(pattern)) {
    if (m.index > cursor) parts.push({ text: snippet.slice(cursor, m.index), marked: false });
    parts.push({ text: m[1] ?? '', marked: true });
    cursor = m.index + m[0].length;
  }
  if (cursor < snippet.length) parts.push({ text: snippet.slice(cursor), marked: false });
  return parts;
}
