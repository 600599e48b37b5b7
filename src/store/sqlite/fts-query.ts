// Builds FTS5 MATCH expressions from already tokenised terms. User text never reaches FTS5 syntax:
// every term becomes a double-quoted string (FTS5's literal form), so words like AND, NEAR or `*`
// are just words, and a term of several words is a phrase.
import type { TermTokens } from '../dialect.ts';

function quote(term: TermTokens): string {
  return `"${term.join(' ').replace(/"/g, '""')}"`;
}

/**
 * All terms required; null when there is nothing to search for. With `near`, the unquoted terms
 * form one NEAR group (at most `near` tokens between them) and the quoted ones are ANDed to it.
 */
export function ftsMatchExpression(terms: readonly TermTokens[], unquoted: readonly boolean[] = [], near: number | null = null): string | null {
  const kept = terms.map((t, i) => ({ t, loose: unquoted[i] === true })).filter((x) => x.t.length > 0);
  const loose = kept.filter((x) => x.loose);
  if (near !== null && loose.length >= 2) {
    const group = `NEAR(${loose.map((x) => quote(x.t)).join(' ')}, ${near})`;
    return [group, ...kept.filter((x) => !x.loose).map((x) => quote(x.t))].join(' AND ');
  }
  const quoted = kept.map((x) => quote(x.t));
  return quoted.length > 0 ? quoted.join(' AND ') : null;
}
