// One pass over every element, gathering what the metadata readers need: <meta> values by key,
// canonical link, ld+json scripts, the document language, <title>, <time datetime> values.
import { attr, cleanText, rawText } from './dom.ts';
import type { Element } from './dom.ts';

export interface PageFacts {
  /** Meta values by lower-cased name / property / itemprop / http-equiv, in document order. */
  meta: Map<string, string[]>;
  canonical: string | null;
  linkedDataScripts: string[];
  htmlLang: string | null;
  titleTag: string | null;
  /** <time datetime> values, those marked as the publication time first. */
  times: string[];
}

export function gatherPageFacts(elements: readonly Element[]): PageFacts {
  const facts: PageFacts = {
    meta: new Map(), canonical: null, linkedDataScripts: [], htmlLang: null, titleTag: null, times: [],
  };
  const publicationTimes: string[] = [];
  for (const element of elements) {
    switch (element.name) {
      case 'meta':
        addMeta(facts.meta, element);
        break;
      case 'link':
        if (!facts.canonical && (attr(element, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) {
          facts.canonical = attr(element, 'href');
        }
        break;
      case 'script':
        if ((attr(element, 'type') ?? '').toLowerCase().includes('ld+json')) facts.linkedDataScripts.push(rawText(element.children[0] ?? element));
        break;
      case 'html':
        facts.htmlLang ??= attr(element, 'lang') ?? attr(element, 'xml:lang');
        break;
      case 'title':
        facts.titleTag ??= cleanText(rawText(element.children[0] ?? element)) || null;
        break;
      case 'time': {
        const value = attr(element, 'datetime');
        if (!value) break;
        const marked = attr(element, 'itemprop') === 'datePublished' || attr(element, 'pubdate') !== null
          || /publish/i.test(attr(element, 'class') ?? '');
        (marked ? publicationTimes : facts.times).push(value);
        break;
      }
    }
  }
  facts.times = [...publicationTimes, ...facts.times];
  return facts;
}

function addMeta(meta: Map<string, string[]>, element: Element): void {
  const content = attr(element, 'content') ?? attr(element, 'value');
  if (content === null) return;
  for (const keyAttribute of ['name', 'property', 'itemprop', 'http-equiv']) {
    const key = attr(element, keyAttribute);
    if (!key) continue;
    // itemprop may list several properties ("associatedMedia image"); property several RDFa terms.
    for (const part of key.toLowerCase().split(/\s+/)) {
      const list = meta.get(part);
      if (list) list.push(content);
      else meta.set(part, [content]);
    }
  }
}

export function firstMeta(facts: PageFacts, ...keys: string[]): string | null {
  for (const key of keys) {
    for (const value of facts.meta.get(key) ?? []) {
      const text = cleanText(value);
      if (text) return text;
    }
  }
  return null;
}

export function allMeta(facts: PageFacts, key: string): string[] {
  return (facts.meta.get(key) ?? []).map(cleanText).filter(Boolean);
}
