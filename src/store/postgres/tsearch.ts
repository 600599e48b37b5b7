// Text search values for PostgreSQL, built from the store's own tokens.
//
// Neither the documents nor the queries go through a PostgreSQL text search parser: its default
// parser has its own idea of words (`1.5`, `covid-19` and URLs become single or duplicated tokens,
// shifting positions), which would make the index disagree with how search-text.ts splits a query.
// Instead both sides are split by `words` (search-text.ts) and written as tsvector and tsquery
// *literals*, which PostgreSQL reads as given: no stemming, no stop words, no lower-casing (the
// keys are lower-case already). Every lexeme is quoted, so a query can never form tsquery syntax.
//
// Fields share one tsvector, told apart by weight (A title, B lede, C body, D captions) and kept
// apart by a gap in positions larger than any proximity the store asks for, so that a phrase or a
// NEAR group never spans two fields (FTS5 columns do not either).
// PostgreSQL's limits, met the way PostgreSQL itself would: positions above 16383 read as 16383, a
// lexeme keeps its first 256 positions; lexemes longer than MAX_LEXEME characters are cut (on both
// sides, so they still match), and a vector near the 1 MB limit stops taking positions.
import type { IndexedFields, TermTokens } from '../dialect.ts';
import { words } from '../search-text.ts';

export type Weight = 'A' | 'B' | 'C' | 'D';

/** Positions between two fields: more than NEAR_TOKENS_PER_GAP × (MAX_QUERY_TERMS − 1) = 93. */
export const FIELD_GAP = 128;
const MAX_POSITION = 16383;
const MAX_POSITIONS_PER_LEXEME = 256;
const MAX_LEXEME = 200;
/** Well under tsvector's 1 MB, counting each lexeme's bytes and header and 2 bytes a position. */
const MAX_VECTOR_BYTES = 900_000;

export function lexeme(token: string): string {
  return token.length > MAX_LEXEME ? Array.from(token).slice(0, MAX_LEXEME).join('') : token;
}

