// HTML page → one StructuredDocument (plus the extra fields the HTML gives us), as a pure function:
// one parse, then linear passes for metadata, body, captions and related links.
import { Element as ElementNode } from 'domhandler';
import type { StructuredDocument } from '../../records.ts';
import { extractBody } from './body.ts';
import { matchKey } from './weights.ts';
import { findBylineAuthors, findDateLines, findPrintedByline, findVisibleCategory, findWrittenByLine, looksLikeName, readSignature, splitNames } from './byline.ts';
import type { Signature } from './byline.ts';
import { buildCaptions } from './captions.ts';
import { parseDate } from './dates.ts';
import { outletKey } from './outlet.ts';
import { chooseTitle } from './title.ts';
import { namesOrganisation } from './author-names.ts';
import { DATE_LINE_MAX_CHARS, visibleDate } from './visible-dates.ts';
import type { ParsedDate } from './dates.ts';
import { allElements, classAndId, cleanText, parseHtml, shortTextOf, textOf } from './dom.ts';
import type { Document, Element } from './dom.ts';
import { readLinkedData } from './jsonld.ts';
import { findLede } from './lede.ts';
import { WorkMeter, withMeter } from './limits.ts';
import { absoluteUrl, dedupe, hostOf, readDeclaredMetadata } from './metadata.ts';
import type { DeclaredMetadata } from './metadata.ts';
import { firstMeta, gatherPageFacts } from './page-facts.ts';
import { findRelatedLinks } from './related.ts';
import type { Segment } from './segments.ts';
import { TreeOrder } from './tree-order.ts';

export interface HtmlArticle extends StructuredDocument {
  modified: string | null;
  authors: string[];
  /** Primary language subtag, lower-case (`vi`, `en`). */
  language: string | null;
  tags: string[];
  canonicalUrl: string | null;
}

export interface HtmlArticleOptions {
  /** The page's URL: resolves relative links and tells the site when the page does not. */
  url?: string | null;
  /** Counts the work and enforces the limits (limits.ts); a fresh one with the default limits when absent. */
  meter?: WorkMeter;
}

/**
 * Throws HtmlLimitError (limits.ts) for a page over MAX_NODES nodes or MAX_EXTRACTION_MS; a page
 * nested deeper than MAX_DEPTH is read with its deepest elements flattened.
 */
export function extractHtmlArticle(html: string, options: HtmlArticleOptions = {}): HtmlArticle {
  return withMeter(options.meter ?? new WorkMeter(), () => extract(html, options.url ?? null));
}

function extract(html: string, pageUrl: string | null): HtmlArticle {
  const document = parseHtml(html);
  const root = bodyRoot(document, allElements(document));
  const order = new TreeOrder(document);
  const elements = order.elements;
  const facts = gatherPageFacts(elements);
  const linked = readLinkedData(facts.linkedDataScripts);
  const declared = readDeclaredMetadata(facts, linked, pageUrl);
  const title = chooseTitle({
    headings: headingTexts(elements, pageUrl),
    titleTag: withEntities(facts.titleTag),
    declared: withEntities(declared.title),
    site: declared.site,
    article: linked.article !== null || /article/i.test(firstMeta(facts, 'og:type') ?? ''),
  });
  const body = extractBody(root, order, { title, articleBody: linked.article?.articleBody ?? null });
  const paragraphs = [...body.paragraphs];

  const lede = takeLede(order, title, paragraphs);
  const signature = takeSignature(paragraphs);
  const bodyTexts = dropRepeats(paragraphs.map((segment) => segment.text));
  const vietnameseText = looksVietnamese(`${title ?? ''} ${lede ?? ''} ${bodyTexts.slice(0, 3).join(' ')}`);
  const language = declared.language ?? (vietnameseText ? 'vi' : null);
  const url = declared.canonicalUrl ?? pageUrl;
  // Times without an offset on Vietnamese pages or .vn sites are Vietnam time.
  const vietnamTime = language === 'vi' || vietnameseText || (hostOf(url)?.endsWith('.vn') ?? false);
  const header = headerStretch(order, title, body.container);
  const published = firstDate([...declared.publishedRaw, ...findDateLines(elements)], vietnamTime)
    ?? dateUnderHeadline(header, vietnamTime);
  const modified = firstDate(declared.modifiedRaw, vietnamTime);
  const byline = findBylineAuthors(elements.slice(0, articleEnd(order, body.container)));
  const printed = byline.length > 0 ? byline : findPrintedByline(header);
  const authors = chooseAuthors(declared, printed.length > 0 ? printed : findWrittenByLine(elements), signature, pageUrl)
    .map((name) => withEntities(name) ?? name);

  return {
    kind: 'article',
    title,
    published: published?.iso ?? null,
    publishedPrecision: published?.precision ?? 'unknown',
    author: authors.length > 0 ? authors.join(', ') : null,
    authorNote: signature?.note ?? null,
    site: declared.site,
    category: declared.category ?? findVisibleCategory(elements),
    lede,
    body: bodyTexts,
    captions: buildCaptions(body.captions),
    related: findRelatedLinks(order, pageUrl ?? url, url),
    parent: null,
    url,
    modified: modified?.iso ?? null,
    authors,
    language,
    tags: declared.tags,
    canonicalUrl: declared.canonicalUrl,
  };
}

