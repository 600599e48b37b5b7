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
