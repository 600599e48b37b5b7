// What the visible page says about who wrote the article and when, for pages whose metadata is
// silent or names only the outlet: byline elements, date lines, and the signature paragraph that
// Vietnamese papers put at the end of the body (`<p style="text-align:right"><strong>Lê Phương</strong></p>`).
import { attr, classAndId, cleanText, isElement, shortTextOf, textOf } from './dom.ts';
import type { AnyNode, Element } from './dom.ts';
import type { Segment } from './segments.ts';
import { isCredential, isRole, namesOrganisation, withoutTrailingRole } from './author-names.ts';

const BYLINE_NAMES = /(^|[\s_-])(author|authors|byline|writer|reporter|tac-?gia|tacgia|author-?name|signature)([\s_-]|$)/;
const BYLINE_MAX_CHARS = 80;
const BYLINE_PREFIX = /^(by|bởi|tác giả|phóng viên|pv|written by|words by|authors?)\s*[:.]?\s+/i;
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
    // A byline box may run on past its names (`Posted by jdoe on Friday … from the x dept.`): a
    // longer line still gives the names its "by" label introduces.
    const names = text ? namesInBox(element, text) : namesAfterByLabel(shortTextOf(element, PRINTED_BYLINE_MAX_CHARS, SHORT_LINE_MAX_NODES) ?? '');
    if (names.length > 0) return names;
    // A box that is only its label (`<p class="post-author__byline">Written by</p>`): the names follow it.
    if (text && LABEL_ONLY.test(text)) {
      const labelled = namesAfterLabel(element);
      if (labelled.length > 0) return labelled;
    }
  }
  return [];
}

/** A piece of a byline box that is only its label. */
const LABEL_ONLY = /^(by|bởi|tác giả|phóng viên|written by|posted by|words by|author|authors|about the author)\s*[:.]?$/i;

/**
 * A byline box often holds more than names: a job title, a bio line, a label in its own element.
 * Several names listed together count as one list; otherwise the first piece of text that is a name.
 */
function namesInBox(box: Element, text: string): string[] {
  const whole = splitNames(text.replace(BYLINE_PREFIX, ''));
  const pieces = textPieces(box);
  if (pieces.length <= 1 || whole.length >= 2) return whole;
  for (const piece of pieces) {
    if (LABEL_ONLY.test(piece)) continue;
    const names = splitNames(piece.replace(BYLINE_PREFIX, ''));
    if (names.length > 0) return names;
  }
  return whole;
}

