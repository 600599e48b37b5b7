// Thin helpers over the htmlparser2/domhandler tree, so the extraction modules read as
// "what" rather than "how to walk nodes".
import { parseDocument } from 'htmlparser2';
import { isTag, isText } from 'domhandler';
import type { AnyNode, Document, Element } from 'domhandler';
import { normalizeText } from '../../text/normalize.ts';

export type { AnyNode, Document, Element };

/** One parse of the page; tags and attribute names lower-cased, entities decoded. */
export function parseHtml(html: string): Document {
  return parseDocument(html, { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true });
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
  // Iterative: deeply nested pages must not exhaust the call stack.
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as AnyNode;
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

/** Every element under root, in document order, visited once (iterative, no recursion limit). */
export function allElements(root: AnyNode): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isTag(node)) out.push(node);
    if ('children' in node) {
      const children = node.children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as AnyNode);
    }
  }
  return out;
}

export function isInside(node: AnyNode, ancestor: AnyNode): boolean {
  for (let current: AnyNode | null = node; current; current = current.parent) {
    if (current === ancestor) return true;
  }
  return false;
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
