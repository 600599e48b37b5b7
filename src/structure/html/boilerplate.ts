// What never belongs to an article body: by tag, by visibility, and by the class/id names sites
// give their page furniture. Hints are only hints: extract.ts refuses to drop a hinted element
// that holds most of the page's prose (a wrapper called "has-sidebar" can hold the article).
import { attr, classAndId } from './dom.ts';
import type { Element } from './dom.ts';

/** Elements whose whole subtree is skipped: code, chrome and interactive widgets. */
export const DROPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'iframe', 'svg',
  'button', 'select', 'textarea', 'input', 'object', 'embed', 'canvas', 'video', 'audio', 'map',
  'head', 'title', 'dialog', 'menu',
]);

/**
 * Page landmarks that usually hold furniture but, on some pages, wrap the article (a theme that
 * puts the whole page in an <aside>). The relaxed reading keeps them, as boilerplate hints.
 */
export const LANDMARK_TAGS: ReadonlySet<string> = new Set(['nav', 'footer', 'aside', 'dialog', 'menu']);

// Words matched as whole tokens of class/id names (split on space, dash and underscore).
const BOILERPLATE_WORDS = new Set([
  'share', 'sharing', 'sharebar', 'social', 'socials', 'related', 'relate', 'comment', 'comments',
  'advert', 'advertisement', 'advertising', 'ad', 'ads', 'adv', 'adslot', 'banner', 'menu',
  'breadcrumb', 'breadcrumbs', 'newsletter', 'subscribe', 'subscription', 'promo', 'promotion',
  'sidebar', 'popup', 'modal', 'cookie', 'cookies', 'sponsor', 'sponsored', 'recommend',
  'recommended', 'recommendations', 'outbrain', 'taboola', 'footer', 'masthead', 'navbar', 'nav',
  'navigation', 'widget', 'tags', 'signup', 'paywall', 'toolbar', 'login', 'rating', 'lienquan',
  'xemthem', 'tinkhac', 'most', 'popular', 'trending', 'disqus', 'print', 'skip',
  'pagination', 'pager', 'byline', 'author', 'dateline', 'timestamp', 'meta',
]);

// Compound names that are not split into the words above.
const BOILERPLATE_COMPOUNDS = /tin-?lien-?quan|tin-?khac|xem-?them|read-?more|more-?stories|you-?may-?like|also-?read/;

const AD_WORDS: ReadonlySet<string> = new Set(['ad', 'ads', 'adv', 'advert', 'advertisement', 'sponsored', 'promo']);

const TOKEN_SPLIT = /[\s_-]+/;

export function hasBoilerplateHint(element: Element): boolean {
  // Forms are usually search boxes and sign-ups, but ASP.NET sites wrap the whole page in one.
  if (element.name === 'form') return true;
  const names = classAndId(element);
  if (!names) return false;
  if (BOILERPLATE_COMPOUNDS.test(names)) return true;
  const tokens = names.split(TOKEN_SPLIT);
  // Embedded posts (tweets, Instagram) are quotes the editor placed in the story, not chrome.
  if (tokens.includes('embed') && !tokens.some((token) => AD_WORDS.has(token))) return false;
  return tokens.some((token) => BOILERPLATE_WORDS.has(token));
}

export function isHidden(element: Element): boolean {
  if (attr(element, 'hidden') !== null) return true;
  if (attr(element, 'aria-hidden') === 'true' && element.name !== 'span' && element.name !== 'i') return true;
  const style = attr(element, 'style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

const PAGE_LEVEL_TAGS: ReadonlySet<string> = new Set(['html', 'body', 'main', 'article']);

const CAPTION_NAMES = /caption|credit|image-?desc|photo-?desc|img-?desc|desc_image|wp-caption-text|chuthich|chu-thich/;

/** figcaption, table captions, and elements named like picture captions. */
export function isCaptionElement(element: Element): boolean {
  if (element.name === 'figcaption' || element.name === 'caption') return true;
  // Page-level containers carry feature flags such as "f_caption_muted_videos_on".
  if (PAGE_LEVEL_TAGS.has(element.name)) return false;
  const names = classAndId(element);
  return names !== '' && CAPTION_NAMES.test(names);
}
