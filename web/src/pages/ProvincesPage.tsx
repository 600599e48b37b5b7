// Tỉnh thành: the provinces' map with a table of the same numbers, then the 34 provincial units since
// 1 July 2025 as tiles (former provinces, mentions, figures), a detail panel for the chosen one with a
// link to its page, and the whole crosswalk from the 63 former provinces.
import { useLocation } from 'preact-iso';
import { itemsOf } from '../api.ts';
import { Empty, ErrorBox, Loading } from '../components/Feedback.tsx';
import { ProvinceMapPanel } from '../components/ProvinceMapPanel.tsx';
import { searchHref } from '../search-params.ts';
import { useI18n } from '../i18n.ts';
import type { ProvinceUnit } from '../types.ts';
import { useApi } from '../use-api.ts';
import { useTitle } from '../use-title.ts';

/** A unit that merged with nothing lists only its own former self. */
function unchanged(u: ProvinceUnit): boolean {
  return u.mergedFrom.length === 0 || (u.mergedFrom.length === 1 && u.mergedFrom[0]!.name === u.name);
}

function Detail({ unit }: { unit: ProvinceUnit | null }) {
  const { t, num, date } = useI18n();
  if (!unit) return <p class="hint">{t('prov.select')}</p>;
  return (
    <div data-testid="province-detail">
      <h2>{unit.name}</h2>
      <dl class="pairs">
        {unit.adminCentre && (
          <>
            <dt>{t('prov.adminCentre')}</dt>
            <dd>{unit.adminCentre}</dd>
          </>
        )}
        <dt>{t('prov.mentions')}</dt>
        <dd>{num(unit.mentions)}</dd>
        <dt>{t('common.documents')}</dt>
        <dd>{num(unit.documents)}</dd>
        <dt>{t('prov.observations')}</dt>
        <dd>{num(unit.observations)}</dd>
      </dl>
      <h3 style={{ marginTop: '1rem' }}>{t('prov.crosswalk')}</h3>
      {unchanged(unit) ? (
        <p class="muted">{t('prov.unchanged')}</p>
      ) : (
        <ul class="plain-list">
          {unit.mergedFrom.map((f) => (
            <li key={f.id}>
              {f.name} → <strong>{unit.name}</strong>
              {f.from && <span class="muted"> · {date(f.from)}</span>}
            </li>
          ))}
        </ul>
      )}
      <p style={{ marginTop: '1rem' }}>
        <a class="btn btn-small" href={`/provinces/${encodeURIComponent(unit.id)}`} data-testid="province-open">
          {t('prov.openPage', { name: unit.name })}
        </a>
      </p>
      <p>
        <a href={searchHref({ place: unit.name })}>{t('prov.searchDocs', { name: unit.name })}</a>
      </p>
    </div>
  );
}

function Crosswalk({ units }: { units: ProvinceUnit[] }) {
  const { t, date } = useI18n();
  const rows = units.flatMap((u) => (u.mergedFrom.length ? u.mergedFrom.map((f) => ({ old: f.name, unit: u, from: f.from })) : [{ old: u.name, unit: u, from: null }]));
  rows.sort((a, b) => a.old.localeCompare(b.old, 'vi'));
  return (
    <details class="panel" style={{ marginTop: '1.5rem' }}>
      <summary>
        <strong>{t('prov.crosswalk')}</strong> ({rows.length})
      </summary>
      <div class="table-wrap" style={{ marginTop: '0.75rem' }}>
        <table class="data">
          <thead>
            <tr>
              <th scope="col">{t('prov.old')}</th>
              <th scope="col">{t('prov.new')}</th>
              <th scope="col">{t('common.date')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.old}-${r.unit.id}`}>
                <td>{r.old}</td>
                <td>
                  <a href={`/provinces?unit=${encodeURIComponent(r.unit.id)}`}>{r.unit.name}</a>
                </td>
                <td>{r.from ? date(r.from) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

export function ProvincesPage() {
  const { t, num } = useI18n();
  const { query, route } = useLocation();
  useTitle(t('prov.title'));
  const { data, error, loading, reload } = useApi<unknown>('/provinces');
  const units = itemsOf<ProvinceUnit>(data, 'provinces').slice().sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const selected = units.find((u) => u.id === query.unit) ?? null;
  const select = (id: string) => {
    route(`/provinces?unit=${encodeURIComponent(id)}`, true);
    // Below the tiles on narrow screens: bring the details into view.
    if (window.matchMedia('(max-width: 999px)').matches) requestAnimationFrame(() => document.getElementById('province-panel')?.scrollIntoView({ block: 'start' }));
  };

  return (
    <section>
      <div class="page-head">
        <h1>{t('prov.title')}</h1>
        <p class="muted">
          {t('prov.subtitle')}
          {units.length > 0 && units.length !== 34 ? ` (${units.length})` : ''}
        </p>
        <p>
          <a href="/provinces/league" data-testid="league-link">
            {t('league.open')}
          </a>
        </p>
      </div>
      {loading && !data && <Loading />}
      <ErrorBox error={error} onRetry={reload} />
      {data !== null && units.length === 0 && <Empty />}
      <div class="panel">
        <ProvinceMapPanel />
      </div>
      <h2 class="section-title">{t('prov.units')}</h2>
      <div class="province-layout">
        <ul class="tile-grid">
          {units.map((u) => (
            <li key={u.id}>
              <button type="button" class={`tile${u.mentions + u.observations > 0 ? ' has-data' : ''}`} aria-pressed={selected?.id === u.id} aria-controls="province-panel" onClick={() => select(u.id)} data-testid="province-tile" data-province-id={u.id}>
                <span class="tile-name">{u.name}</span>
                <span class="tile-former">{unchanged(u) ? t('prov.unchanged') : `${t('prov.formerProvinces')}: ${u.mergedFrom.map((f) => f.name).join(', ')}`}</span>
                <span class="tile-counts">
                  <span>
                    <strong>{num(u.mentions)}</strong> {t('prov.mentions').toLowerCase()}
                  </span>
                  <span>
                    <strong>{num(u.observations)}</strong> {t('prov.observations').toLowerCase()}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
        <aside class="side">
          <section id="province-panel" class="panel" aria-live="polite">
            <Detail unit={selected} />
          </section>
        </aside>
      </div>
      {units.length > 0 && <Crosswalk units={units} />}
    </section>
  );
}