/** The box's text nodes, each cleaned, in order. */
function textPieces(box: Element): string[] {
  const pieces: string[] = [];
  const stack: AnyNode[] = [box];
  for (let visited = 0; stack.length > 0 && visited < SHORT_LINE_MAX_NODES; visited++) {
    const node = stack.pop() as AnyNode;
    if (node.type === 'text') {
      const text = cleanText(node.data);
      if (text && !/^[,;&|·•]$|^(and|và)$/i.test(text)) pieces.push(text);
      continue;
    }
    if (!isElement(node) || node.name === 'script' || node.name === 'style') continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  return pieces;
}

// `By Jane Roe`, `by: Ziyi Xu, Dec 17, 2025`, `Published August 7, 2023 by Nicole Burke`, `Tác giả: Lê Phương`.
const BY_LABEL = /(?:^|[\s·|•,(])(?:by|written by|posted by|words by|authored by|author|tác giả|bởi)\s*[:：]?\s+(?=\p{Lu})/iu;
// Where the names after the label end: a separator, a dash between spaces, a number (a date), "on" before a date.
const BYLINE_END = /\s*(?:[·|•]|\s[-–—]\s|\d|\bon\b|\bin\b|\bfor\b|,?\s*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/iu;
/** A line that opens with a date: `Dec. 19, 2025`, `19 December 2025`. */
const ENGLISH_DATE_AT_START = /^\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4})/i;
/** A printed byline is a short line; longer text that says "by" is a sentence. */
const PRINTED_BYLINE_MAX_CHARS = 120;

/** Names from a short printed line that credits them (`By Jane Roe and John Doe · 5 min read`). */
export function namesAfterByLabel(text: string): string[] {
  if (text.length > PRINTED_BYLINE_MAX_CHARS) return [];
  const label = BY_LABEL.exec(text);
  if (!label) return [];
  const rest = text.slice(label.index + label[0].length);
  const end = BYLINE_END.exec(rest);
  return splitNames((end ? rest.slice(0, end.index) : rest).replace(/[\s,;:]+$/, ''));
}

/**
 * Names beside a date on a dated line with no label (`Dec. 19, 2025 · Niko Matsakis`): the part
 * after the date's separator, when it reads as names.
 */
export function namesBesideDate(text: string, dateEnd: number): string[] {
  const rest = text.slice(dateEnd).replace(/^\s*[·|•,–—-]\s*/, '');
  if (rest === text.slice(dateEnd) && !/^\s*$/.test(rest)) return [];
  const end = BYLINE_END.exec(rest);
  return splitNames((end ? rest.slice(0, end.index) : rest).replace(/[\s,;:]+$/, ''));
}

/** A label that only ever introduces an author, anywhere on the page (plain "by" also ends sentences). */
const WRITTEN_BY = /^(?:written|authored|posted|article) by\s*[:：]?\s+/i;
/** Elements looked at for such a line beyond the headline's stretch. */
const WRITTEN_BY_MAX_ELEMENTS = 5000;

/**
 * Names from a `Written by Jane Roe` line anywhere in `elements` (an author box under the article):
 * for pages whose header names nobody.
 */
export function findWrittenByLine(elements: readonly Element[]): string[] {
  for (const element of elements.slice(0, WRITTEN_BY_MAX_ELEMENTS)) {
    if (element.name === 'script' || element.name === 'style') continue;
    const first = element.children.find((child) => child.type === 'text' && /\S/.test(child.data));
    if (!first || first.type !== 'text' || !WRITTEN_BY.test(cleanText(first.data))) continue;
    const text = shortTextOf(element, PRINTED_BYLINE_MAX_CHARS, SHORT_LINE_MAX_NODES);
    const names = text ? namesAfterByLabel(text) : [];
    if (names.length > 0) return names;
  }
  return [];
}

/** Names from the first printed byline among `elements` (the stretch around the headline). */
export function findPrintedByline(elements: readonly Element[]): string[] {
  for (const element of elements) {
    if (element.name === 'script' || element.name === 'style') continue;
    if (!element.children.some((child) => child.type === 'text' && /\S/.test(child.data))) continue;
    const text = shortTextOf(element, PRINTED_BYLINE_MAX_CHARS, SHORT_LINE_MAX_NODES);
    if (!text) continue;
    if (LABEL_ONLY.test(text)) {
      const labelled = namesAfterLabel(element);
      if (labelled.length > 0) return labelled;
      continue;
    }
    const dated = ENGLISH_DATE_AT_START.exec(text);
    const names = namesAfterByLabel(text);
    const beside = names.length === 0 && dated ? namesBesideDate(text, dated[0].length) : [];
    if (names.length > 0) return names;
    if (beside.length > 0) return beside;
  }
  return [];
}

/**
 * The label in an element of its own, the names in the next (`<p>Written by</p><p>Jane Roe</p>`):
 * the names are the next element's text, when all of it reads as names.
 */
function namesAfterLabel(label: Element): string[] {
  let next = label.next;
  while (next && !(isElement(next) || (next.type === 'text' && /\S/.test(next.data)))) next = next.next;
  if (!next) return [];
  const text = next.type === 'text' ? cleanText(next.data) : shortTextOf(next, BYLINE_MAX_CHARS, SHORT_LINE_MAX_NODES);
  return text ? splitNames(text) : [];
}

function isBylineElement(element: Element): boolean {
  if (element.name === 'meta' || element.name === 'link' || element.name === 'img') return false;
  if (attr(element, 'rel') === 'author' || attr(element, 'itemprop') === 'author') return true;
  const names = classAndId(element);
  return names !== '' && BYLINE_NAMES.test(names) && !/avatar|image|photo|bio|desc/.test(names);
}

/**
 * `A, B and C` → the names. What follows a name may describe it rather than add a second author: a
 * job title ends the list (`Jared Spataro, Chief Marketing Officer, Microsoft`: the rest describes
 * him), a credential stays beside its name (`Jane Roe, MD`), an outlet is dropped (`…, The Daily`).
 */
export function splitNames(text: string): string[] {
  const names: string[] = [];
  for (const clause of text.split(/\s*[,|;]\s*/)) {
    // `Privacy and Digital Security Expert` is one title, not a name and a title.
    if (names.length > 0 && isRole(clause)) break;
    let titled = false;
    for (const piece of clause.split(/\s*&\s*|\s+(?:and|và)\s+/i)) {
      const whole = piece.trim().replace(/[\s:–—*-]+$/, '');
      const name = withoutTrailingRole(whole);
      // `Zackery Cuevas Writer, Hardware`: the clauses after a title describe it.
      if (name !== whole) titled = true;
      if (names.length > 0 && isCredential(name)) {
        names.push(name.replace(/\*+$/, ''));
        continue;
      }
      if (!looksLikeName(name) || name.split(/\s+/).every((word) => NOT_NAME_WORDS.has(word.toLowerCase()))) continue;
      if (names.length > 0 && namesOrganisation(name)) continue;
      names.push(name);
    }
    if (titled && names.length > 0) break;
  }
  return names;
}

/** Words that make up bylines' labels and roles, never a name by themselves (`Editor`, `Staff Writer`). */
const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'by', 'author', 'authors', 'editor', 'editors', 'admin', 'administrator', 'team', 'staff', 'writer', 'writers',
  'contributor', 'contributing', 'senior', 'guest', 'about', 'posted', 'written', 'published', 'updated', 'reviewed',
  'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'share', 'follow', 'more', 'read',
]);

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
