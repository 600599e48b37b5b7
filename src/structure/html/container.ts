// Chooses the element that holds the article: first decides which boilerplate-named boxes really
// are furniture, then grows a container from the densest cluster of prose.
import { attr } from './dom.ts';
import type { Element } from './dom.ts';
import type { Segment } from './segments.ts';

/** A hinted element holding at least this share of the page's prose is content, not furniture. */
const PROTECTED_SHARE = 0.4;
/** itemprop="articleBody" is the page's own statement of where the body is. */
const ARTICLE_BODY_BONUS = 1.5;
/** Weight of a segment for its owner, the owner's parent and grandparent in the cluster score. */
const CLUSTER_DECAY = [1, 1, 0.5];
/** A cluster this large relative to the densest one is part of the same article. */
const LARGE_CLUSTER_SHARE = 0.25;
/** The parts of one article sit close together: a few wrapper levels apart at most. */
const MAX_GROWTH_LEVELS = 6;

/** Boilerplate-hinted elements to drop: all of them except page landmarks and those full of prose. */
export function prunedHintedElements(segments: readonly Segment[], weights: readonly number[]): Set<Element> {
  let totalProse = 0;
  const proseUnder = new Map<Element, number>();
  segments.forEach((segment, index) => {
    const weight = Math.max(0, weights[index] as number);
    totalProse += weight;
    for (const element of segment.hinted) proseUnder.set(element, (proseUnder.get(element) ?? 0) + weight);
  });
  const pruned = new Set<Element>();
  for (const [element, prose] of proseUnder) {
    if (isContentLandmark(element)) continue;
    if (totalProse > 0 && prose >= PROTECTED_SHARE * totalProse) continue;
    pruned.add(element);
  }
  return pruned;
}

function isContentLandmark(element: Element): boolean {
  return element.name === 'article' || element.name === 'main' || element.name === 'body'
    || attr(element, 'itemprop') === 'articleBody';
}

/**
 * Two scores per element. `net`: all prose minus all clutter below it, however deep. `cluster`:
 * the same for text in the element itself, its children and (half) its grandchildren only: how
 * much prose sits together there. The container starts at the densest cluster and grows to an
 * ancestor only when that ancestor holds another large cluster (an article split by an ad or a
 * pull quote) and its net score is higher: a list of teasers, each a small cluster of its own,
 * does not pull the container up to the whole page.
 */
export function chooseContainer(segments: readonly Segment[], weights: readonly number[]): Element | null {
  const net = new Map<Element, number>();
  const cluster = new Map<Element, number>();
  segments.forEach((segment, index) => {
    const weight = weights[index] as number;
    let distance = 0;
    for (let element: Element | null = segment.owner; element; element = parentElement(element), distance++) {
      net.set(element, (net.get(element) ?? 0) + weight);
      const decay = CLUSTER_DECAY[distance];
      if (decay !== undefined) cluster.set(element, (cluster.get(element) ?? 0) + weight * decay);
    }
  });
  const seed = densestCluster(cluster);
  if (!seed) return null;
  const seedScore = cluster.get(seed) ?? 0;
  const large = [...cluster].filter(([, value]) => value >= LARGE_CLUSTER_SHARE * seedScore).map(([element]) => element);
  let container = seed;
  let ancestor = parentElement(seed);
  for (let level = 0; ancestor && level < MAX_GROWTH_LEVELS; level++, ancestor = parentElement(ancestor)) {
    if (ancestor.name === 'body' || ancestor.name === 'html') break;
    if ((net.get(ancestor) ?? 0) <= (net.get(container) ?? 0)) continue;
    const current = container;
    const within = ancestor;
    if (large.some((element) => isWithin(element, within) && !isWithin(element, current) && !isWithin(current, element))) container = ancestor;
  }
  return container;
}

function densestCluster(cluster: Map<Element, number>): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, score] of cluster) {
    const value = attr(element, 'itemprop') === 'articleBody' ? score * ARTICLE_BODY_BONUS : score;
    if (value > bestScore) {
      best = element;
      bestScore = value;
    }
  }
  return best;
}

export function parentElement(element: Element): Element | null {
  const parent = element.parent;
  return parent && parent.type === 'tag' ? (parent as Element) : null;
}

export function isWithin(element: Element, container: Element): boolean {
  for (let current: Element | null = element; current; current = parentElement(current)) {
    if (current === container) return true;
  }
  return false;
}
