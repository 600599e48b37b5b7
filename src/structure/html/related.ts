// Links the page lists as related reading ("Tin liên quan", "Xem thêm", "Related stories").
import type { RelatedLink } from '../../records.ts';
import { absoluteUrl } from './metadata.ts';
import { allElements, attr, classAndId, shortTextOf } from './dom.ts';
import type { TreeOrder } from './tree-order.ts';

const RELATED_NAMES = /related|lien-?quan|xem-?them|tin-?khac|read-?more|more-?stories|also-?read|you-?may-?like|recommend/;
const MIN_TITLE_CHARS = 15;
const MAX_LINKS = 30;
/** Longer link text is a paragraph that happens to be a link, not a story's title. */
const MAX_TITLE_CHARS = 300;

export function findRelatedLinks(order: TreeOrder, pageUrl: string | null, ownUrl: string | null): RelatedLink[] {
  const links: RelatedLink[] = [];
  const seen = new Set<string>();
  if (ownUrl) seen.add(ownUrl);
  // Boxes inside a box already read hold nothing new: skip to the end of the one read last.
  let readUpTo = 0;
  order.elements.forEach((box, index) => {
    if (links.length >= MAX_LINKS || index < readUpTo) return;
    const names = classAndId(box);
    if (!names || !RELATED_NAMES.test(names) || box.name === 'a') return;
    readUpTo = order.endOf(box);
    for (const anchor of allElements(box)) {
      if (anchor.name !== 'a') continue;
      const title = shortTextOf(anchor, MAX_TITLE_CHARS) || attr(anchor, 'title') || '';
      const url = absoluteUrl(attr(anchor, 'href'), pageUrl);
      if (title.length < MIN_TITLE_CHARS || !url || !/^https?:/.test(url) || seen.has(url)) continue;
      seen.add(url);
      links.push({ title, url });
      if (links.length >= MAX_LINKS) return;
    }
  });
  return links;
}