function quoted(lex: string): string {
  return `'${lex.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** The tsvector literal of one document's keyed fields. */
export function tsvectorText(fields: IndexedFields): string {
  const order: [string, Weight][] = [
    [fields.title, 'A'],
    [fields.lede, 'B'],
    [fields.body, 'C'],
    [fields.captions, 'D'],
  ];
  const positions = new Map<string, string[]>();
  let bytes = 0;
  let next = 1;
  outer: for (const [text, weight] of order) {
    const tokens = words(text);
    if (tokens.length === 0) continue;
    for (const token of tokens) {
      const lex = lexeme(token);
      let list = positions.get(lex);
      if (!list) {
        bytes += Buffer.byteLength(lex) + 8;
        list = [];
        positions.set(lex, list);
      }
      if (list.length < MAX_POSITIONS_PER_LEXEME) {
        list.push(`${Math.min(next, MAX_POSITION)}${weight}`);
        bytes += 2;
      }
      next++;
      if (bytes > MAX_VECTOR_BYTES) break outer;
    }
    next += FIELD_GAP;
  }
  return [...positions].map(([lex, list]) => `${quoted(lex)}:${list.join(',')}`).join(' ');
}

/** The tsquery literal of one term: a word, or a phrase of adjacent words. */
function termQuery(term: TermTokens): string {
  return `(${term.map((t) => quoted(lexeme(t))).join(' <-> ')})`;
}

/** A search condition: the tsquery, and the phrases that must also lie near each other. */
export interface TextMatch {
  query: string;
  /**
   * The plain AND of every term when `query` is a NEAR group written out as alternatives (which
   * implies it), else null. The GIN index answers the AND from one entry per word; given the
   * alternatives it reads each word's entry once per alternative (hundreds for three words), and
   * a row lacking a word fails the AND without trying every alternative.
   */
  all: string | null;
  /**
   * Space-joined lexemes of each phrase of a NEAR group that the tsquery could not express, for
   * radar57_near; null when there is none.
   */
  near: string[] | null;
  distance: number;
}

/** Past this many alternatives a NEAR group is checked by radar57_near instead (see nearQuery). */
export const MAX_NEAR_ALTERNATIVES = 3000;
/** Past this many words a NEAR group is not enumerated at all (5! = 120 orders; 6! = 720). */
export const MAX_NEAR_WORDS = 5;

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/** Every way to give `slots` gaps (each ≥ 0) a total of at most `budget`. */
function gapVectors(slots: number, budget: number, limit: number): number[][] | null {
  const out: number[][] = [];
  const walk = (prefix: number[], left: number): boolean => {
    if (prefix.length === slots) {
      out.push(prefix);
      return out.length <= limit;
    }
    for (let g = 0; g <= left; g++) if (!walk([...prefix, g], left - g)) return false;
    return true;
  };
  return walk([], budget) ? out : null;
}

/**
 * FTS5's NEAR(p1 p2 …, n) as a tsquery: the phrases in any order, with at most `n` tokens between
 * the end of the first and the start of the last. `A <d> B` puts B's first lexeme d positions after
 * A's last one, so each order and each spread of gaps is one chain of phrase operators, and the
 * group is their OR. Evaluated in C on the rows the GIN index proposes, this is far cheaper than
 * reading positions in PL/pgSQL; it grows as k!·C(n+k−1, k−1), so large groups (five words or more)
 * return null and go to radar57_near.
 */
function nearQuery(terms: readonly TermTokens[], near: number): string | null {
  // The orders are enumerated: k! of them (twelve words would be 479 million), so past a few words
  // the group goes to radar57_near before any is built.
  if (terms.length > MAX_NEAR_WORDS) return null;
  const alternatives: string[] = [];
  for (const order of permutations(terms)) {
    const middle = order.slice(1, -1).reduce((n, t) => n + t.length, 0);
    if (middle > near) continue;
    const gaps = gapVectors(order.length - 1, near - middle, MAX_NEAR_ALTERNATIVES - alternatives.length);
    if (gaps === null) return null;
    for (const g of gaps) {
      alternatives.push(order.map((t, i) => (i === 0 ? termQuery(t) : ` <${g[i - 1]! + 1}> ${termQuery(t)}`)).join(''));
    }
  }
  // No order fits (the middle phrases alone are longer than n): nothing can match.
  return alternatives.length === 0 ? `(${quoted('x')} & !${quoted('x')})` : `(${alternatives.map((a) => `(${a})`).join(' | ')})`;
}

/**
 * The AND of all terms, or null when no term has tokens (terms keying to nothing are left out, as
 * in the SQLite dialect). With `near`, the unquoted terms must also lie within `near` tokens of
 * each other (at least two of them; quoted ones may be anywhere): written into the tsquery when it
 * stays small, otherwise kept as AND and checked by radar57_near.
 */
export function textMatch(terms: readonly TermTokens[], unquoted: readonly boolean[], near: number | null): TextMatch | null {
  const kept = terms.map((t, i) => ({ t, loose: unquoted[i] === true })).filter((x) => x.t.length > 0);
  if (kept.length === 0) return null;
  const loose = kept.filter((x) => x.loose);
  const quotedTerms = kept.filter((x) => !x.loose).map((x) => termQuery(x.t));
  const all = kept.map((x) => termQuery(x.t)).join(' & ');
  if (near === null || loose.length < 2) return { query: all, all: null, near: null, distance: 0 };
  const group = nearQuery(loose.map((x) => x.t), near);
  if (group !== null) return { query: [group, ...quotedTerms].join(' & '), all, near: null, distance: 0 };
  return {
    query: all,
    all: null,
    near: loose.map((x) => x.t.map(lexeme).join(' ')),
    distance: near,
  };
}
