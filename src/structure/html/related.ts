// Links the page lists as related reading ("Tin liên quan", "Xem thêm", "Related stories").
import type { RelatedLink } from '../../records.ts';
import { absoluteUrl } from './metadata.ts';
import { allElements, attr, classAndId, textOf } from './dom.ts';
import type { Element } from './dom.ts';

const RELATED_NAMES = /related|lien-?quan|xem-?them|tin-?khac|read-?more|more-?stories|also-?read|you-?may-?like|recommend/;
const MIN_TITLE_CHARS = 15;
const MAX_LINKS = 30;

export function findRelatedLinks(elements: readonly Element[], pageUrl: string | null, ownUrl: string | null): RelatedLink[] {
  const links: RelatedLink[] = [];
  const seen = new Set<string>();
  if (ownUrl) seen.add(ownUrl);
  for (const box of elements) {
    const names = classAndId(box);
    if (!names || !RELATED_NAMES.test(names) || box.name === 'a') continue;
    for (const anchor of allElements(box)) {
      if (anchor.name !== 'a') continue;
      const title = textOf(anchor) || attr(anchor, 'title') || '';
      const url = absoluteUrl(attr(anchor, 'href'), pageUrl);
      if (title.length < MIN_TITLE_CHARS || !url || !/^https?:/.test(url) || seen.has(url)) continue;
      seen.add(url);
      links.push({ title, url });
      if (links.length >= MAX_LINKS) return links;
    }
  }
  return links;
}
