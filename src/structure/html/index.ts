// HTML article extraction: bytes → text (decodeHtmlBytes), text → article (extractHtmlArticle).
export { decodeHtmlBytes } from './decode.ts';
export { extractHtmlArticle } from './article.ts';
export type { HtmlArticle, HtmlArticleOptions } from './article.ts';
export { HtmlLimitError, MAX_DEPTH, MAX_EXTRACTION_MS, MAX_NODES, WorkMeter } from './limits.ts';
