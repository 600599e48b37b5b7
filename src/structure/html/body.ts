// Finds the article body: weighs every text segment, chooses the container (container.ts), and
// reads its paragraphs in order. Captions found there are returned apart, never as body text.
import { chooseContainer, isWithin, prunedHintedElements } from './container.ts';
import { parseHtml, textOf } from './dom.ts';
import type { Element } from './dom.ts';
import { segmentPage } from './segments.ts';
import type { Segment } from './segments.ts';
import { contentWeight, isLinkedProse, matchKey } from './weights.ts';

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

export function extractBody(root: Element, hints: BodyHints): BodyResult {
  const segments = segmentPage(root);
  // articleBody is JSON text that may still hold entities or tags: read it as HTML.
  const reference = hints.articleBody && hints.articleBody.length > REFERENCE_MIN_CHARS ? matchKey(textOf(parseHtml(hints.articleBody))) : null;
  const weights = segments.map((segment) => contentWeight(segment, reference));
  const pruned = prunedHintedElements(segments, weights);
  const live = segments.map((_, index) => index).filter((index) => !(segments[index] as Segment).hinted.some((element) => pruned.has(element)));
  const container = chooseContainer(live.map((i) => segments[i] as Segment), live.map((i) => weights[i] as number));
  if (!container) return { container: null, paragraphs: [], captions: [] };

  const paragraphs: Segment[] = [];
  const captions: Segment[] = [];
  const title = hints.title ? matchKey(hints.title) : null;
  for (const index of live) {
    const segment = segments[index] as Segment;
    if (!isWithin(segment.owner, container)) continue;
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
