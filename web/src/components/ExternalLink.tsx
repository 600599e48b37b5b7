// A link out of the app, opened in a new tab without telling the other site where the reader came
// from; a URL that is not http(s) is shown as text, never as a link (see links.ts).
import type { ComponentChildren } from 'preact';
import { externalHref } from '../links.ts';

export function ExternalLink({ url, children }: { url: string | null | undefined; children?: ComponentChildren }) {
  const href = externalHref(url);
  if (!href) return <>{children ?? url}</>;
  return (
    <a href={externalHref(url)} rel="noopener noreferrer" target="_blank">
      {children ?? url}
    </a>
  );
}
