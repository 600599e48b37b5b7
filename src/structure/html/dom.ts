// Thin helpers over the htmlparser2/domhandler tree, so the extraction modules read as
// "what" rather than "how to walk nodes".
import { Parser } from 'htmlparser2';
import { DomHandler, isTag, isText } from 'domhandler';
import type { AnyNode, ChildNode, Document, Element } from 'domhandler';
import { normalizeText } from '../../text/normalize.ts';
import { HtmlLimitError, meter } from './limits.ts';

export type { AnyNode, Document, Element };

/** Characters handed to the parser at a time, so the clock is read even on pages that call back rarely. */
const PARSE_CHUNK = 16_384;

/**
 * One parse of the page; tags and attribute names lower-cased, entities decoded. Counts every node
 * against the active meter (limits.ts) and nests no deeper than its maxDepth.
 */
export function parseHtml(html: string): Document {
  const handler = new BoundedHandler();
  const parser = new Parser(handler, { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true });
  const work = meter();
  for (let start = 0; start < html.length; start += PARSE_CHUNK) {
    parser.write(html.slice(start, start + PARSE_CHUNK));
    work.checkClock();
  }
  parser.end();
  return handler.root;
}

/**
 * A DomHandler that counts nodes and caps nesting. An element opened at the depth limit is added to
 * the element there and closed at once, so what follows becomes its sibling: the parser's own stack
 * of open tags stays as short as the tree's (its operations scan that stack, so an unbounded one
 * makes parsing quadratic).
 */
class BoundedHandler extends DomHandler {
  private openTags: string[] | null = null;
  /** A void element opened at the limit: the parser closes it right away, and that close is ours to drop. */
  private dropNextClose = false;

  override onparserinit(parser: Parser): void {
    super.onparserinit(parser);
    // The parser keeps its open tags innermost first; it is not public API, so check its shape.
    const stack = (parser as unknown as { stack?: unknown }).stack;
    this.openTags = Array.isArray(stack) ? (stack as string[]) : null;
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    const work = meter();
    super.onopentag(name, attribs);
    if (this.tagStack.length - 1 <= work.maxDepth) return;
    // Too deep: keep the element where it is, but open nothing inside it.
    this.tagStack.pop();
    work.flattened = true;
    // Without the parser's stack to trim (its internals changed), refuse rather than go quadratic.
    if (!this.openTags) throw new HtmlLimitError('depth', `the page nests HTML elements deeper than ${work.maxDepth} levels (limit MAX_DEPTH)`);
    // A non-void element is on the parser's stack, innermost first; a void one never is, and the
    // parser closes it straight after this call.
    if (this.openTags[0] === name) this.openTags.shift();
    else this.dropNextClose = true;
  }

  override onclosetag(): void {
    if (this.dropNextClose) {
      this.dropNextClose = false;
      return;
    }
    super.onclosetag();
  }

  override addNode(node: ChildNode): void {
    meter().node();
    super.addNode(node);
  }
}

export function isElement(node: AnyNode): node is Element {
  return isTag(node);
}

export function attr(element: Element, name: string): string | null {
  const value = element.attribs[name];
  return value === undefined ? null : value;
}

/** Collapses every run of whitespace (including no-break and zero-width spaces) and applies NFC. */
export function cleanText(raw: string): string {
  return normalizeText(raw.replace(/[\s\u00a0\u200b\u200c\u200d\ufeff]+/g, ' ').trim());
}

/** Raw concatenated text under a node (no whitespace clean-up), scripts and styles excluded. */
export function rawText(node: AnyNode): string {
  const parts: string[] = [];
  const work = meter();
  // Iterative: deeply nested pages must not exhaust the call stack.
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as AnyNode;
    work.tick();
    if (isText(current)) {
      parts.push(current.data);
      continue;
    }
    if (isTag(current) && (current.name === 'script' || current.name === 'style')) continue;
    if ('children' in current) {
      const children = current.children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as AnyNode);
    }
  }
  return parts.join('');
}

export function textOf(node: AnyNode): string {
  return cleanText(rawText(node));
}

/**
 * The cleaned text under a node when it is short: null as soon as more than `maxChars` characters or
 * `maxNodes` nodes are seen. Lets the passes that look for short things (bylines, date lines, link
 * titles) ask every candidate element without reading nested candidates' text over and over.
 */
export function shortTextOf(node: AnyNode, maxChars: number, maxNodes = Math.max(64, maxChars)): string | null {
  const parts: string[] = [];
  let chars = 0;
  let nodes = 0;
  const work = meter();
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as AnyNode;
    work.tick();
    if (++nodes > maxNodes) return null;
    if (isText(current)) {
      parts.push(current.data);
      chars += current.data.length;
      // Raw text may shrink when whitespace collapses: allow generous slack before giving up.
      if (chars > maxChars * 4 + 256) return null;
      continue;
    }
    if (isTag(current) && (current.name === 'script' || current.name === 'style')) continue;
    if ('children' in current) {
      const children = current.children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as AnyNode);
    }
  }
  const text = cleanText(parts.join(''));
  return text.length <= maxChars ? text : null;
}

/** Every element under root, in document order, visited once (iterative, no recursion limit). */
export function allElements(root: AnyNode): Element[] {
  const out: Element[] = [];
  const work = meter();
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    work.tick();
    if (isTag(node)) out.push(node);
    if ('children' in node) {
      const children = node.children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as AnyNode);
    }
  }
  return out;
}

const namesCache = new WeakMap<Element, string>();

/** `class` and `id` together, lower-cased: what the boilerplate and role hints look at. */
export function classAndId(element: Element): string {
  const cached = namesCache.get(element);
  if (cached !== undefined) return cached;
  const cls = element.attribs['class'] ?? '';
  const id = element.attribs['id'] ?? '';
  const names = cls || id ? `${cls} ${id}`.toLowerCase() : '';
  namesCache.set(element, names);
  return names;
}
