// @mozilla/readability on jsdom, the peer every HTML evaluation runs side by side with ours.
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';

export interface ReadabilityResult {
  title: string | null;
  byline: string | null;
  published: string | null;
  text: string;
}

const silentConsole = new VirtualConsole();

// jsdom's CSS parser throws on some stylesheets of these sets; style sheets hold no article text,
// so Readability gets the page without them (which only makes it faster).
const STYLE_BLOCK = /<style\b[^>]*>[\s\S]*?<\/style>/gi;

export function readabilityExtract(html: string, url: string | null): ReadabilityResult {
  try {
    const dom = new JSDOM(html.replace(STYLE_BLOCK, ''), { url: url ?? 'https://example.invalid/', virtualConsole: silentConsole });
    const parsed = new Readability(dom.window.document).parse();
    dom.window.close();
    return { title: parsed?.title ?? null, byline: parsed?.byline ?? null, published: parsed?.publishedTime ?? null, text: parsed?.textContent ?? '' };
  } catch {
    return { title: null, byline: null, published: null, text: '' };
  }
}
