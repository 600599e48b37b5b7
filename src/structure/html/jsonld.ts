// schema.org metadata from <script type="application/ld+json">: the article node (NewsArticle,
// Article, ReportageNews, BlogPosting, … also inside @graph arrays) and the breadcrumb trail.
import { cleanText } from './dom.ts';

export interface LinkedDataArticle {
  headline: string | null;
  datePublished: string | null;
  dateModified: string | null;
  /** Names of Person authors (and of authors given without a type). */
  people: string[];
  /** The authors among `people` whose node says `"@type": "Person"`: a person even when the site bears their name. */
  typedPeople: string[];
  /** Names of Organization authors (often the outlet itself). */
  organizations: string[];
  publisher: string | null;
  section: string | null;
  keywords: string[];
  articleBody: string | null;
  language: string | null;
  url: string | null;
  description: string | null;
}

export interface LinkedData {
  article: LinkedDataArticle | null;
  /**
   * The WebPage node (or a kind of it), read like an article: CMSs such as Yoast put the page's
   * publication date and author there, on pages that declare no article node at all.
   */
  page: LinkedDataArticle | null;
  breadcrumbs: string[];
}

const PAGE_TYPES = new Set(['webpage', 'itempage', 'aboutpage', 'faqpage', 'qapage', 'medicalwebpage', 'profilepage', 'collectionpage']);

const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenews', 'blogposting', 'analysisnewsarticle', 'opinionnewsarticle',
  'backgroundnewsarticle', 'reviewnewsarticle', 'liveblogposting', 'scholarlyarticle', 'techarticle',
  'report', 'socialmediaposting',
]);

type JsonObject = Record<string, unknown>;

/** `scripts` are the raw texts of every ld+json script on the page. */
export function readLinkedData(scripts: readonly string[]): LinkedData {
  const nodes: JsonObject[] = [];
  for (const script of scripts) collectNodes(parseLenient(script), nodes);
  const articleNode = nodes.find((node) => hasType(node, ARTICLE_TYPES)) ?? null;
  const breadcrumbNode = nodes.find((node) => hasType(node, BREADCRUMB_TYPES)) ?? null;
  const pageNode = nodes.find((node) => hasType(node, PAGE_TYPES)) ?? null;
  // Graphs name a node once and point at it elsewhere ({"@id": "…#/schema/person/1"}).
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (typeof node['@id'] === 'string' && Object.keys(node).length > 1) byId.set(node['@id'], node);
  const resolve = (value: unknown): unknown => (isObject(value) && typeof value['@id'] === 'string' && !('name' in value) ? byId.get(value['@id']) ?? value : value);
  return {
    article: articleNode ? toArticle(articleNode, resolve) : null,
    page: pageNode ? toArticle(pageNode, resolve) : null,
    breadcrumbs: breadcrumbNode ? breadcrumbNames(breadcrumbNode) : [],
  };
}

const BREADCRUMB_TYPES = new Set(['breadcrumblist']);

function parseLenient(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // CMSs often leave raw line breaks inside strings, which JSON forbids.
    try {
      return JSON.parse(text.replace(/[\r\n\t]+/g, ' '));
    } catch {
      return null;
    }
  }
}

function collectNodes(value: unknown, out: JsonObject[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, out);
    return;
  }
  if (!isObject(value)) return;
  out.push(value);
  if (Array.isArray(value['@graph'])) collectNodes(value['@graph'], out);
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase());
}

function hasType(node: JsonObject, types: ReadonlySet<string>): boolean {
  return typesOf(node).some((type) => types.has(type));
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return cleanText(value) || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return text(value[0]);
  if (isObject(value)) return text(value['name'] ?? value['@value']);
  return null;
}

function toArticle(node: JsonObject, resolve: (value: unknown) => unknown): LinkedDataArticle {
  const people: string[] = [];
  const typedPeople: string[] = [];
  const organizations: string[] = [];
  const authors = node['author'] ?? node['creator'];
  for (const listed of Array.isArray(authors) ? authors : [authors]) {
    const author = resolve(listed);
    const name = typeof author === 'string' ? cleanText(author) : isObject(author) ? text(author['name']) : null;
    if (!name || /^https?:/i.test(name)) continue;
    if (isObject(author) && typesOf(author).includes('organization')) organizations.push(name);
    else people.push(name);
    if (isObject(author) && typesOf(author).includes('person')) typedPeople.push(name);
  }
  const mainEntity = node['mainEntityOfPage'];
  return {
    headline: text(node['headline']) ?? text(node['name']),
    datePublished: text(node['datePublished']) ?? text(node['dateCreated']),
    dateModified: text(node['dateModified']),
    people,
    typedPeople,
    organizations,
    publisher: publisherName(resolve(node['publisher'])),
    section: text(node['articleSection']),
    keywords: keywordList(node['keywords']),
    articleBody: typeof node['articleBody'] === 'string' ? node['articleBody'] : null,
    language: text(node['inLanguage']),
    url: text(node['url']) ?? (isObject(mainEntity) ? text(mainEntity['@id']) : text(mainEntity)),
    description: text(node['description']),
  };
}

function keywordList(value: unknown): string[] {
  if (typeof value === 'string') return value.split(',').map(cleanText).filter(Boolean);
  if (Array.isArray(value)) return value.flatMap((item) => keywordList(item));
  return [];
}

function breadcrumbNames(node: JsonObject): string[] {
  const items = node['itemListElement'];
  if (!Array.isArray(items)) return [];
  const named = items.filter(isObject).map((item) => ({
    position: typeof item['position'] === 'number' ? item['position'] : Number(item['position'] ?? 0),
    name: text(item['name']) ?? (isObject(item['item']) ? text(item['item']['name']) : null),
  }));
  named.sort((a, b) => a.position - b.position);
  return named.map((item) => item.name).filter((name): name is string => name !== null);
}

function publisherName(value: unknown): string | null {
  return isObject(value) ? text(value['name']) : text(value);
}
