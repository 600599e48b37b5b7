// Links out of the app (a document's source, related links, evidence URLs): only absolute http(s)
// URLs become links. The server stores nothing else since issue 10; this guards rows stored before
// and any field that might carry a hostile value.
import { safeHttpUrl } from '../../src/text/safe-url.ts';

/** An href for an outside link, or undefined (render the text without a link). */
export function externalHref(url: string | null | undefined): string | undefined {
  return safeHttpUrl(url) ?? undefined;
}
