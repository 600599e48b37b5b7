// The article's title from the candidates a page offers: its <h1>s, the <title> tag, and the declared
// headline (JSON-LD headline, og:title, twitter:title). A page's own sources disagree often (an <h1>
// reworded for the page, a <title> that adds the site name or a tagline), so the choice rests on
// which candidates agree with each other, never on one source alone.
import { outletKey } from './outlet.ts';

export interface TitleCandidates {
  /** Texts of the page's first <h1>s, in document order. */
  headings: readonly string[];
  titleTag: string | null;
  /** JSON-LD headline, else og:title / twitter:title. */
  declared: string | null;
  /** Site name or host, to tell a site-name segment from the title. */
  site: string | null;
  /** The page declares itself an article (og:type, a JSON-LD article node): its <h1> is the headline. */
  article: boolean;
}

/** What sites put between the title and the site name or a tagline in <title>. */
const TITLE_SEPARATOR = /\s+(?:[|–—•·»~]|-{1,2}|::)\s+/;

/**
 * 1. An <h1> that the <title> starts with: both say the same, and the <h1> has no site suffix.
 * 2. An <h1> that the declared headline starts with (or equals).
 * 3. On pages that do not declare themselves articles, the <title>'s leading segments, when the
 *    declared headline agrees with them: a landing page's <h1> is a slogan, an article's is its headline.
 * 4. The first <h1>; then the <title>'s leading segment; then the declared headline.
 */
export function chooseTitle(candidates: TitleCandidates): string | null {
  const titleTag = candidates.titleTag;
  const siteNames = new Set([candidates.site, titleTag ? lastSegment(titleTag) : null]
    .filter((name): name is string => !!name).map(comparable));
  // A blog's <h1> is often its own name, on every page: never the article's title.
  const headings = candidates.headings.filter((text) => text.length > 0 && !siteNames.has(comparable(text)));
  const declared = candidates.declared;
  const leading = titleTag ? leadingSegment(titleTag, candidates.site) : null;
  const agreeing = (source: string | null) => (source ? headings.find((heading) => startsWithTitle(source, heading)) : undefined);
  return agreeing(titleTag) ?? agreeing(declared)
    ?? (titleTag && declared && !candidates.article ? declaredPrefix(titleTag, declared) : undefined)
    ?? headings[0] ?? leading ?? declared ?? null;
}

/**
 * The longest run of leading <title> segments (never the last of several: that is the site or a
 * tagline) that the declared headline starts with.
 */
function declaredPrefix(titleTag: string, declared: string): string | undefined {
  const ends: number[] = [];
  const separators = new RegExp(TITLE_SEPARATOR.source, 'g');
  for (let match = separators.exec(titleTag); match; match = separators.exec(titleTag)) ends.push(match.index);
  if (ends.length === 0) ends.push(titleTag.length);
  let found: string | undefined;
  for (const end of ends) {
    const prefix = titleTag.slice(0, end).trim();
    if (prefix && startsWithTitle(declared, prefix)) found = prefix;
  }
  return found;
}

/** `title` is `prefix`, or starts with it followed by a separator or more words. */
function startsWithTitle(title: string, prefix: string): boolean {
  const whole = comparable(title);
  const start = comparable(prefix);
  return start.length > 0 && (whole === start || whole.startsWith(`${start} `));
}

/** The last of two or more <title> segments: where sites put their name. */
function lastSegment(titleTag: string): string | null {
  const segments = titleTag.split(TITLE_SEPARATOR);
  return segments.length > 1 ? (segments[segments.length - 1] as string).trim() : null;
}

/** The first segment of a <title> split at its separators, skipping a leading site name. */
function leadingSegment(titleTag: string, site: string | null): string {
  const segments = titleTag.split(TITLE_SEPARATOR).map((segment) => segment.trim()).filter(Boolean);
  const siteKey = site ? outletKey(site) : null;
  const first = segments.find((segment, index) => !(index < segments.length - 1 && siteKey !== null && outletKey(segment) === siteKey));
  return first ?? titleTag;
}

/** Lower-cased words only: quotes, dashes and spacing styles differ between a page's sources. */
function comparable(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}
