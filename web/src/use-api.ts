// Loading a GET endpoint into a component: data, error, loading flag and a reload. A newer request
// aborts the older one, so typing in a filter never shows stale results.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { apiGet, type QueryValue } from './api.ts';

export interface ApiState<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/** `path` null means "nothing to load yet". The query is compared by value (JSON). */
export function useApi<T>(path: string | null, query: Record<string, QueryValue> = {}): ApiState<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(path !== null);
  const [tick, setTick] = useState(0);
  const queryKey = JSON.stringify(query);
  const latest = useRef(0);

  useEffect(() => {
    if (path === null) {
      setData(null);
      setLoading(false);
      return;
    }
    const id = ++latest.current;
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    apiGet<T>(path, JSON.parse(queryKey) as Record<string, QueryValue>, controller.signal)
      .then((d) => {
        if (id === latest.current) setData(d);
      })
      .catch((err: unknown) => {
        if (err instanceof DOMException && err.name === 'AbortError') return;
        if (id === latest.current) {
          setError(err);
          setData(null);
        }
      })
      .finally(() => {
        if (id === latest.current) setLoading(false);
      });
    return () => controller.abort();
  }, [path, queryKey, tick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, loading, reload };
}
