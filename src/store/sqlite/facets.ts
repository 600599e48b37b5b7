// Search filters as index tokens. Kind, site and publication date are written as extra tokens into
// a `facets` column of the FTS5 index, so a filtered search is one MATCH expression: FTS5 intersects
// the doclists, and `ORDER BY rowid DESC LIMIT n` still stops early. With filters as SQL conditions
// on a joined table, a selective filter over a common word had to visit every match first.
//
// Tokens (letters and digits only, so unicode61 keeps each one whole):
//   k<kind>          karticle
//   s<hash of site>  s3f9a0c1b2d4e5f60
//   y<year>, m<year><month>, d<year><month><day>, as far as the date's precision goes
// A date range becomes the fewest whole years, whole months and single days that cover it.
// A document dated only to a month (or year) therefore matches a range only when the range covers
// that whole month (or year): it is not known to fall inside anything smaller.
import { createHash } from 'node:crypto';
import type { SearchFilters } from '../dialect.ts';
import type { DocumentKind } from '../../records.ts';

export interface FacetSource {
  kind: DocumentKind;
  site: string | null;
  published: string | null;
}

const DATE_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

function siteToken(site: string): string {
  return `s${createHash('sha256').update(site, 'utf8').digest('hex').slice(0, 16)}`;
}

/** The facet tokens of one document, space-separated. */
export function facetTokens(doc: FacetSource): string {
  const tokens = [`k${doc.kind}`];
  if (doc.site !== null) tokens.push(siteToken(doc.site));
  const m = doc.published ? DATE_PREFIX.exec(doc.published) : null;
  if (m) {
    const [, y, mo, d] = m;
    tokens.push(`y${y}`);
    if (mo) tokens.push(`m${y}${mo}`);
    if (mo && d) tokens.push(`d${y}${mo}${d}`);
  }
  return tokens.join(' ');
}

const DAY_MS = 86_400_000;
const dayOf = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

/** Covers the inclusive day range [from, to] with year, month and day tokens. */
export function dateRangeTokens(from: string, to: string): string[] {
  const tokens: string[] = [];
  const end = dayOf(to);
  let t = dayOf(from);
  while (t <= end) {
    const d = new Date(t);
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth();
    const ymd = d.toISOString().slice(0, 10).replace(/-/g, '');
    const yearEnd = Date.UTC(y, 11, 31);
    const monthEnd = Date.UTC(y, m + 1, 0);
    if (m === 0 && d.getUTCDate() === 1 && yearEnd <= end) {
      tokens.push(`y${y}`);
      t = yearEnd + DAY_MS;
    } else if (d.getUTCDate() === 1 && monthEnd <= end) {
      tokens.push(`m${ymd.slice(0, 6)}`);
      t = monthEnd + DAY_MS;
    } else {
      tokens.push(`d${ymd}`);
      t += DAY_MS;
    }
  }
  return tokens;
}

/** Years that hold dated documents, to close open-ended ranges. */
export interface DateBounds {
  earliestYear: number;
  latestYear: number;
}

/**
 * FTS5 expression for the filters (restricted to the facets column), '' when there are none, or null
 * when no document can pass (an empty date range, or a date filter on a store without dates).
 */
export function facetExpression(filters: SearchFilters, bounds: DateBounds | null): string | null {
  const parts: string[] = [];
  if (filters.kind !== undefined) parts.push(`"k${filters.kind}"`);
  if (filters.site !== undefined) parts.push(`"${siteToken(filters.site)}"`);
  if (filters.from !== undefined || filters.to !== undefined) {
    if (!bounds) return null;
    const from = filters.from ?? `${bounds.earliestYear}-01-01`;
    const to = filters.to ?? `${bounds.latestYear}-12-31`;
    // Ranges reaching past the stored years are clipped: fewer tokens, same documents.
    const lo = from < `${bounds.earliestYear}-01-01` ? `${bounds.earliestYear}-01-01` : from;
    const hi = to > `${bounds.latestYear}-12-31` ? `${bounds.latestYear}-12-31` : to;
    const tokens = lo <= hi ? dateRangeTokens(lo, hi) : [];
    if (tokens.length === 0) return null;
    parts.push(`(${tokens.map((t) => `"${t}"`).join(' OR ')})`);
  }
  return parts.length === 0 ? '' : `{facets} : (${parts.join(' AND ')})`;
}
