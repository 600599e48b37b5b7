// Bảng xếp hạng: the 34 provincial units on one indicator (GET /indicators/:id/league), with the
// indicator picked among those that have provincial figures. Sorting happens here, on the loaded
// rows, so a click on a column header answers at once; aria-sort tells screen readers the order.
import { useLocation } from 'preact-iso';
import { itemsOf } from '../api.ts';
import { Empty, ErrorBox, Loading } from '../components/Feedback.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { formatValue } from '../format.ts';
import { useI18n } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';
import type { TargetStatus } from '../types.ts';
import { useApi } from '../use-api.ts';
import { useTitle } from '../use-title.ts';

interface Point {
  value: number;
  valueMax: number | null;
  asOf: string;
  origin: 'unit' | 'aggregated';
}
interface Row {
  unit: { id: string; name: string };
  rank: number | null;
  latest: Point | null;
  change: number | null;
  target: { comparator: string; value: number; valueMax: number | null; deadline: string; from: 'unit' | 'stated' | 'national' } | null;
  status: TargetStatus;
  evidenceCount: number;
  former: { id: string; name: string; latest: Point | null }[];
}
interface Table {
  indicator: { id: string; name: { vi: string; en?: string }; unit: string };
  aggregation: { rule: string; statement: { vi: string; en: string } };
  ranked: number;
  rows: Row[];
}
interface ProvincialIndicator {
  id: string;
  name: { vi: string; en?: string };
  unit: string;
  units: number;
}

type Column = 'rank' | 'unit' | 'value' | 'date' | 'change' | 'target' | 'status' | 'evidence';
const COLUMNS: { id: Column; label: MessageKey }[] = [
  { id: 'rank', label: 'league.rank' },
  { id: 'unit', label: 'league.unit' },
  { id: 'value', label: 'league.value' },
  { id: 'date', label: 'league.date' },
  { id: 'change', label: 'league.change' },
  { id: 'target', label: 'league.target' },
  { id: 'status', label: 'league.status' },
  { id: 'evidence', label: 'league.evidence' },
];
const STATUS_ORDER: TargetStatus[] = ['achieved', 'on_track', 'at_risk', 'off_track', 'not_assessable', 'no_data'];
const collator = new Intl.Collator('vi');
const COMPARATOR: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };

/** The value a column sorts on; null (no value) always goes last, whatever the direction. */
function key(row: Row, column: Column): number | string | null {
  switch (column) {
    case 'rank':
      return row.rank;
    case 'unit':
      return row.unit.name;
    case 'value':
      return row.latest?.value ?? null;
    case 'date':
      return row.latest?.asOf ?? null;
    case 'change':
      return row.change;
    case 'target':
      return row.target?.value ?? null;
    case 'status': {
      const i = STATUS_ORDER.indexOf(row.status);
      return i < 0 ? STATUS_ORDER.length : i;
    }
    case 'evidence':
      return row.evidenceCount;
  }
}

export function sortRows(rows: readonly Row[], column: Column, dir: 'ascending' | 'descending'): Row[] {
  const sign = dir === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const ka = key(a, column);
    const kb = key(b, column);
    if (ka === null || kb === null) return ka === kb ? collator.compare(a.unit.name, b.unit.name) : ka === null ? 1 : -1;
    const c = typeof ka === 'string' ? collator.compare(ka, String(kb)) : ka - (kb as number);
    return c * sign || collator.compare(a.unit.name, b.unit.name);
  });
}

