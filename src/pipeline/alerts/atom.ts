// An Atom feed (RFC 4287) of alert events, for a saved search or a watchlist. Built with
// fast-xml-parser's XMLBuilder, which escapes text and attributes; characters XML 1.0 cannot carry
// (C0 controls other than tab and newlines, found in scraped titles) are dropped first.
import { XMLBuilder } from 'fast-xml-parser';
import type { StoredAlertEvent } from '../../store/alerts/types.ts';

const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const clean = (text: string): string => text.replace(NOT_XML, '');

/** An Atom date: the instant, or the day at midnight UTC. */
function atomDate(value: string): string {
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(ms) ? new Date(0).toISOString() : new Date(ms).toISOString();
}

export interface AtomFeedInput {
  /** A stable URI naming the feed (`urn:radar57:feed:search:3`). */
  id: string;
  title: string;
  /** The feed's own URL (rel=self). */
  selfUrl: string;
  /** The app's base URL, to make event links absolute. */
  baseUrl: string;
  events: readonly StoredAlertEvent[];
  /** When nothing has happened yet: the feed's `updated`. */
  emptyUpdated: string;
}

export function atomFeed(input: AtomFeedInput): string {
  const base = input.baseUrl.replace(/\/+$/, '');
  const updated = input.events.length > 0 ? input.events.map((e) => atomDate(e.createdAt)).sort().at(-1)! : atomDate(input.emptyUpdated);
  const feed = {
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      '@_xml:lang': 'vi',
      id: input.id,
      title: clean(input.title),
      updated,
      link: [{ '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': input.selfUrl }, { '@_rel': 'alternate', '@_href': `${base}/alerts` }],
      author: { name: 'Radar 57' },
      generator: 'Radar 57',
      entry: input.events.map((e) => ({
        id: `urn:radar57:event:${e.id}`,
        title: clean(e.title),
        updated: atomDate(e.createdAt),
        ...(e.occurred ? { published: atomDate(e.occurred) } : {}),
        link: { '@_rel': 'alternate', '@_href': `${base}${e.link ?? '/alerts'}` },
        category: { '@_term': e.kind },
        summary: clean(e.summary),
      })),
    },
  };
  return new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true }).build(feed) as string;
}
