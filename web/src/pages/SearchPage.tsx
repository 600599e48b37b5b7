// Tìm kiếm: full-text search with facets. With no query and no filter it lists the latest
// documents, so the demo data is visible on the first visit. Query and filters live in the URL.
import { useLocation } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { apiGet, apiPost, itemsOf, nextCursorOf, type QueryValue } from '../api.ts';
import { useSession } from '../auth.tsx';
import { ErrorBox, Empty, Loading } from '../components/Feedback.tsx';
import { FacetPanel } from '../components/FacetPanel.tsx';
import { LoadMore } from '../components/LoadMore.tsx';
import { SearchResult } from '../components/SearchResult.tsx';
import { DownloadLinks } from '../components/DownloadLinks.tsx';
import { useI18n } from '../i18n.ts';
import { FILTER_PARAMS, facetFilter, hasFilters, readSearchParams, searchHref, type FilterParam, type SearchParams } from '../search-params.ts';
import type { DocumentSummary, FacetName, Facets, FacetValue, SearchHit } from '../types.ts';
import { useApi } from '../use-api.ts';
import { useTitle } from '../use-title.ts';

type Row = SearchHit | DocumentSummary;

interface Results {
  rows: Row[];
  next: string | null;
  total: number | null;
}

const PAGE = 20;

/** The results for the URL's query, with "load more" following nextCursor. */
function useResults(params: SearchParams) {
  const [state, setState] = useState<Results | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const latest = params.q || hasFilters(params) ? false : true;
  const key = JSON.stringify(params);

  const fetchPage = (cursor: string | null, signal?: AbortSignal) => {
    const query: Record<string, QueryValue> = { ...params, limit: PAGE, cursor };
    if (latest) return apiGet<unknown>('/documents', { limit: PAGE, cursor }, signal);
    return apiGet<unknown>('/search', { q: '', ...query }, signal);
  };

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    setState(null);
    fetchPage(null, controller.signal)
      .then((data) => {
        const total = data && typeof data === 'object' && 'total' in data ? Number((data as { total: unknown }).total) : null;
        setState({ rows: itemsOf<Row>(data, 'hits', 'documents'), next: nextCursorOf(data), total: Number.isFinite(total) ? total : null });
      })
      .catch((err: unknown) => {
        if (!(err instanceof DOMException && err.name === 'AbortError')) setError(err);
      })
      .finally(() => setLoading(false));
    return () => controller.abort();
    // `key` stands for params: re-run only when the URL's query changes.
  }, [key]);

  const more = () => {
    if (!state?.next) return;
    setLoading(true);
    fetchPage(state.next)
      .then((data) => setState({ rows: [...state.rows, ...itemsOf<Row>(data, 'hits', 'documents')], next: nextCursorOf(data), total: state.total }))
      .catch(setError)
      .finally(() => setLoading(false));
  };
  return { state, error, loading, more, latest };
}

function ActiveFilters({ params, onRemove }: { params: SearchParams; onRemove: (keys: FilterParam[]) => void }) {
  const { t, date } = useI18n();
  const active = FILTER_PARAMS.filter((k) => params[k]);
  if (active.length === 0) return null;
  // A month facet sets from and to together; show and remove them as one chip.
  const chips: { keys: FilterParam[]; label: string }[] = [];
  if (params.from && params.to && params.from.slice(0, 7) === params.to.slice(0, 7) && params.from.endsWith('-01')) {
    chips.push({ keys: ['from', 'to'], label: `${t('facet.month')}: ${date(params.from.slice(0, 7))}` });
  }
  for (const k of active) {
    if (chips.some((c) => c.keys.includes(k))) continue;
    const v = params[k] ?? '';
    const shown = k === 'kind' ? t(`kind.${v}` as 'kind.article') : k === 'from' || k === 'to' ? date(v) : v;
    chips.push({ keys: [k], label: `${t(`filter.${k}`)}: ${shown}` });
  }
  return (
    <div class="chips" aria-label={t('search.activeFilters')} role="group">
      <span class="muted">{t('search.activeFilters')}:</span>
      {chips.map((c) => (
        <button key={c.keys.join()} type="button" class="chip" onClick={() => onRemove(c.keys)} aria-label={t('search.removeFilter', { label: c.label })}>
          {c.label} <span aria-hidden="true">×</span>
        </button>
      ))}
      {chips.length > 1 && (
        <button type="button" class="link-button" onClick={() => onRemove([...active])}>
          {t('common.clear')}
        </button>
      )}
    </div>
  );
}

