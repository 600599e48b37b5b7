import { useEffect } from 'preact/hooks';

/** Sets the browser tab's title, so history and screen readers name the page. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Radar 57` : 'Radar 57';
  }, [title]);
}
