// Links out of the app (a document's source, related links, evidence URLs): only absolute http(s)
// URLs become links. The server stores nothing else since issue 10; this guards rows stored before
// and any field that might carry a hostile value.
import { safeHttpUrl } from '../../src/text/safe-url.ts';

/** An href for an outside link, or undefined (render the text without a link). */
export function externalHref(url: string | null | undefined): string | undefined {
  return safeHttpUrl(url) ?? undefined;
}

/**
 * An href for a path inside the app (an alert's link, a download from the API), or undefined: only
 * a path from the root, never another origin (`//host`) or a scheme.
 */
export function internalHref(path: string | null | undefined): string | undefined {
  return typeof path === 'string' && path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') ? path : undefined;
}

/**
 * A figure's document opened at its sentence: the page scrolls to the paragraph, highlights it and
 * selects the fact (its panel opens beside it). Figures from the programme pack have no document.
 */
export function evidenceHref(o: { documentId: number | null; field?: string | null; index?: number | null; start?: number | null; end?: number | null }): string {
  const base = `/documents/${o.documentId}`;
  if (o.field == null || o.index == null || o.start == null || o.end == null) return base;
  return `${base}?field=${encodeURIComponent(o.field)}&index=${o.index}&start=${o.start}&end=${o.end}`;
}
