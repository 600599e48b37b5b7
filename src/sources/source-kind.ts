// What kind of live source a URL is, when the user does not say.
import type { SourceKind } from './source-types.ts';

/** Without --kind, the URL's shape decides: sitemaps and feeds name themselves; anything else is a page. */
export function guessSourceKind(url: string): SourceKind {
  const path = new URL(url).pathname.toLowerCase();
  if (/sitemap[^/]*\.xml(\.gz)?$/.test(path)) return 'sitemap';
  if (/(\.rss|\.atom|\/rss|\/feed|\/atom|rss\.xml|feed\.xml|atom\.xml)\/?$/.test(path)) return 'feed';
  return 'page';
}
