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
  const siteHeadings = candidates.headings.filter((text) => siteNames.has(comparable(text)));
  const declared = candidates.declared;
  const leading = titleTag ? leadingSegment(titleTag, candidates.site, siteHeadings) : null;
  const headings = candidates.headings.filter((text) => text.length > 0 && !siteNames.has(comparable(text)))
    .map((heading) => withoutAdornment(heading, [declared, leading]));
  const agreeing = (source: string | null) => (source ? headings.find((heading) => startsWithTitle(source, heading)) : undefined);
  const chosen = agreeing(titleTag) ?? agreeing(declared)
    ?? (titleTag && declared && !candidates.article ? declaredPrefix(titleTag, declared) : undefined)
    ?? headings[0] ?? leading ?? declared ?? null;
  if (chosen === null) return null;
  // An <h1> set in display capitals or broken over lines (`WEEKENDCODING AGENT`) says what the
  // <title> says in the sentence's own spelling.
  if (leading && comparable(chosen) !== comparable(leading) && squashed(chosen) === squashed(leading)) return leading;
  return withoutSiteSuffix(chosen, candidates.site, titleTag);
}

/** `Best UK Exhibitions – Example Site` → `Best UK Exhibitions`, when the last segment names the site. */
function withoutSiteSuffix(title: string, site: string | null, titleTag: string | null): string {
  const segments = title.split(TITLE_SEPARATOR);
  if (segments.length < 2) return title;
  const last = (segments[segments.length - 1] as string).trim();
  // The <title>'s last segment names the site only when the <title> has one segment more than the text.
  const tagSite = titleTag && titleTag.split(TITLE_SEPARATOR).length > segments.length ? lastSegment(titleTag) : null;
  const siteKeys = [...(site ? siteKeysOf(site) : []), ...(tagSite ? siteKeysOf(tagSite) : [])];
  if (!siteKeysOf(last).some((key) => siteKeys.includes(key))) return title;
  const match = [...title.matchAll(new RegExp(TITLE_SEPARATOR.source, 'g'))].pop();
  return match ? title.slice(0, match.index).trim() : title;
}

function squashed(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join('');
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

/**
 * The first segment of a <title> split at its separators, skipping a leading site name, also one
 * written without a separator before the title (`example.com Vibe Coding` on a page whose <h1> is
 * `example.com`).
 */
function leadingSegment(titleTag: string, site: string | null, siteHeadings: readonly string[]): string {
  let text = titleTag;
  for (const name of [...siteHeadings, ...(site ? [site] : [])]) {
    const rest = text.slice(name.length).trim();
    // `OnePlus 13` is a product's name, `Birdbuddy : Shop` a segment: the rest must be a title of its own.
    const titleLike = /^\p{L}/u.test(rest) && (rest.match(/\p{L}+/gu)?.length ?? 0) >= 2;
    if (text.startsWith(`${name} `) && titleLike && !TITLE_SEPARATOR.test(text)) text = rest;
  }
  const segments = text.split(TITLE_SEPARATOR).map((segment) => segment.trim()).filter(Boolean);
  const siteKeys = site ? siteKeysOf(site) : [];
  const first = segments.find((segment, index) => !(index < segments.length - 1 && siteKeysOf(segment).some((key) => siteKeys.includes(key))));
  return first ?? text;
}

/** `The Objective Dad` and `theobjectivedad.com` name one site: compare with and without the article. */
function siteKeysOf(site: string): string[] {
  return [...new Set([outletKey(site), site.toLowerCase().replace(/\.(com|net|org|vn|io|dev|co)(\.\w\w)?$/, '').replace(/[^\p{L}\p{N}]/gu, '')])];
}

/**
 * What pages print in the <h1> around the headline the metadata gives: a date (`Dec 18 2025 …`),
 * a section label (`Blog: …`), a "posted on … by …" line run into it.
 */
const ADORNMENT = new RegExp([
  // a "posted on … by …" line
  '^(?:posted|published|updated|written|by)\\b.*$',
  // a full date (`Dec 18 2025`, `January 1, 2025`, `18/12/2025`); a bare year is part of many titles
  '^[^\\p{L}]*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}[^\\p{L}]*$',
  '^[^\\p{L}]*\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+\\d{4}[^\\p{L}]*$',
  '^[^\\p{L}]*\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}[^\\p{L}]*$',
  // a section label before the headline (`Blog:`)
  '^(?:\\p{L}+\\s){0,2}\\p{L}+:$',
].join('|'), 'iu');
const ADORNMENT_MAX_CHARS = 80;

/** The headline a source declares, when the <h1> is it plus an adornment before or after. */
function withoutAdornment(heading: string, sources: readonly (string | null)[]): string {
  const key = comparable(heading);
  for (const source of sources) {
    if (!source) continue;
    const inner = comparable(source);
    if (inner.length === 0 || inner === key || inner.split(' ').length < 3) continue;
    const at = heading.toLowerCase().indexOf(source.toLowerCase());
    if (at < 0) continue;
    const extra = `${heading.slice(0, at)} ${heading.slice(at + source.length)}`.trim();
    if (extra.length > 0 && extra.length <= ADORNMENT_MAX_CHARS && ADORNMENT.test(extra)) return source;
  }
  return heading;
}

/** Lower-cased words only: quotes, dashes and spacing styles differ between a page's sources. */
function comparable(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}
