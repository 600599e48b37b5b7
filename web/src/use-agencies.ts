// Agencies and provinces by id, loaded once per page load (the pack does not change while the server
// runs): task rows, scorecards and scopes name them instead of showing ids.
import { useEffect, useState } from 'preact/hooks';
import { apiGet } from './api.ts';
import type { AgenciesResponse, Agency } from './types.ts';

let cache: Promise<Map<string, Agency>> | null = null;

function loadAgencies(): Promise<Map<string, Agency>> {
  cache ??= apiGet<AgenciesResponse>('/agencies')
    .then((data) => new Map([...(data.agencies ?? []), ...(data.provinces ?? [])].map((a) => [a.id, a])))
    .catch(() => {
      cache = null;
      return new Map<string, Agency>();
    });
  return cache;
}

export function useAgencies(): Map<string, Agency> {
  const [map, setMap] = useState<Map<string, Agency>>(new Map());
  useEffect(() => {
    let live = true;
    void loadAgencies().then((m) => live && setMap(m));
    return () => {
      live = false;
    };
  }, []);
  return map;
}

/** An agency's or province's name by id (the id itself until the list has loaded, or when unknown). */
export function useAgencyNames(): (id: string) => string {
  const agencies = useAgencies();
  return (id) => agencies.get(id)?.name ?? id;
}
