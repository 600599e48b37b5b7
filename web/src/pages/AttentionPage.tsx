// Xu hướng: how much of the corpus each of up to three searches matched, per week or month, as a
// share of all documents of the period (so a growing corpus does not make every topic rise); the
// raw counts are in the tooltip and in the table. Optionally one line per source group.
import { useLocation } from 'preact-iso';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Chart, COLORS } from '../charts.ts';
import { ErrorBox, Loading } from '../components/Feedback.tsx';
import { useI18n } from '../i18n.ts';
import { useApi } from '../use-api.ts';
import { useTitle } from '../use-title.ts';
import type { AttentionResult } from '../../../src/track/attention.ts';

const PALETTE = ['#1d4f91', '#b42318', '#15803d', '#7c3aed', '#c2410c', '#0e7490', '#a16207', '#be185d', '#4b5563'];
const MAX_QUERIES = 3;

/** `2025-07` as 07/2025, `2025-W27` as T27/2025 (tuần 27). */
function periodLabel(period: string, date: (iso: string) => string): string {
  const week = /^(\d{4})-W(\d{2})$/.exec(period);
  return week ? `T${week[2]}/${week[1]}` : date(period);
}

function AttentionChart({ result }: { result: AttentionResult }) {
  const { t, num, date } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const label = (s: AttentionResult['series'][number]) => (s.group === null && result.series.every((x) => x.group === null) ? s.query : `${s.query} — ${s.group ?? t('attention.noGroup')}`);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'line',
      data: {
        labels: result.periods.map((p) => periodLabel(p, date)),
        datasets: result.series.map((s, i) => ({
          label: label(s),
          data: s.points.map((p) => p.share * 100),
          borderColor: PALETTE[i % PALETTE.length],
          backgroundColor: PALETTE[i % PALETTE.length],
          tension: 0.2,
          pointRadius: 3,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        plugins: {
          legend: { display: true, position: 'bottom' },
          tooltip: {
            callbacks: {
              label: (c) => {
                const p = result.series[c.datasetIndex]!.points[c.dataIndex]!;
                return t('attention.tooltip', { query: c.dataset.label ?? '', matches: num(p.matches), total: num(p.total), share: `${num(p.share * 100, 1)} %` });
              },
            },
          },
        },
        scales: {
          x: { grid: { display: false } },
          y: { beginAtZero: true, title: { display: true, text: t('attention.share') }, ticks: { callback: (v) => `${num(Number(v))} %` }, grid: { color: COLORS.grid } },
        },
      },
    });
    return () => chart.destroy();
  }, [result, t, num, date]);
  return (
    <div class="chart-box">
      <div class="chart-canvas">
        <canvas ref={canvas} role="img" aria-label={t('attention.title')} data-testid="attention-chart" />
      </div>
      <div class="table-wrap">
        <table class="data" data-testid="attention-table">
          <thead>
            <tr>
              <th scope="col">{t('attention.period')}</th>
              {result.series.map((s) => (
                <th scope="col" key={label(s)}>
                  {label(s)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.periods.map((period, i) => (
              <tr key={period}>
                <th scope="row">{periodLabel(period, date)}</th>
                {result.series.map((s) => {
                  const p = s.points[i]!;
                  return (
                    <td key={label(s)}>
                      {num(p.share * 100, 1)} % <span class="muted">({num(p.matches)}/{num(p.total)})</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export function AttentionPage() {
  const { t, num } = useI18n();
  const { query, url, route } = useLocation();
  useTitle(t('attention.title'));
  const fromUrl = new URLSearchParams(url.split('?')[1] ?? '').getAll('q');
  const [inputs, setInputs] = useState<string[]>(() => Array.from({ length: MAX_QUERIES }, (_, i) => fromUrl[i] ?? ''));
  const interval = query.interval === 'week' ? 'week' : 'month';
  const byGroup = query.by === 'group';
  const [intervalInput, setIntervalInput] = useState(interval);
  const [groupInput, setGroupInput] = useState(byGroup);
  const qs = new URLSearchParams();
  for (const q of fromUrl) qs.append('q', q);
  qs.set('interval', interval);
  if (byGroup) qs.set('by', 'group');
  const { data, error, loading } = useApi<AttentionResult>(fromUrl.length > 0 ? `/attention?${qs}` : null);

  const submit = (e: Event) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const q of inputs.map((v) => v.trim()).filter(Boolean)) next.append('q', q);
    next.set('interval', intervalInput);
    if (groupInput) next.set('by', 'group');
    route(`/attention?${next}`);
  };

  return (
    <section class="attention-page">
      <h1>{t('attention.title')}</h1>
      <p class="hint">{t('attention.intro')}</p>
      <form class="filters" onSubmit={submit}>
        {inputs.map((v, i) => (
          <div class="field" key={i}>
            <label for={`attention-q${i}`}>{t('attention.query', { n: i + 1 })}</label>
            <input id={`attention-q${i}`} type="search" value={v} data-testid={`attention-q${i}`} onInput={(e) => setInputs(inputs.map((x, j) => (j === i ? e.currentTarget.value : x)))} />
          </div>
        ))}
        <div class="field">
          <label for="attention-interval">{t('attention.interval')}</label>
          <select id="attention-interval" value={intervalInput} onChange={(e) => setIntervalInput(e.currentTarget.value === 'week' ? 'week' : 'month')}>
            <option value="month">{t('attention.month')}</option>
            <option value="week">{t('attention.week')}</option>
          </select>
        </div>
        <label class="check">
          <input type="checkbox" checked={groupInput} onChange={(e) => setGroupInput(e.currentTarget.checked)} /> {t('attention.byGroup')}
        </label>
        <button type="submit" class="btn btn-primary" data-testid="attention-submit">
          {t('attention.show')}
        </button>
      </form>
      {loading && !data && <Loading />}
      <ErrorBox error={error} />
      {data && <AttentionChart result={data} />}
      {data && data.undated > 0 && <p class="hint">{t('attention.undated', { n: num(data.undated) })}</p>}
    </section>
  );
}
