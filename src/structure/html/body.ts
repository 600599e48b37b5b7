// Finds the article body: weighs every text segment, chooses the container (container.ts), and
// reads its paragraphs in order. Captions found there are returned apart, never as body text.
import { chooseContainer, prunedBelow, prunedHintedElements } from './container.ts';
import { parseHtml, textOf } from './dom.ts';
import type { Element } from './dom.ts';
import { segmentPage } from './segments.ts';
import type { Segment } from './segments.ts';
import type { TreeOrder } from './tree-order.ts';
import { contentWeight, isLinkedProse, matchKey, ReferenceText } from './weights.ts';

export interface BodyHints {
  title: string | null;
  /** JSON-LD articleBody, when the page ships one: a strong hint of which text is the body. */
  articleBody: string | null;
}

export interface BodyResult {
  container: Element | null;
  paragraphs: Segment[];
  captions: Segment[];
}

/** Shorter articleBody values are teasers, too short to vouch for paragraphs. */
const REFERENCE_MIN_CHARS = 200;

/** Less article text than this from the strict reading: try the relaxed one (segments.ts). */
const RELAXED_RETRY_CHARS = 300;

/** `order` indexes the whole document `root` belongs to. */
export function extractBody(root: Element, order: TreeOrder, hints: BodyHints): BodyResult {
  const strict = readBody(root, order, hints, false);
  if (bodyChars(strict) >= RELAXED_RETRY_CHARS) return strict;
  const relaxed = readBody(root, order, hints, true);
  return bodyChars(relaxed) > bodyChars(strict) ? relaxed : strict;
}

function bodyChars(result: BodyResult): number {
  return result.paragraphs.reduce((sum, segment) => sum + segment.text.length, 0);
}

function readBody(root: Element, order: TreeOrder, hints: BodyHints, relaxed: boolean): BodyResult {
  const { segments, hinted } = segmentPage(root, relaxed);
  // articleBody is JSON text that may still hold entities or tags: read it as HTML.
  const reference = hints.articleBody && hints.articleBody.length > REFERENCE_MIN_CHARS ? new ReferenceText(textOf(parseHtml(hints.articleBody))) : null;
  const weights = segments.map((segment) => contentWeight(segment, reference));
  const pruned = prunedHintedElements(order, segments, weights, hinted);
  const dropped = pruned.size > 0 ? prunedBelow(order, pruned) : null;
  const live = segments.map((_, index) => index).filter((index) => {
    const segment = segments[index] as Segment;
    return !segment.hinted || dropped === null || dropped[order.indexOf(segment.owner)] !== 1;
  });
  const container = chooseContainer(order, live.map((i) => segments[i] as Segment), live.map((i) => weights[i] as number));
  if (!container) return { container: null, paragraphs: [], captions: [] };

  const paragraphs: Segment[] = [];
  const captions: Segment[] = [];
  const title = hints.title ? matchKey(hints.title) : null;
  for (const index of live) {
    const segment = segments[index] as Segment;
    if (!order.contains(container, segment.owner)) continue;
    if (segment.inCaption || segment.inFigure) captions.push(segment);
    else if (keepAsParagraph(segment, title)) paragraphs.push(segment);
  }
  return { container, paragraphs, captions };
}

const CLUTTER_LINE = /^(advertisement|advertisements|ad|sponsored|quảng cáo|read more|xem thêm|continue reading|share|chia sẻ|share this( article| story)?|comments?|bình luận|tin liên quan|related( articles| stories)?)$/i;

/** Markup that reached the text (tracking pixels inside <noscript> parsed as text, escaped HTML). */
const MARKUP_TEXT = /^<[a-z!/][^>]*>/i;

function keepAsParagraph(segment: Segment, title: string | null): boolean {
  if (segment.headingLevel === 1) return false;
  const length = segment.text.length;
  if (segment.linkChars / length > 0.5 && !isLinkedProse(segment)) return false;
  if (CLUTTER_LINE.test(segment.text) || MARKUP_TEXT.test(segment.text)) return false;
  return title === null || length > title.length * 2 || matchKey(segment.text) !== title;
}
