// Indicator names, used by several pages to show `Tỷ lệ dân số được phủ sóng 5G` instead of the id.
// Loaded once per page load: the programme pack does not change while the server runs.
import { useEffect, useState } from 'preact/hooks';
import { apiGet, itemsOf } from './api.ts';
import type { Indicator } from './types.ts';

let cache: Promise<Map<string, Indicator>> | null = null;

export function loadIndicators(): Promise<Map<string, Indicator>> {
  cache ??= apiGet<unknown>('/programme/indicators')
    .then((data) => new Map(itemsOf<Indicator>(data, 'indicators').map((i) => [i.id, i])))
    .catch(() => {
      cache = null;
      return new Map<string, Indicator>();
    });
  return cache;
}

export function useIndicators(): Map<string, Indicator> {
  const [map, setMap] = useState<Map<string, Indicator>>(new Map());
  useEffect(() => {
    let live = true;
    void loadIndicators().then((m) => live && setMap(m));
    return () => {
      live = false;
    };
  }, []);
  return map;
}
