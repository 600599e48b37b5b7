// Flattens the page into text segments: the runs of text between block boundaries. Each segment
// knows the block element it belongs to, how much of it is link text, and whether it sits in a
// caption or in an element whose class/id hints at boilerplate. Scoring and collection both work on
// this flat list, so the tree is walked once.
import { isText } from 'domhandler';
import { DROPPED_TAGS, hasBoilerplateHint, isCaptionElement, isHidden, LANDMARK_TAGS } from './boilerplate.ts';
import { cleanText, isElement } from './dom.ts';
import type { AnyNode, Element } from './dom.ts';
import { meter } from './limits.ts';

export interface Segment {
  text: string;
  /** Innermost block element holding the text. */
  owner: Element;
  /** Characters of the text that are inside links. */
  linkChars: number;
  inCaption: boolean;
  inFigure: boolean;
  /** Innermost caption element, else innermost figure: groups the pieces of one caption. */
  captionGroup: Element | null;
  /** h1..h6 */
  headingLevel: number;
  /** Inside at least one boilerplate-hinted element. */
  hinted: boolean;
}

export interface SegmentedPage {
  segments: Segment[];
  /** The boilerplate-hinted elements that hold at least one segment. */
  hinted: Set<Element>;
}

const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol',
  'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr',
  'figure', 'figcaption', 'caption', 'hr', 'center', 'address', 'details', 'summary', 'body', 'html',
  'picture', 'hgroup',
]);

interface WalkState {
  segments: Segment[];
  pieces: string[];
  linkChars: number;
  owner: Element | null;
  linkDepth: number;
  captionDepth: number;
  figureDepth: number;
  headingLevel: number;
  hintedDepth: number;
  hintedWithText: Set<Element>;
  captionGroups: Element[];
  relaxed: boolean;
  /** Inside <pre> or <code>: highlighters name their spans `hljs-comment`, `token tag`; code is content. */
  codeDepth: number;
}

/**
 * `relaxed`: also read hidden elements (frameworks that stream the page into a hidden box and reveal
 * it by script) and landmark boxes (as boilerplate hints, not dropped): for pages where the strict
 * reading finds no article.
 */
export function segmentPage(root: Element, relaxed = false): SegmentedPage {
  const state: WalkState = {
    segments: [], pieces: [], linkChars: 0, owner: root, linkDepth: 0, captionDepth: 0,
    figureDepth: 0, headingLevel: 0, hintedDepth: 0, hintedWithText: new Set(), captionGroups: [], relaxed, codeDepth: 0,
  };
  walk(root, state);
  flush(state);
  return { segments: state.segments, hinted: state.hintedWithText };
}

function flush(state: WalkState): void {
  if (state.pieces.length === 0 || state.owner === null) return;
  const text = cleanText(state.pieces.join(''));
  if (text) {
    state.segments.push({
      text,
      owner: state.owner,
      linkChars: Math.min(state.linkChars, text.length),
      inCaption: state.captionDepth > 0,
      inFigure: state.figureDepth > 0,
      captionGroup: state.captionGroups[state.captionGroups.length - 1] ?? null,
      headingLevel: state.headingLevel,
      hinted: state.hintedDepth > 0,
    });
  }
  state.pieces = [];
  state.linkChars = 0;
}

/** What an element changed on entry, to undo on exit. */
interface OpenElement {
  element: Element;
  isBlock: boolean;
  previousOwner: Element | null;
  previousHeading: number;
  caption: boolean;
  hinted: boolean;
  groupsCaption: boolean;
  /** Segments made before entering: more on leaving means the element holds text. */
  segmentsBefore: number;
}

type Step = { node: AnyNode } | { close: OpenElement };

// Iterative, not recursive: pages with thousands of unclosed tags nest that deep.
function walk(root: AnyNode, state: WalkState): void {
  const work = meter();
  const stack: Step[] = [{ node: root }];
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    work.tick();
    if ('close' in step) {
      leave(step.close, state);
      continue;
    }
    const open = enter(step.node, state);
    if (!open) continue;
    stack.push({ close: open });
    const children = open.element.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as AnyNode });
  }
}

function enter(node: AnyNode, state: WalkState): OpenElement | null {
  if (isText(node)) {
    state.pieces.push(node.data);
    // Whitespace-only text inside links must not count as link text.
    if (state.linkDepth > 0) state.linkChars += node.data.replace(/\s+/g, ' ').trim().length;
    return null;
  }
  if (!isElement(node)) return null;
  const name = node.name;
  const landmark = state.relaxed && LANDMARK_TAGS.has(name);
  if ((DROPPED_TAGS.has(name) && !landmark) || (!state.relaxed && isHidden(node))) return null;
  if (name === 'br') {
    // A line break ends a visual line: treat it as a segment boundary.
    flush(state);
    return null;
  }
  if (name === 'img' || name === 'source') return null;
  const hinted = landmark || (state.codeDepth === 0 && hasBoilerplateHint(node));
  const caption = isCaptionElement(node);
  const open: OpenElement = {
    element: node,
    isBlock: BLOCK_TAGS.has(name) || hinted || caption,
    previousOwner: state.owner,
    previousHeading: state.headingLevel,
    caption,
    hinted,
    groupsCaption: caption || name === 'figure',
    segmentsBefore: 0,
  };
  if (open.isBlock) {
    flush(state);
    state.owner = node;
  } else if (name === 'td' || name === 'th') {
    // Table cells stay on their row's line, apart.
    state.pieces.push(' ');
  }
  if (name === 'a') state.linkDepth++;
  if (name === 'pre' || name === 'code') state.codeDepth++;
  if (caption) state.captionDepth++;
  if (name === 'figure') state.figureDepth++;
  if (/^h[1-6]$/.test(name)) state.headingLevel = Number(name[1]);
  if (hinted) state.hintedDepth++;
  open.segmentsBefore = state.segments.length;
  if (open.groupsCaption) state.captionGroups.push(node);
  return open;
}

function leave(open: OpenElement, state: WalkState): void {
  const name = open.element.name;
  if (open.isBlock) {
    flush(state);
    state.owner = open.previousOwner;
  }
  if (name === 'a') state.linkDepth--;
  if (name === 'pre' || name === 'code') state.codeDepth--;
  if (open.caption) state.captionDepth--;
  if (name === 'figure') state.figureDepth--;
  state.headingLevel = open.previousHeading;
  if (open.hinted) {
    state.hintedDepth--;
    if (state.segments.length > open.segmentsBefore) state.hintedWithText.add(open.element);
  }
  if (open.groupsCaption) state.captionGroups.pop();
}
