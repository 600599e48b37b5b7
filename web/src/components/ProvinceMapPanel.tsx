// The provinces' map with its controls and, beside it, a table of the same numbers: what is measured
// (an indicator with provincial values, or mentions and figures in the corpus), coloured by value or
// by status, on the 34 units or the 63 former provinces. An indicator whose figures all date before
// 1 July 2025 opens on the 63-province map.
import { useState } from 'preact/hooks';
import { itemsOf } from '../api.ts';
import { formatValue } from '../format.ts';
import { useI18n } from '../i18n.ts';
import type { ProvinceFigures, ProvinceUnit } from '../types.ts';
import { useApi } from '../use-api.ts';
import { ErrorBox } from './Feedback.tsx';
import { ProvinceMap, type MapMode, type MapValue, type MapView } from './ProvinceMap.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { internalHref } from '../links.ts';

/** `mentions` and `figures` count the corpus; anything else is an indicator id. */
type Measure = 'mentions' | 'figures' | string;

interface Row {
  id: string;
  name: string;
  value: number | null;
  text: string;
  asOf: string | null;
  rank: number | null;
  status: MapValue['status'];
}

export function ProvinceMapPanel({ compact = false }: { compact?: boolean }) {
  const i18n = useI18n();
  const { t, name, date } = i18n;
  const [measure, setMeasure] = useState<Measure | null>(null);
  const [mode, setMode] = useState<MapMode>('value');
  const [chosenView, setView] = useState<MapView | null>(null);
  const units = useApi<unknown>('/provinces');
  const isIndicator = measure !== null && measure !== 'mentions' && measure !== 'figures';
  const figures = useApi<ProvinceFigures>('/provinces/figures', { indicator: isIndicator ? measure : undefined });
  const indicators = figures.data?.indicators ?? [];
  // Until the reader chooses: the first indicator with provincial values, else mentions.
  const current: Measure = measure ?? figures.data?.indicator ?? 'mentions';
  const indicator = indicators.find((i) => i.id === current) ?? null;
  const items = indicator && figures.data?.indicator === indicator.id ? figures.data.items : [];
  const autoView: MapView = indicator && items.length > 0 && items.every((f) => f.view === 'provinces63') ? 'provinces63' : 'units34';
  const view = indicator ? (chosenView ?? autoView) : 'units34';
  const effectiveMode = indicator ? mode : 'value';

  let rows: Row[];
  if (indicator) {
    rows = items
      .filter((f) => f.view === view)
      .map((f) => ({ id: f.province, name: f.name, value: f.value, text: formatValue(i18n, f.value, f.unitOfMeasure ?? indicator.unit, f.qualifier, f.valueMax), asOf: f.asOf, rank: f.rank, status: f.status ?? 'no_data' }));
  } else {
    const list = itemsOf<ProvinceUnit>(units.data, 'provinces');
    const counts = list.map((u) => (current === 'figures' ? u.observations : u.mentions));
    const sorted = [...counts].sort((a, b) => b - a);
    rows = list.map((u, k) => {
      const v = counts[k]!;
      return { id: u.id, name: u.name, value: v, text: t(current === 'figures' ? 'map.figuresN' : 'map.mentionsN', { n: i18n.num(v) }), asOf: null, rank: sorted.indexOf(v) + 1, status: null };
    });
  }
  rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.name.localeCompare(b.name, 'vi'));
  const values = new Map<string, MapValue>(rows.map((r) => [r.id, { value: r.value, text: r.text, status: r.status }]));
  const measureLabel = indicator ? name(indicator.name) : t(current === 'figures' ? 'map.measure.figures' : 'map.measure.mentions');
  const hrefOf = (_id: string, unit: string) => `/provinces/${encodeURIComponent(unit)}`;
  const tableId = compact ? 'map-table-compact' : 'map-table';

  return (
    <section class={`map-panel${compact ? ' compact' : ''}`} aria-labelledby="map-title">
      <h2 id="map-title">{t('map.title')}</h2>
      <div class="map-controls">
        <label>
          {t('map.measure')}{' '}
          <select value={current} onChange={(e) => { setMeasure((e.target as HTMLSelectElement).value); setView(null); }} data-testid="map-measure">
            {indicators.map((i) => (
              <option key={i.id} value={i.id}>
                {name(i.name)}
              </option>
            ))}
            <option value="mentions">{t('map.measure.mentions')}</option>
            <option value="figures">{t('map.measure.figures')}</option>
          </select>
        </label>
        {indicator && (
          <fieldset class="segmented">
            <legend class="visually-hidden">{t('map.colourBy')}</legend>
            <label>
              <input type="radio" name="map-mode" checked={mode === 'value'} onChange={() => setMode('value')} /> {t('map.byValue')}
            </label>
            <label>
              <input type="radio" name="map-mode" checked={mode === 'status'} onChange={() => setMode('status')} /> {t('map.byStatus')}
            </label>
          </fieldset>
        )}
        {indicator && (
          <fieldset class="segmented">
            <legend class="visually-hidden">{t('map.view')}</legend>
            <label>
              <input type="radio" name="map-view" checked={view === 'units34'} onChange={() => setView('units34')} data-testid="map-view-34" /> {t('map.view34')}
            </label>
            <label>
              <input type="radio" name="map-view" checked={view === 'provinces63'} onChange={() => setView('provinces63')} data-testid="map-view-63" /> {t('map.view63')}
            </label>
          </fieldset>
        )}
      </div>
      <ErrorBox error={units.error ?? figures.error} />
      {/* 34 or 63 Tab stops: keyboard users may go straight to the table instead. */}
      <button type="button" class="skip-map" onClick={() => document.getElementById(tableId)?.focus()} data-testid="map-skip">
        {t('map.skip')}
      </button>
      <div class="map-layout">
        <ProvinceMap view={view} mode={effectiveMode} values={values} label={t('map.label', { measure: measureLabel })} hrefOf={hrefOf} />
        <div class="table-wrap map-table">
          <table class="data" data-testid="map-table" id={tableId} tabIndex={-1}>
            <caption class="visually-hidden">{t('map.tableCaption', { measure: measureLabel })}</caption>
            <thead>
              <tr>
                <th scope="col" class="num">{t('tasks.rank')}</th>
                <th scope="col">{view === 'units34' ? t('map.unit') : t('prov.old')}</th>
                <th scope="col" class="num">{t('doc.value')}</th>
                {indicator && <th scope="col">{t('common.date')}</th>}
                {indicator && effectiveMode === 'status' && <th scope="col">{t('tasks.status')}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-testid="map-row" data-province-id={r.id}>
                  <td class="num">{r.rank ?? '—'}</td>
                  <th scope="row">
                    <a href={internalHref(hrefOf(r.id, view === 'units34' ? r.id : (items.find((f) => f.province === r.id)?.unit ?? r.id)))}>{r.name}</a>
                  </th>
                  <td class="num" data-testid="map-row-value">{r.text}</td>
                  {indicator && <td>{date(r.asOf)}</td>}
                  {indicator && effectiveMode === 'status' && <td>{r.status ? <StatusBadge status={r.status as 'no_data'} /> : '—'}</td>}
                </tr>
              ))}
            </tbody>
          </table>
          {indicator && rows.length === 0 && <p class="hint">{t('map.noneInView')}</p>}
        </div>
      </div>
    </section>
  );
}
