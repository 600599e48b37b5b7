// Sitemaps: a sitemap index (more sitemaps), a urlset (pages), and Google News sitemaps (pages with
// a title and publication date). Pure: XML text in, URLs out.
import { absoluteUrl, children, childText, parseXml, xmlProblem, type XmlNode } from './xml.ts';
import { toIsoTime } from './times.ts';

export interface SitemapPage {
  url: string;
  lastModified: string | null;
  /** From a Google News sitemap's <news:news>. */
  title: string | null;
  published: string | null;
}

type SitemapEntries = { kind: 'index'; sitemaps: { url: string; lastModified: string | null }[] } | { kind: 'urlset'; pages: SitemapPage[] };

export type Sitemap = SitemapEntries & {
  /** What was wrong with the sitemap though entries could be read (broken XML, entries without a <loc>). */
  problems: string[];
};

export function parseSitemap(xml: string, origin: string): Sitemap {
  const { sitemap, entries } = readSitemap(xml, origin);
  const read = sitemap.kind === 'index' ? sitemap.sitemaps.length : sitemap.pages.length;
  const problems: string[] = [];
  const broken = xmlProblem(xml);
  if (broken) problems.push(`${origin}: ${broken}`);
  if (entries > read) problems.push(`${origin}: ${entries - read} of ${entries} entries have no usable <loc>`);
  return { ...sitemap, problems };
}

function readSitemap(xml: string, origin: string): { sitemap: SitemapEntries; entries: number } {
  const doc = parseXml(xml, origin);
  const index = doc.sitemapindex as XmlNode | undefined;
  if (index) {
    const listed = children(index, 'sitemap');
    const sitemaps = listed.flatMap((s) => {
      const url = absoluteUrl(childText(s, 'loc'), origin);
      return url ? [{ url, lastModified: toIsoTime(childText(s, 'lastmod')) }] : [];
    });
    return { sitemap: { kind: 'index', sitemaps }, entries: listed.length };
  }
  const urlset = doc.urlset as XmlNode | undefined;
  if (urlset) {
    const listed = children(urlset, 'url');
    const pages = listed.flatMap((u) => {
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
    return { sitemap: { kind: 'urlset', pages }, entries: listed.length };
  }
  const broken = xmlProblem(xml);
  throw new Error(`${origin}: not a sitemap (expected <urlset> or <sitemapindex>)${broken ? `; ${broken}` : ''}`);
}
