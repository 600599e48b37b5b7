// The search page's state lives in the URL (/search?q=…&kind=…&place=…), so results can be
// bookmarked and shared. This module maps facets to those parameters and back.
import type { FacetName, FacetValue } from './types.ts';
import { periodEnd } from '../../src/text/periods.ts';

/** Query parameters the search API takes as filters (docs/api.md, GET /search). */
export const FILTER_PARAMS = ['kind', 'site', 'from', 'to', 'place', 'person', 'org', 'cites'] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];
export type SearchParams = Partial<Record<FilterParam | 'q', string>>;

export function readSearchParams(query: Record<string, string>): SearchParams {
  const out: SearchParams = {};
  for (const k of ['q', ...FILTER_PARAMS] as const) {
    const v = query[k];
    if (v) out[k] = v;
  }
  return out;
}

export function searchHref(params: SearchParams): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) qs.set(k, v);
  const s = qs.toString();
  return s ? `/search?${s}` : '/search';
}

export function hasFilters(params: SearchParams): boolean {
  return FILTER_PARAMS.some((k) => Boolean(params[k]));
}

/** The filter parameter a facet sets; topics have none (the API cannot filter by topic). */
const FACET_PARAM: Partial<Record<FacetName, FilterParam>> = {
  kind: 'kind',
  site: 'site',
  place: 'place',
  person: 'person',
  organization: 'org',
  legalRef: 'cites',
};

/** The parameters a click on a facet value sets, or null when the facet is not a filter. */
export function facetFilter(facet: FacetName, v: FacetValue): SearchParams | null {
  if (facet === 'month') {
    if (!/^\d{4}-\d{2}$/.test(v.value)) return null;
    return { from: `${v.value}-01`, to: periodEnd(v.value) };
  }
  const param = FACET_PARAM[facet];
  if (!param) return null;
  // Entity filters take a name; if the facet's value is an entity id, its label is the name.
  const value = /^\d+$/.test(v.value) && facet !== 'kind' && facet !== 'site' ? v.label : v.value;
  return { [param]: value };
}

/** Whether the facet value is the filter in force (so a second click removes it). */
export function facetActive(params: SearchParams, facet: FacetName, v: FacetValue): boolean {
  const f = facetFilter(facet, v);
  if (!f) return false;
  return Object.entries(f).every(([k, val]) => params[k as FilterParam] === val);
}
