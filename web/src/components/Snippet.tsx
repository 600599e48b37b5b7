// Search snippets arrive with matches between \u0002 and \u0003 (control characters that cannot
// occur in stored text); they become <mark> elements here, never HTML from the server.
import type { JSX } from 'preact';

const OPEN = '\u0002';
const CLOSE = '\u0003';

export function Snippet({ text }: { text: string }) {
  const parts: JSX.Element[] = [];
  let rest = text;
  let key = 0;
  while (rest.length > 0) {
    const open = rest.indexOf(OPEN);
    if (open < 0) {
      parts.push(<span key={key++}>{rest.replaceAll(CLOSE, '')}</span>);
      break;
    }
    if (open > 0) parts.push(<span key={key++}>{rest.slice(0, open).replaceAll(CLOSE, '')}</span>);
    const close = rest.indexOf(CLOSE, open + 1);
    const end = close < 0 ? rest.length : close;
    parts.push(<mark key={key++}>{rest.slice(open + 1, end)}</mark>);
    rest = close < 0 ? '' : rest.slice(close + 1);
  }
  return <p class="snippet">{parts}</p>;
}