/** <body>, else <html>, else a synthetic wrapper (made part of the document) for fragments without either. */
function bodyRoot(document: Document, elements: readonly Element[]): Element {
  const found = elements.find((element) => element.name === 'body') ?? elements.find((element) => element.name === 'html');
  if (found) return found;
  const wrapper = new ElementNode('body', {}, document.children);
  for (const child of document.children) child.parent = wrapper;
  document.children = [wrapper];
  wrapper.parent = document;
  return wrapper;
}

/** Elements this far past the body still belong to the article (a byline under the text). */
const AFTER_BODY_ELEMENTS = 30;

/**
 * Index just past the article in document order: bylines further down belong to comments and
 * teasers.
 */
function articleEnd(order: TreeOrder, container: Element | null): number {
  const end = container ? order.endOf(container) : -1;
  return end < 0 ? order.size : Math.min(order.size, end + AFTER_BODY_ELEMENTS);
}

/** The first <h1>s a page has: its headline is among them, and later ones head sections or widgets. */
const MAX_HEADINGS = 5;
const HEADING_MAX_CHARS = 400;

/**
 * Headings only screen readers see (`sr-only`, `visually-hidden`): labels of a search box or a menu,
 * or the page's name repeated for accessibility, never the headline shown.
 */
const HIDDEN_HEADING = /(^|[\s_-])(sr-only|visually-hidden|visuallyhidden|screen-reader-text|screenreader)([\s_-]|$)/;

function headingTexts(elements: readonly Element[], pageUrl: string | null): string[] {
  const texts: string[] = [];
  for (const element of elements) {
    if (element.name !== 'h1' || linksHome(element, pageUrl) || HIDDEN_HEADING.test(classAndId(element))) continue;
    // Documentation generators end headings with a permalink mark (`Quickstart¶`).
    const text = shortTextOf(element, HEADING_MAX_CHARS, HEADING_MAX_CHARS)?.replace(/\s*¶$/, '');
    if (text) texts.push(text);
    if (texts.length >= MAX_HEADINGS) break;
  }
  return texts;
}

/** An <h1> that is a link to the site's home page is the site's logo or name, not a headline. */
function linksHome(heading: Element, pageUrl: string | null): boolean {
  const link = heading.children.find((child): child is Element => child.type === 'tag' && (child as Element).name === 'a')
    ?? (heading.parent?.type === 'tag' && (heading.parent as Element).name === 'a' ? (heading.parent as Element) : undefined);
  const href = link?.attribs['href'];
  if (href === undefined) return false;
  const target = absoluteUrl(href, pageUrl ?? 'https://page.invalid/');
  return target !== null && new URL(target).pathname.replace(/\/(index\.\w+)?$/, '') === '';
}

