// Sitemaps: a sitemap index (more sitemaps), a urlset (pages), and Google News sitemaps (pages with
// a title and publication date). Pure: XML text in, URLs out.
import { absoluteUrl, children, childText, parseXml, type XmlNode } from './xml.ts';
import { toIsoTime } from './times.ts';

export interface SitemapPage {
  url: string;
  lastModified: string | null;
  /** From a Google News sitemap's <news:news>. */
  title: string | null;
  published: string | null;
}

export type Sitemap = { kind: 'index'; sitemaps: { url: string; lastModified: string | null }[] } | { kind: 'urlset'; pages: SitemapPage[] };

export function parseSitemap(xml: string, origin: string): Sitemap {
  const doc = parseXml(xml, origin);
  const index = doc.sitemapindex as XmlNode | undefined;
  if (index) {
    const sitemaps = children(index, 'sitemap').flatMap((s) => {
      const url = absoluteUrl(childText(s, 'loc'), origin);
      return url ? [{ url, lastModified: toIsoTime(childText(s, 'lastmod')) }] : [];
    });
    return { kind: 'index', sitemaps };
  }
  const urlset = doc.urlset as XmlNode | undefined;
  if (urlset) {
    const pages = children(urlset, 'url').flatMap((u) => {
      const url = absoluteUrl(childText(u, 'loc'), origin);
      if (!url) return [];
      const news = children(u, 'news')[0];
      return [{
        url,
        lastModified: toIsoTime(childText(u, 'lastmod')),
        title: news ? childText(news, 'title') : null,
        published: news ? toIsoTime(childText(news, 'publication_date')) : null,
      }];
    });
    return { kind: 'urlset', pages };
  }
  throw new Error(`${origin}: not a sitemap (expected <urlset> or <sitemapindex>)`);
}
