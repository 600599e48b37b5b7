// What the visible page says about who wrote the article and when, for pages whose metadata is
// silent or names only the outlet: byline elements, date lines, and the signature paragraph that
// Vietnamese papers put at the end of the body (`<p style="text-align:right"><strong>Lê Phương</strong></p>`).
import { attr, classAndId, isElement, shortTextOf, textOf } from './dom.ts';
import type { AnyNode, Element } from './dom.ts';
import type { Segment } from './segments.ts';

const BYLINE_NAMES = /(^|[\s_-])(author|authors|byline|writer|reporter|tac-?gia|tacgia|author-?name|signature)([\s_-]|$)/;
const BYLINE_MAX_CHARS = 80;
const BYLINE_PREFIX = /^(by|bởi|tác giả|phóng viên|pv|written by|words by)\s*[:.]?\s+/i;
/** A byline or date line is a handful of nodes (a label, a link or two); a box with more is something else. */
const SHORT_LINE_MAX_NODES = 32;
/**
 * Named boxes looked at before giving up: the article's own byline and date come early, and a page
 * with hundreds of such boxes must not cost hundreds of text reads.
 */
const MAX_CANDIDATES = 100;

/** Person names from the first byline element of the page. */
export function findBylineAuthors(elements: readonly Element[]): string[] {
  let candidates = 0;
  for (const element of elements) {
    if (!isBylineElement(element)) continue;
    if (++candidates > MAX_CANDIDATES) break;
    const text = shortTextOf(element, BYLINE_MAX_CHARS, SHORT_LINE_MAX_NODES);
    if (!text) continue;
    const names = splitNames(text.replace(BYLINE_PREFIX, ''));
    if (names.length > 0) return names;
  }
  return [];
}

function isBylineElement(element: Element): boolean {
  if (element.name === 'meta' || element.name === 'link' || element.name === 'img') return false;
  if (attr(element, 'rel') === 'author' || attr(element, 'itemprop') === 'author') return true;
  const names = classAndId(element);
  return names !== '' && BYLINE_NAMES.test(names) && !/avatar|image|photo|bio|desc/.test(names);
}

function splitNames(text: string): string[] {
  return text
    .split(/\s*[,&|]\s*|\s+(?:and|và)\s+/i)
    .map((name) => name.trim())
    .filter((name) => looksLikeName(name));
}

/** Two to six words, each capitalised: how bylines name people. */
export function looksLikeName(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length < 1 || words.length > 6 || text.length > 50) return false;
  return words.every((word) => /^[\p{Lu}][\p{L}.'’-]*$/u.test(word));
}

const DATE_NAMES = /date|time|publish|posted|ngay|thoi-?gian|dateline/;
const DATE_LINE_MAX_CHARS = 120;

/** Texts of short elements named like a date line, for parseDate to try in order. */
export function findDateLines(elements: readonly Element[]): string[] {
  const lines: string[] = [];
  let candidates = 0;
  for (const element of elements) {
    const names = classAndId(element);
    if (!names || !DATE_NAMES.test(names) || element.name === 'meta' || element.name === 'script') continue;
    if (++candidates > MAX_CANDIDATES) break;
    const text = shortTextOf(element, DATE_LINE_MAX_CHARS, SHORT_LINE_MAX_NODES);
    if (text !== null && text.length >= 8 && /\d/.test(text)) lines.push(text);
    if (lines.length >= 5) break;
  }
  return lines;
}

const CATEGORY_NAMES = /breadcrumb|(^|[\s_-])(cate|category|chuyen-?muc|section-name|detail-cate)([\s_-]|$)/;
const HOME_LINK = /^(trang chủ|home|homepage|tin tức|news)$/i;

/** A breadcrumb is a handful of links; a box with more nodes than this is something else. */
const CATEGORY_BOX_MAX_NODES = 200;
/** Category-named boxes looked at: the breadcrumb is among the first. */
const CATEGORY_MAX_CANDIDATES = 20;

/** The section named by the page's breadcrumb: its first link that is not the home page. */
export function findVisibleCategory(elements: readonly Element[]): string | null {
  let candidates = 0;
  for (const element of elements) {
    const names = classAndId(element);
    if (!names || !CATEGORY_NAMES.test(names) || element.name === 'body' || element.name === 'html') continue;
    if (++candidates > CATEGORY_MAX_CANDIDATES) break;
    const found = firstSectionLink(element);
    if (found) return found;
  }
  return null;
}

function firstSectionLink(box: Element): string | null {
  const stack: AnyNode[] = [box];
  for (let visited = 0; stack.length > 0 && visited < CATEGORY_BOX_MAX_NODES; visited++) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node)) continue;
    if (node.name === 'a') {
      const text = shortTextOf(node, 40);
      if (text && text.length <= 40 && !HOME_LINK.test(text)) return text;
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  return null;
}

export interface Signature {
  author: string | null;
  note: string | null;
}

// `Lê Phương`, `Lê Phương (tổng hợp)`, `Lê Phương - Theo TTXVN`, `Theo Reuters`.
const SIGNATURE = /^(?:(?<name>[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,5}))?\s*(?:[(–—-]\s*(?<note>[^()]+?)\s*\)?)?$/u;
const SOURCE_CREDIT = /^(theo|nguồn|source)\s*:?\s+(?<source>.+)$/iu;
const SIGNATURE_MAX_CHARS = 70;

/** The closing signature of a body, when its last paragraph is one (short, bold or right-aligned). */
export function readSignature(segment: Segment): Signature | null {
  const text = segment.text;
  if (text.length > SIGNATURE_MAX_CHARS || !isSetApart(segment.owner, text)) return null;
  const credit = SOURCE_CREDIT.exec(text);
  if (credit) return { author: null, note: text };
  const match = SIGNATURE.exec(text);
  const name = match?.groups?.['name'] ?? null;
  if (!name || !looksLikeName(name)) return null;
  return { author: name, note: match?.groups?.['note']?.trim() || null };
}

function isSetApart(owner: Element, text: string): boolean {
  const style = (attr(owner, 'style') ?? '').toLowerCase();
  if (/text-align\s*:\s*right/.test(style) || attr(owner, 'align') === 'right') return true;
  if (BYLINE_NAMES.test(classAndId(owner))) return true;
  // The whole paragraph is bold: its text equals the text of a single <strong>/<b> child.
  return owner.children.some((child) => isElement(child) && (child.name === 'strong' || child.name === 'b') && textOf(child) === text);
}
