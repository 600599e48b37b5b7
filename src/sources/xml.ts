// One configured XML parser for feeds and sitemaps, and small accessors for its loose output.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // Namespaced names are kept (`news:news`, `dc:date`, `content:encoded`), compared without prefix below.
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  // Elements that may repeat are always arrays, so one item and many read the same way.
  isArray: (name) => ['item', 'entry', 'url', 'sitemap', 'link', 'category'].includes(name),
});

export type XmlNode = Record<string, unknown>;

export function parseXml(text: string, origin: string): XmlNode {
  try {
    return parser.parse(text) as XmlNode;
  } catch (err) {
    throw new Error(`${origin}: not well-formed XML: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/**
 * Why the text is not well-formed XML (with its line and column), or null when it is. The parser
 * above is lenient: a feed cut off mid-item parses to fewer entries, or none, without complaint, so
 * the readers check this first and report it against the source while keeping what could be read.
 */
export function xmlProblem(text: string): string | null {
  const result = XMLValidator.validate(text);
  if (result === true) return null;
  return `not well-formed XML (line ${result.err.line}, column ${result.err.col}: ${result.err.msg.replace(/\s+/g, ' ')})`;
}

/** A child as an array, whatever the parser made of it. */
export function children(node: unknown, name: string): unknown[] {
  if (!node || typeof node !== 'object') return [];
  const v = (node as XmlNode)[name];
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** The text of a node: a string, or the `#text` of an element with attributes. */
export function text(node: unknown): string | null {
  if (typeof node === 'string') return node.trim() || null;
  if (typeof node === 'number') return String(node);
  if (node && typeof node === 'object' && '#text' in node) return text((node as XmlNode)['#text']);
  return null;
}

export function childText(node: unknown, name: string): string | null {
  for (const c of children(node, name)) {
    const t = text(c);
    if (t) return t;
  }
  return null;
}

export function attr(node: unknown, name: string): string | null {
  if (!node || typeof node !== 'object') return null;
  const v = (node as XmlNode)[`@${name}`];
  return typeof v === 'string' ? v : null;
}

/** A link as written in a feed or sitemap, made absolute against the document's URL; null when unusable. */
export function absoluteUrl(url: string | null, base: string): string | null {
  if (!url) return null;
  try {
    return new URL(url, base).toString();
  } catch {
    return null;
  }
}
