// Links that are safe to store and to render: absolute http(s) URLs only. A `javascript:` (or
// `data:`, `vbscript:`…) URL from a JSONL record or a page's canonical link would run script in
// the app's origin when a reader clicks it; a relative one points into the app itself.
// The URL parser decides the scheme the way a browser would (case, surrounding spaces, tabs and
// newlines inside the scheme), so no spelling of `javascript:` slips through.

/** The URL when it is absolute http(s), else null. Kept as written unless it needs escaping. */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // Written plainly (no spaces, controls or non-ASCII, lower-case scheme): kept byte for byte, so
  // that a document's identity (its URL) does not change; otherwise the parser's escaped form.
  return /^https?:\/\/[\x21-\x7e]+$/.test(trimmed) ? trimmed : url.href;
}
