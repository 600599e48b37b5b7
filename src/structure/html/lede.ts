// The standfirst (sapo) that news pages set apart between the headline and the body, found by the
// names sites give it.
import { hasBoilerplateHint, isCaptionElement } from './boilerplate.ts';
import { classAndId, shortTextOf } from './dom.ts';
import type { Element } from './dom.ts';
import { meter } from './limits.ts';
import type { TreeOrder } from './tree-order.ts';

const LEDE_NAMES = /(^|[\s_-])(sapo|lede|lead|chapeau|standfirst|dek|summary|description|intro|excerpt|subtitle|subhead|subheadline|tomtat|tom-tat)([\s_-]|$)/;
const NOT_LEDE_NAMES = /cookie|consent|subscribe|newsletter|promo|signup|gdpr|privacy/;

const LEDE_MIN_CHARS = 30;
const LEDE_MAX_CHARS = 1200;
/** A standfirst is among the first few lede-named boxes; looking further only costs time on odd pages. */
const LEDE_MAX_CANDIDATES = 10;

/**
 * First element named like a lede whose text reads like one. `elements` is the stretch of the
 * page, in document order, between the headline and the first body paragraph.
 */
export function findLede(order: TreeOrder, elements: readonly Element[], bodyAnchor: Element | null): string | null {
  let candidates = 0;
  for (const element of elements) {
    if (element.name === 'meta' || element.name === 'img' || element.name === 'a') continue;
    const names = classAndId(element);
    if (!names || !LEDE_NAMES.test(names) || NOT_LEDE_NAMES.test(names)) continue;
    if (++candidates > LEDE_MAX_CANDIDATES) break;
    if (inFurniture(order, element, bodyAnchor)) continue;
    const text = shortTextOf(element, LEDE_MAX_CHARS);
    if (text !== null && text.length >= LEDE_MIN_CHARS) return text;
  }
  return null;
}

/** Inside a figure, a caption or a boilerplate-named box that does not also hold the body. */
function inFurniture(order: TreeOrder, element: Element, bodyAnchor: Element | null): boolean {
  const work = meter();
  for (let current: Element | null = element; current && current.type === 'tag'; current = current.parent as Element | null) {
    work.tick();
    if (bodyAnchor && order.contains(current, bodyAnchor) && current !== element) return false;
    if (current.name === 'figure' || isCaptionElement(current)) return true;
    if (current.name !== 'body' && current.name !== 'html' && hasBoilerplateHint(current)) return true;
  }
  return false;
}
