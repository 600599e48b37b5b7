// Feeds: RSS 2.0, RSS 1.0 (RDF) and Atom → the entries they list. Pure: XML text in, entries out.
import { absoluteUrl, attr, children, childText, parseXml, xmlProblem, type XmlNode } from './xml.ts';
import { toIsoTime } from './times.ts';

export interface FeedEntry {
  url: string;
  title: string | null;
  published: string | null;
  summary: string | null;
}

export interface Feed {
  format: 'rss' | 'rdf' | 'atom';
  title: string | null;
  entries: FeedEntry[];
  /** What was wrong with the feed though entries could be read (broken XML, items without a link). */
  problems: string[];
}

function rssEntries(items: unknown[], base: string): FeedEntry[] {
  return items.flatMap((item) => {
    const url = absoluteUrl(childText(item, 'link') ?? childText(item, 'guid') ?? attr(item, 'about'), base);
    if (!url) return [];
    return [{
      url,
      title: childText(item, 'title'),
      published: toIsoTime(childText(item, 'pubDate') ?? childText(item, 'date')),
      summary: childText(item, 'description'),
    }];
  });
}

/** Atom links: the `alternate` one (or one without rel) is the article. */
function atomLink(entry: unknown, base: string): string | null {
  const links = children(entry, 'link');
  const alt = links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate') ?? links[0];
  return absoluteUrl(attr(alt, 'href'), base);
}

/** Problems worth telling the source's owner about: the XML, and items that were dropped. */
function feedProblems(xml: string, items: number, entries: number): string[] {
  const problems: string[] = [];
  const broken = xmlProblem(xml);
  if (broken) problems.push(broken);
  if (items > entries) problems.push(`${items - entries} of ${items} items have no usable link`);
  return problems;
}

export function parseFeed(xml: string, origin: string): Feed {
  const feed = readFeed(xml, origin);
  const problems = feedProblems(xml, feed.items, feed.entries.length);
  return { format: feed.format, title: feed.title, entries: feed.entries, problems: problems.map((p) => `${origin}: ${p}`) };
}

function readFeed(xml: string, origin: string): Omit<Feed, 'problems'> & { items: number } {
  const doc = parseXml(xml, origin);
  const rss = doc.rss as XmlNode | undefined;
  if (rss) {
    const channel = children(rss, 'channel')[0];
    const items = children(channel, 'item');
    return { format: 'rss', title: childText(channel, 'title'), entries: rssEntries(items, origin), items: items.length };
  }
  const rdf = doc.RDF as XmlNode | undefined;
  if (rdf) {
    const channel = children(rdf, 'channel')[0];
    const items = children(rdf, 'item');
    return { format: 'rdf', title: childText(channel, 'title'), entries: rssEntries(items, origin), items: items.length };
  }
  const feed = doc.feed as XmlNode | undefined;
  if (feed) {
    const items = children(feed, 'entry');
    const entries = items.flatMap((e) => {
      const url = atomLink(e, origin);
      if (!url) return [];
      return [{
        url,
        title: childText(e, 'title'),
        published: toIsoTime(childText(e, 'published') ?? childText(e, 'updated')),
        summary: childText(e, 'summary') ?? null,
      }];
    });
    return { format: 'atom', title: childText(feed, 'title'), entries, items: items.length };
  }
  throw new Error(`${origin}: not an RSS, RDF or Atom feed (root element: ${Object.keys(doc).filter((k) => !k.startsWith('?')).join(', ') || 'none'})`);
}
