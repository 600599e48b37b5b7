// Longest-match lookup of known phrases (aliases) over tokens. An alias token written with a capital
// must meet a capitalised token in the text: `Hòa Bình` the province, never `hòa bình` (peace).
import { tokenize, type Token } from './tokens.ts';

interface Entry<T> {
  keys: string[];
  mustCapitalise: boolean[];
  value: T;
}

export interface PhraseMatch<T> {
  value: T;
  /** Token index of the first token. */
  from: number;
  /** Token index after the last token. */
  to: number;
}

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();

  /**
   * `relaxCase`: only the first word's capital is required. Long official names are often written
   * with their inner words in lower case (`Ban chỉ đạo Trung ương về …`); four or more words in a row
   * leave no room for a common-noun reading.
   */
  add(alias: string, value: T, relaxCase = false): void {
    const tokens = tokenize(alias);
    const first = tokens[0];
    if (!first) return;
    const entry: Entry<T> = {
      keys: tokens.map((t) => t.key),
      mustCapitalise: tokens.map((t, i) => t.capitalised && (!relaxCase || i === 0)),
      value,
    };
    const list = this.byFirst.get(first.key) ?? [];
    list.push(entry);
    list.sort((a, b) => b.keys.length - a.keys.length);
    this.byFirst.set(first.key, list);
  }

  /** The longest alias starting at token `at`, or null. */
  matchAt(tokens: readonly Token[], at: number): PhraseMatch<T> | null {
    const head = tokens[at];
    if (!head) return null;
    for (const entry of this.byFirst.get(head.key) ?? []) {
      if (entryMatches(entry, tokens, at)) return { value: entry.value, from: at, to: at + entry.keys.length };
    }
    return null;
  }

  /** False when no alias can match anywhere in `tokens` (no token is the first word of one). */
  mayMatchIn(tokens: readonly Token[]): boolean {
    if (this.byFirst.size === 0) return false;
    return tokens.some((t) => this.byFirst.has(t.key));
  }

  /** All non-overlapping longest matches, left to right. */
  findAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const m = this.matchAt(tokens, i);
      if (m) {
        out.push(m);
        i = m.to;
      } else i++;
    }
    return out;
  }
}

function entryMatches<T>(entry: Entry<T>, tokens: readonly Token[], at: number): boolean {
  for (let k = 0; k < entry.keys.length; k++) {
    const t = tokens[at + k];
    if (!t || t.key !== entry.keys[k]) return false;
    if (entry.mustCapitalise[k] && !t.capitalised) return false;
  }
  return true;
}
