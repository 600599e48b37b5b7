// Facet counts beside the search results. A value is a toggle button (aria-pressed): it adds the
// matching filter to the URL, a second press removes it. Topics are counts only.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n.ts';
import { topicName } from '../topics.ts';
import { facetActive, facetFilter, type SearchParams } from '../search-params.ts';
import type { FacetName, Facets, FacetValue } from '../types.ts';

const ORDER: FacetName[] = ['kind', 'month', 'site', 'topic', 'organization', 'person', 'place', 'legalRef'];
const SHOWN = 6;

function FacetGroup({ name, values, params, onToggle }: { name: FacetName; values: FacetValue[]; params: SearchParams; onToggle: (name: FacetName, v: FacetValue, on: boolean) => void }) {
  const i18n = useI18n();
  const { t, num, date } = i18n;
  const [all, setAll] = useState(false);
  const shown = all ? values : values.slice(0, SHOWN);
  const label = (v: FacetValue) => {
    if (name === 'kind') return t(`kind.${v.value}` as 'kind.article');
    if (name === 'month') return date(v.value);
    if (name === 'topic') return topicName(i18n, v.value, v.label || v.value);
    return v.label || v.value;
  };
  return (
    <section class="facet" aria-labelledby={`facet-${name}`}>
      <h3 id={`facet-${name}`}>{t(`facet.${name}`)}</h3>
      <ul>
        {shown.map((v) => {
          const clickable = facetFilter(name, v) !== null;
          const active = facetActive(params, name, v);
          return (
            <li key={v.value}>
              {clickable ? (
                <button type="button" class={`facet-value${active ? ' active' : ''}`} aria-pressed={active} onClick={() => onToggle(name, v, !active)} data-testid={`facet-${name}`}>
                  <span class="facet-label">{label(v)}</span>
                  <span class="facet-count">{num(v.count)}</span>
                </button>
              ) : (
                <span class="facet-value static">
                  <span class="facet-label">{label(v)}</span>
                  <span class="facet-count">{num(v.count)}</span>
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {values.length > SHOWN && (
        <button type="button" class="link-button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('common.hide') : `${t('common.show')} ${t('common.all').toLowerCase()} (${values.length})`}
        </button>
      )}
    </section>
  );
}

export function FacetPanel({ facets, params, onToggle }: { facets: Facets; params: SearchParams; onToggle: (name: FacetName, v: FacetValue, on: boolean) => void }) {
  const { t } = useI18n();
  const groups = ORDER.filter((n) => (facets[n]?.length ?? 0) > 0);
  if (groups.length === 0) return null;
  return (
    <aside class="facets" aria-label={t('search.facets')}>
      <h2 class="visually-hidden-mobile">{t('search.facets')}</h2>
      {groups.map((n) => (
        <FacetGroup key={n} name={n} values={facets[n] ?? []} params={params} onToggle={onToggle} />
      ))}
    </aside>
  );
}
