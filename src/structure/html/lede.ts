// The standfirst (sapo) that news pages set apart between the headline and the body, found by the
// names sites give it.
import { hasBoilerplateHint, isCaptionElement } from './boilerplate.ts';
import { classAndId, isInside, textOf } from './dom.ts';
import type { Element } from './dom.ts';

const LEDE_NAMES = /(^|[\s_-])(sapo|lede|lead|chapeau|standfirst|dek|summary|description|intro|excerpt|subtitle|subhead|subheadline|tomtat|tom-tat)([\s_-]|$)/;
const NOT_LEDE_NAMES = /cookie|consent|subscribe|newsletter|promo|signup|gdpr|privacy/;

const LEDE_MIN_CHARS = 30;
const LEDE_MAX_CHARS = 1200;

/**
 * First element named like a lede whose text reads like one. `elements` is the stretch of the
 * page, in document order, between the headline and the first body paragraph.
 */
export function findLede(elements: readonly Element[], bodyAnchor: Element | null): string | null {
  for (const element of elements) {
    if (element.name === 'meta' || element.name === 'img' || element.name === 'a') continue;
    const names = classAndId(element);
    if (!names || !LEDE_NAMES.test(names) || NOT_LEDE_NAMES.test(names) || inFurniture(element, bodyAnchor)) continue;
    const text = textOf(element);
    if (text.length >= LEDE_MIN_CHARS && text.length <= LEDE_MAX_CHARS) return text;
  }
  return null;
}

/** Inside a figure, a caption or a boilerplate-named box that does not also hold the body. */
function inFurniture(element: Element, bodyAnchor: Element | null): boolean {
  for (let current: Element | null = element; current && current.type === 'tag'; current = current.parent as Element | null) {
    if (bodyAnchor && isInside(bodyAnchor, current) && current !== element) return false;
    if (current.name === 'figure' || isCaptionElement(current)) return true;
    if (current.name !== 'body' && current.name !== 'html' && hasBoilerplateHint(current)) return true;
  }
  return false;
}
