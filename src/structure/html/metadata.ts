// Article metadata from the page's declarations, best source first: JSON-LD, then OpenGraph and
// other <meta> conventions, then the markup itself. Visible-text fallbacks live in byline.ts.
import { firstMeta, allMeta } from './page-facts.ts';
import type { PageFacts } from './page-facts.ts';
import type { LinkedData } from './jsonld.ts';

export interface DeclaredMetadata {
  title: string | null;
  publishedRaw: string[];
  modifiedRaw: string[];
  /** Person authors declared in JSON-LD. */
  people: string[];
  /** Those of `people` declared with the Person type. */
  typedPeople: string[];
  /** Authors from <meta name="author"> and kin: may name the outlet rather than a person. */
  metaAuthors: string[];
  organizations: string[];
  site: string | null;
  category: string | null;
  tags: string[];
  canonicalUrl: string | null;
  language: string | null;
  description: string | null;
}

const PUBLISHED_KEYS = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate',
  'publish-date', 'publish_date', 'article.published', 'dc.date.issued', 'dc.date', 'dcterms.created',
  'dcterms.date', 'dcterms.issued', 'sailthru.date', 'parsely-pub-date', 'date', 'og:published_time',
  'article:published', 'datecreated',
];

const MODIFIED_KEYS = [
  'article:modified_time', 'og:article:modified_time', 'datemodified', 'og:updated_time', 'lastmod',
  'last-modified', 'dcterms.modified', 'article.updated',
];

export function readDeclaredMetadata(facts: PageFacts, linked: LinkedData, pageUrl: string | null): DeclaredMetadata {
  const article = linked.article;
  const metaAuthors = [...allMeta(facts, 'author'), ...allMeta(facts, 'article:author'), ...allMeta(facts, 'dc.creator'), ...allMeta(facts, 'parsely-author'), ...twitterCardAuthors(facts)]
    .filter((name) => !/^https?:|^www\./i.test(name));
  return {
    title: article?.headline ?? firstMeta(facts, 'og:title', 'twitter:title', 'headline', 'dc.title') ?? null,
    publishedRaw: [article?.datePublished, linked.page?.datePublished, ...PUBLISHED_KEYS.map((key) => firstMeta(facts, key)), ...facts.times]
      .filter((value): value is string => !!value),
    modifiedRaw: [article?.dateModified, linked.page?.dateModified, ...MODIFIED_KEYS.map((key) => firstMeta(facts, key))]
      .filter((value): value is string => !!value),
    people: dedupe(article?.people ?? linked.page?.people ?? []),
    typedPeople: article?.typedPeople ?? linked.page?.typedPeople ?? [],
    metaAuthors: dedupe(metaAuthors),
    organizations: article?.organizations ?? [],
    site: firstMeta(facts, 'og:site_name', 'application-name') ?? article?.publisher ?? hostOf(pageUrl),
    category: firstMeta(facts, 'article:section') ?? article?.section ?? firstMeta(facts, 'articlesection')
      ?? linked.breadcrumbs[linked.breadcrumbs.length - 1] ?? null,
    tags: dedupe([
      ...splitKeywords(firstMeta(facts, 'news_keywords', 'keywords')),
      ...(article?.keywords ?? []),
      ...allMeta(facts, 'article:tag'),
    ]),
    canonicalUrl: absoluteUrl(facts.canonical ?? firstMeta(facts, 'og:url') ?? article?.url ?? null, pageUrl),
    language: primaryLanguage(facts.htmlLang ?? firstMeta(facts, 'content-language', 'og:locale', 'inlanguage', 'dc.language') ?? article?.language ?? null),
    description: firstMeta(facts, 'og:description', 'description', 'twitter:description') ?? article?.description ?? null,
  };
}

/** Twitter cards label extra fields: `twitter:label1` "Written by", `twitter:data1` the name. */
function twitterCardAuthors(facts: PageFacts): string[] {
  const names: string[] = [];
  for (let n = 1; n <= 4; n++) {
    const label = firstMeta(facts, `twitter:label${n}`);
    const data = firstMeta(facts, `twitter:data${n}`);
    if (label && data && /^(written by|author|by|tác giả)\b/i.test(label)) names.push(data);
  }
  return names;
}

function splitKeywords(value: string | null): string[] {
  return value ? value.split(/[,;]/).map((part) => part.trim()).filter(Boolean) : [];
}

/** Keeps the first spelling of each value, comparing case-insensitively. */
export function dedupe(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const key = value.toLocaleLowerCase('vi');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(value);
  }
  return out;
}

export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

export function absoluteUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

/** `vi-VN`, `vi_VN`, `VI` → `vi`. */
export function primaryLanguage(tag: string | null): string | null {
  const match = tag ? /^\s*([a-z]{2,3})\b/i.exec(tag) : null;
  return match ? (match[1] as string).toLowerCase() : null;
}