function LeagueTableView({ table }: { table: Table }) {
  const i18n = useI18n();
  const { t, num, date, lang, name } = i18n;
  const { query, route, path } = useLocation();
  const column = (COLUMNS.find((c) => c.id === query.sort)?.id ?? 'rank') as Column;
  const dir = query.dir === 'descending' ? 'descending' : 'ascending';
  const rows = sortRows(table.rows, column, dir);
  const sortBy = (c: Column) => {
    const next = c === column && dir === 'ascending' ? 'descending' : 'ascending';
    route(`${path}?indicator=${encodeURIComponent(table.indicator.id)}&sort=${c}&dir=${next}`, true);
  };
  const value = (p: Point | null) => (p ? `${num(p.value)}${p.valueMax !== null ? `–${num(p.valueMax)}` : ''}` : '—');
  return (
    <>
      <p class="muted" data-testid="league-rule">
        <strong>{t('league.rule')}:</strong> {lang === 'en' ? table.aggregation.statement.en : table.aggregation.statement.vi}
      </p>
      <p class="muted">{t('league.ranked', { n: table.ranked, of: table.rows.length })}</p>
      <div class="table-wrap">
        <table class="data" data-testid="league-table">
          <caption class="visually-hidden">{t('league.caption', { name: name(table.indicator.name), unit: table.indicator.unit })}</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.id} scope="col" aria-sort={c.id === column ? dir : 'none'} data-column={c.id}>
                  <button type="button" class="link-button" onClick={() => sortBy(c.id)} data-testid={`sort-${c.id}`}>
                    {t(c.label)}
                    <span aria-hidden="true">{c.id === column ? (dir === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.unit.id} data-testid="league-row" data-unit={r.unit.name}>
                <td>{r.rank ?? '—'}</td>
                <td>
                  <a href={`/provinces/${encodeURIComponent(r.unit.id)}`}>{r.unit.name}</a>
                  {r.former.length > 1 && (
                    <ul class="plain-list muted" style={{ fontSize: '0.85em' }}>
                      {r.former.map((f) => (
                        <li key={f.id}>
                          {f.name}: {value(f.latest)}
                          {f.latest && ` (${date(f.latest.asOf)})`}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td data-value={r.latest?.value ?? ''}>
                  {value(r.latest)}
                  {r.latest?.origin === 'aggregated' && <span class="muted"> ({t('league.aggregated')})</span>}
                </td>
                <td>{r.latest ? date(r.latest.asOf) : '—'}</td>
                <td>{r.change === null ? '—' : `${r.change > 0 ? '+' : ''}${num(r.change)}`}</td>
                <td>{r.target ? `${r.target.comparator === 'between' ? formatValue(i18n, r.target.value, table.indicator.unit, 'range', r.target.valueMax) : `${COMPARATOR[r.target.comparator] ?? ''} ${formatValue(i18n, r.target.value, table.indicator.unit)}`} (${date(r.target.deadline)})${r.target.from === 'national' ? ` · ${t('league.national')}` : ''}` : '—'}</td>
                <td>
                  <StatusBadge status={r.status} />
                </td>
                <td>{num(r.evidenceCount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export function LeaguePage() {
  const { t, name } = useI18n();
  const { query, route, path } = useLocation();
  useTitle(t('league.title'));
  const indicators = useApi<unknown>('/indicators/provincial');
  const list = itemsOf<ProvincialIndicator>(indicators.data, 'items');
  const chosen = query.indicator ?? list[0]?.id ?? null;
  const league = useApi<Table>(chosen ? `/indicators/${encodeURIComponent(chosen)}/league` : null);
  return (
    <section>
      <div class="page-head">
        <h1>{t('league.title')}</h1>
        <p class="muted">{t('league.subtitle')}</p>
      </div>
      {indicators.loading && !indicators.data && <Loading />}
      <ErrorBox error={indicators.error} onRetry={indicators.reload} />
      {indicators.data !== null && list.length === 0 && <Empty>{t('league.noIndicators')}</Empty>}
      {list.length > 0 && (
        <p>
          <label>
            {t('league.indicator')}{' '}
            <select value={chosen ?? ''} onChange={(e) => route(`${path}?indicator=${encodeURIComponent((e.target as HTMLSelectElement).value)}`, true)} data-testid="league-indicator">
              {list.map((i) => (
                <option key={i.id} value={i.id}>
                  {name(i.name)} ({i.unit}) · {t('league.unitsN', { n: i.units })}
                </option>
              ))}
            </select>
          </label>
        </p>
      )}
      {league.loading && !league.data && <Loading />}
      <ErrorBox error={league.error} onRetry={league.reload} />
      {league.data && <LeagueTableView table={league.data} />}
    </section>
  );
}