/** For a signed-in reader: keep this query and its filters; new matching documents reach the inbox. */
function SaveSearch({ params }: { params: SearchParams }) {
  const { t } = useI18n();
  const { user } = useSession();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(params.q ?? '');
  const [state, setState] = useState<unknown>(null);
  useEffect(() => {
    setOpen(false);
    setState(null);
    setName(params.q ?? params.person ?? params.org ?? params.place ?? params.cites ?? '');
  }, [JSON.stringify(params)]);
  const trend = params.q ? <a class="btn btn-small" href={`/attention?${new URLSearchParams({ q: params.q })}`}>{t('search.trend')}</a> : null;
  if (!user || (!params.q && !hasFilters(params))) return trend;
  const save = async (e: Event) => {
    e.preventDefault();
    const { q, ...filters } = params;
    try {
      await apiPost('/alerts/searches', { name: name.trim() || q || '—', query: q ?? '', filters });
      setState('saved');
      setOpen(false);
    } catch (err) {
      setState(err);
    }
  };
  return (
    <div class="save-search">
      {trend}{' '}
      {!open && state !== 'saved' && (
        <button type="button" class="btn btn-small" onClick={() => setOpen(true)} data-testid="save-search">
          {t('search.save')}
        </button>
      )}
      {open && (
        <form class="inline-form" onSubmit={(e) => void save(e)}>
          <label for="save-search-name">{t('search.saveName')}</label>{' '}
          <input id="save-search-name" type="text" value={name} onInput={(e) => setName(e.currentTarget.value)} data-testid="save-search-name" />{' '}
          <button type="submit" class="btn btn-small btn-primary" data-testid="save-search-submit">
            {t('alerts.save')}
          </button>
        </form>
      )}
      {state === 'saved' && (
        <p role="status" data-testid="save-search-done">
          {t('search.saved')} <a href="/alerts">{t('nav.alerts')}</a>
        </p>
      )}
      {state !== null && state !== 'saved' && <ErrorBox error={state} />}
    </div>
  );
}

export function SearchPage() {
  const { t, num } = useI18n();
  const { query, route } = useLocation();
  const params = readSearchParams(query);
  const [input, setInput] = useState(params.q ?? '');
  const [showFacets, setShowFacets] = useState(false);
  useTitle(params.q ? `${params.q} — ${t('nav.search')}` : t('nav.search'));

  useEffect(() => setInput(params.q ?? ''), [params.q]);

  const { state, error, loading, more, latest } = useResults(params);
  const facetQuery: Record<string, QueryValue> = { q: '', ...params };
  const facets = useApi<Facets>('/search/facets', facetQuery);

  const go = (next: SearchParams) => route(searchHref(next));
  const onSubmit = (e: Event) => {
    e.preventDefault();
    go({ ...params, q: input.trim() || undefined });
  };
  const onToggle = (name: FacetName, v: FacetValue, on: boolean) => {
    const f = facetFilter(name, v);
    if (!f) return;
    const next: SearchParams = { ...params };
    for (const [k, val] of Object.entries(f)) next[k as FilterParam] = on ? val : undefined;
    go(next);
  };
  const onRemove = (keys: FilterParam[]) => {
    const next: SearchParams = { ...params };
    for (const k of keys) delete next[k];
    go(next);
  };

  const heading = latest
    ? `${t('search.latest')}${state?.total ? ` (${num(state.total)})` : ''}`
    : state?.total !== null && state?.total !== undefined
      ? t('search.results', { n: num(state.total) })
      : state
        ? t('search.results', { n: num(state.rows.length) + (state.next ? '+' : '') })
        : '';

  return (
    <section class="search-page">
      <h1>{t('search.title')}</h1>
      {/* The form is not printed: the printed page says what was searched. */}
      {params.q && <p class="print-only">{t('search.label')}: “{params.q}”</p>}
      <form class="search-form" role="search" onSubmit={onSubmit}>
        <label for="search-q" class="visually-hidden">
          {t('search.label')}
        </label>
        <input
          id="search-q"
          type="search"
          name="q"
          value={input}
          onInput={(e) => setInput(e.currentTarget.value)}
          placeholder={t('search.placeholder')}
          autocomplete="off"
          aria-describedby="search-hint"
          data-testid="search-input"
        />
        <button type="submit" class="btn btn-primary" data-testid="search-submit">
          {t('search.submit')}
        </button>
      </form>
      <p id="search-hint" class="hint">
        {t('search.hint')}
      </p>
      <ActiveFilters params={params} onRemove={onRemove} />
      <SaveSearch params={params} />

      <div class="search-layout">
        <div class={`facet-column${showFacets ? ' open' : ''}`}>
          <button type="button" class="btn btn-small facet-toggle" aria-expanded={showFacets} aria-controls="facet-panel" onClick={() => setShowFacets(!showFacets)}>
            {t('search.facets')}
          </button>
          <div id="facet-panel">{facets.data && <FacetPanel facets={facets.data} params={params} onToggle={onToggle} />}</div>
        </div>
        <div class="results" aria-busy={loading}>
          <h2 class="results-heading" aria-live="polite">
            {heading}
          </h2>
          {state && state.rows.length > 0 && <DownloadLinks path="/export/search" query={{ ...params }} testId="search-downloads" />}
          <ErrorBox error={error} />
          {state && state.rows.length === 0 && !error && <Empty>{t('search.noResults')}</Empty>}
          {state && (
            <ol class="result-list">
              {state.rows.map((row) => (
                <SearchResult key={row.id} row={row} />
              ))}
            </ol>
          )}
          {loading && !state && <Loading />}
          {state?.next && <LoadMore onClick={more} loading={loading} />}
        </div>
      </div>
    </section>
  );
}
