// Chooses the element that holds the article: first decides which boilerplate-named boxes really
// are furniture, then grows a container from the densest cluster of prose. Scores are summed up the
// tree in one pass over the elements (children before parents), never by walking up from each
// segment, so deeply nested pages cost no more than flat ones.
import { attr } from './dom.ts';
import type { Element } from './dom.ts';
import { meter } from './limits.ts';
import type { Segment } from './segments.ts';
import type { TreeOrder } from './tree-order.ts';

/** A hinted element holding at least this share of the page's prose is content, not furniture. */
const PROTECTED_SHARE = 0.4;
/** itemprop="articleBody" is the page's own statement of where the body is. */
const ARTICLE_BODY_BONUS = 1.5;
/** Weight of a segment for its owner, the owner's parent and grandparent in the cluster score. */
const CLUSTER_DECAY = [1, 1, 0.5];
/** Bounds the walk up through single-child wrappers. */
const MAX_CLUSTER_STEPS = 8;

/** A cluster this large relative to the densest one is part of the same article. */
const LARGE_CLUSTER_SHARE = 0.25;
/**
 * The parts of one article sit close together, but page builders put ten or more wrappers between
 * a section and the article around it (6 levels cut such articles short; past 14 nothing changes).
 */
const MAX_GROWTH_LEVELS = 14;

/** Per element of `order`, the sum of `weightOf` over the segments owned by it or its descendants. */
function subtreeSums(order: TreeOrder, segments: readonly Segment[], weightOf: (index: number) => number): Float64Array {
  const sums = new Float64Array(order.size);
  segments.forEach((segment, index) => {
    const at = order.indexOf(segment.owner);
    if (at >= 0) sums[at] = (sums[at] as number) + weightOf(index);
  });
  // Children come after their parents in document order: walking backwards adds each finished
  // subtree to its parent.
  const work = meter();
  for (let i = order.size - 1; i >= 0; i--) {
    const parent = order.parents[i] as number;
    if (parent >= 0) sums[parent] = (sums[parent] as number) + (sums[i] as number);
  }
  work.tick(order.size);
  return sums;
}

/**
 * Boilerplate-hinted elements to drop: all of them except page landmarks and those full of prose.
 * `hinted` lists the hinted elements the segments sit in.
 */
export function prunedHintedElements(order: TreeOrder, segments: readonly Segment[], weights: readonly number[], hinted: ReadonlySet<Element>): Set<Element> {
  let totalProse = 0;
  for (const weight of weights) totalProse += Math.max(0, weight);
  const proseUnder = subtreeSums(order, segments, (index) => Math.max(0, weights[index] as number));
  const pruned = new Set<Element>();
  for (const element of hinted) {
    if (isContentLandmark(element)) continue;
    const prose = proseUnder[order.indexOf(element)] ?? 0;
    if (totalProse > 0 && prose >= PROTECTED_SHARE * totalProse) continue;
    pruned.add(element);
  }
  // When the hinted boxes hold most of the prose between them, the names describe the page's
  // building blocks (page builders call every block a "widget"), not its furniture: drop only the
  // boxes that hold more clutter than prose.
  let prunedProse = 0;
  for (const element of outermost(order, pruned)) prunedProse += proseUnder[order.indexOf(element)] ?? 0;
  if (totalProse > 0 && prunedProse > MOSTLY_HINTED_SHARE * totalProse) {
    const net = subtreeSums(order, segments, (index) => weights[index] as number);
    for (const element of [...pruned]) if ((net[order.indexOf(element)] ?? 0) > 0) pruned.delete(element);
  }
  return pruned;
}

/** Hinted boxes holding more than this share of the prose between them are not furniture. */
const MOSTLY_HINTED_SHARE = 0.6;

/** The elements of `set` that have no ancestor in it. */
function outermost(order: TreeOrder, set: ReadonlySet<Element>): Element[] {
  const sorted = [...set].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const out: Element[] = [];
  let end = -1;
  for (const element of sorted) {
    const index = order.indexOf(element);
    if (index < end) continue;
    out.push(element);
    end = order.endOf(element);
  }
  return out;
}

/** Per element of `order`: true when it or one of its ancestors is in `pruned`. */
export function prunedBelow(order: TreeOrder, pruned: ReadonlySet<Element>): Uint8Array {
  const flags = new Uint8Array(order.size);
  // Parents come before their children in document order.
  for (let i = 0; i < order.size; i++) {
    const parent = order.parents[i] as number;
    flags[i] = pruned.has(order.elements[i] as Element) || (parent >= 0 && flags[parent] === 1) ? 1 : 0;
  }
  meter().tick(order.size);
  return flags;
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
export function chooseContainer(order: TreeOrder, segments: readonly Segment[], weights: readonly number[]): Element | null {
  const net = subtreeSums(order, segments, (index) => weights[index] as number);
  const cluster = new Map<number, number>();
  const elementChildren = new Uint32Array(order.size);
  for (let i = 0; i < order.size; i++) {
    const parent = order.parents[i] as number;
    if (parent >= 0) elementChildren[parent] = (elementChildren[parent] as number) + 1;
  }
  let steps = order.size;
  segments.forEach((segment, index) => {
    const weight = weights[index] as number;
    let at = order.indexOf(segment.owner);
    let distance = 0;
    for (let step = 0; at >= 0 && distance < CLUSTER_DECAY.length && step < MAX_CLUSTER_STEPS; step++, steps++) {
      cluster.set(at, (cluster.get(at) ?? 0) + weight * (CLUSTER_DECAY[distance] as number));
      const parent = order.parents[at] as number;
      // A wrapper around this element alone (`<div class="paragraph"><p>…</p></div>`) is the same block.
      if (!(parent >= 0 && elementChildren[parent] === 1)) distance++;
      at = parent;
    }
  });
  meter().tick(steps);
  const seed = densestCluster(order, cluster);
  if (seed < 0) return null;
  const seedScore = cluster.get(seed) ?? 0;
  const large = [...cluster].filter(([, value]) => value >= LARGE_CLUSTER_SHARE * seedScore).map(([index]) => index);
  let container = seed;
  let ancestor = order.parents[seed] as number;
  for (let level = 0; ancestor >= 0 && level < MAX_GROWTH_LEVELS; level++, ancestor = order.parents[ancestor] as number) {
    const name = (order.elements[ancestor] as Element).name;
    if (name === 'body' || name === 'html') break;
    if ((net[ancestor] as number) <= (net[container] as number)) continue;
    const current = container;
    const within = ancestor;
    meter().tick(large.length);
    if (large.some((index) => inside(order, index, within) && !inside(order, index, current) && !inside(order, current, index))) container = ancestor;
  }
  return order.elements[container] as Element;
}

/** Index positions: is element `node` the element `ancestor` or inside it. */
function inside(order: TreeOrder, node: number, ancestor: number): boolean {
  return order.contains(order.elements[ancestor] as Element, order.elements[node] as Element);
}

function densestCluster(order: TreeOrder, cluster: Map<number, number>): number {
  let best = -1;
  let bestScore = 0;
  for (const [index, score] of cluster) {
    const value = attr(order.elements[index] as Element, 'itemprop') === 'articleBody' ? score * ARTICLE_BODY_BONUS : score;
    if (value > bestScore) {
      best = index;
      bestScore = value;
    }
  }
  return best;
}