/** Some CMSs escape twice: `&#8211;` or `&amp;` is still in the text after the parser decoded it once. */
function withEntities(text: string | null): string | null {
  if (!text || !/&(#\d+|#x[0-9a-f]+|[a-z]+\d*);/i.test(text)) return text;
  return textOf(parseHtml(text.replace(/</g, '&lt;'))) || text;
}

/** How far around the article's start a printed date line is looked for, in elements. */
const DATE_LINE_BEFORE_BODY = 40;
const DATE_LINE_INTO_BODY = 80;
/** Some pages print the date (and the section) above the headline. */
const DATE_LINE_BEFORE_HEADLINE = 15;
/** A date line is a few nodes: the date, a label, perhaps a linked byline. */
const DATE_LINE_MAX_NODES = 16;

/**
 * The stretch of the page where the headline's date and byline lines stand: from just above the
 * headline (else a little before the body) into the body's start.
 */
function headerStretch(order: TreeOrder, title: string | null, container: Element | null): Element[] {
  const elements = order.elements;
  const bodyStart = container ? order.indexOf(container) : -1;
  const headline = headlineIndex(order, title, bodyStart >= 0 ? bodyStart + DATE_LINE_INTO_BODY : elements.length);
  if (headline < 0 && bodyStart < 0) return [];
  const start = headline >= 0 ? Math.max(0, headline - DATE_LINE_BEFORE_HEADLINE) : Math.max(0, bodyStart - DATE_LINE_BEFORE_BODY);
  const end = Math.min(elements.length, Math.max(start, bodyStart) + DATE_LINE_INTO_BODY);
  return elements.slice(start, end);
}

/** The first element of the header stretch whose text is a date line. */
function dateUnderHeadline(header: readonly Element[], vietnamese: boolean): ParsedDate | null {
  for (const element of header) {
    if (element.name === 'script' || element.name === 'style' || !element.children.some((child) => child.type === 'text' && /\d/.test(child.data))) continue;
    const text = shortTextOf(element, DATE_LINE_MAX_CHARS, DATE_LINE_MAX_NODES);
    const date = text ? visibleDate(text, vietnamese) : null;
    if (date) return date;
  }
  return null;
}

/** Index of the <h1> that holds the title, looked for before `end`; -1 when none does. */
function headlineIndex(order: TreeOrder, title: string | null, end: number): number {
  if (!title) return -1;
  const titleKey = matchKey(title);
  // Text longer than the title cannot match it: read each <h1> only that far.
  const headlineChars = title.length * 2 + 100;
  const elements = order.elements;
  for (let index = 0; index < Math.min(end, elements.length); index++) {
    const element = elements[index] as Element;
    if (element.name === 'h1' && matchKey(shortTextOf(element, headlineChars) ?? '') === titleKey) return index;
  }
  return -1;
}

/**
 * The standfirst: an element named like one between the headline and the body's first paragraph
 * (or that paragraph itself). Removed from the paragraphs when the body starts with it.
 */
function takeLede(order: TreeOrder, title: string | null, paragraphs: Segment[]): string | null {
  const elements = order.elements;
  const first = paragraphs[0];
  const firstIndex = first ? order.indexOf(first.owner) : -1;
  const end = firstIndex >= 0 ? firstIndex + 1 : elements.length;
  const titleKey = title ? matchKey(title) : null;
  // Text longer than the title cannot match it: read each <h1> only that far.
  const headlineChars = (title?.length ?? 0) * 2 + 100;
  const headline = elements.findIndex((element, index) => index < end && element.name === 'h1'
    && (titleKey === null || matchKey(shortTextOf(element, headlineChars) ?? '') === titleKey));
  const lede = findLede(order, elements.slice(headline >= 0 ? headline + 1 : 0, end), first?.owner ?? null);
  if (lede === null) return null;
  const key = matchKey(lede);
  const index = paragraphs.findIndex((segment) => matchKey(segment.text) === key);
  if (index >= 0 && index <= 1) paragraphs.splice(index, 1);
  return lede;
}

/** Removes a closing signature paragraph from the body and returns it. */
function takeSignature(paragraphs: Segment[]): Signature | null {
  const last = paragraphs[paragraphs.length - 1];
  const signature = last ? readSignature(last) : null;
  if (signature) paragraphs.pop();
  return signature;
}

function dropRepeats(texts: readonly string[]): string[] {
  return texts.filter((text, index) => index === 0 || text !== texts[index - 1]);
}

function firstDate(candidates: readonly string[], vietnamese: boolean): ParsedDate | null {
  for (const candidate of candidates) {
    const parsed = parseDate(candidate, vietnamese);
    if (parsed) return parsed;
  }
  return null;
}

const VIETNAMESE_LETTERS = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

/** Letters only Vietnamese uses, several times over: enough to tell Vietnamese text. */
function looksVietnamese(sample: string): boolean {
  return (sample.match(VIETNAMESE_LETTERS)?.length ?? 0) >= 5;
}

/**
 * A declared author as names: `Jane Roe, The Daily` or `A and B, Staff Writers` holds a list or
 * descriptors, read like a printed byline; a plain name (even a user name or a team) is kept as it is.
 */
function declaredNames(declaredName: string): string[] {
  const name = declaredName.replace(/^(by|bởi)\s+/i, '');
  if (/[,;&|]|\s(and|và)\s/i.test(name)) {
    const names = splitNames(name);
    if (names.length > 0) return names;
  }
  return [name];
}

/**
 * People first: JSON-LD Person authors, then the visible byline, then the closing signature, then
 * <meta name="author"> unless it names the outlet, and the outlet itself only as a last resort.
 */
function chooseAuthors(declared: DeclaredMetadata, byline: string[], signature: Signature | null, pageUrl: string | null): string[] {
  const outlet = new Set([declared.site, hostOf(declared.canonicalUrl ?? pageUrl)?.split('.')[0], ...declared.organizations]
    .filter((name): name is string => !!name)
    .map(outletKey));
  const isOutlet = (name: string) => outlet.has(outletKey(name));
  // A personal site is named after its author: a node typed Person is a person even so.
  const typed = new Set(declared.typedPeople);
  const people = declared.people
    .filter((name) => !isOutlet(name) || (typed.has(name) && looksLikeName(name) && !namesOrganisation(name)))
    .flatMap(declaredNames);
  // `[Jane Roe, Example Staff]`: the team credited beside a person is not a second author.
  const persons = people.filter((name) => !namesOrganisation(name));
  if (persons.length > 0) return persons;
  if (people.length > 0) return people;
  // A byline crediting a team or the outlet (`Aidoc Staff`) gives way to a person named elsewhere.
  const bylinePeople = byline.filter((name) => !namesOrganisation(name));
  const metaPeople = declared.metaAuthors.filter((name) => !isOutlet(name) && looksLikeName(name) && !namesOrganisation(name));
  if (bylinePeople.length > 0 && metaPeople.length > 0 && !bylinePeople.some((name) => metaPeople.some((meta) => outletKey(meta) === outletKey(name)))) return dedupe(metaPeople.map(cleanText));
  if (bylinePeople.length > 0) return bylinePeople;
  if (signature?.author) return [signature.author];
  if (metaPeople.length > 0) return dedupe(metaPeople.map(cleanText));
  const fromMeta = declared.metaAuthors.filter((name) => !isOutlet(name) && looksLikeName(name));
  if (fromMeta.length > 0) return dedupe(fromMeta.map(cleanText));
  if (byline.length > 0) return byline;
  return declared.organizations.length > 0 ? declared.organizations : declared.metaAuthors;
}
