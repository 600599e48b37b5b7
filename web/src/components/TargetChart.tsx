// A target's observations over time: reported values as points (joined thinly to read the path),
// values that documents state as targets as triangles, the target itself as a dashed horizontal
// line up to the deadline, and the server's projection (trend.projected at the deadline) as a
// dashed line from the latest value. Time is a linear axis in milliseconds, formatted here, so no
// date adapter is needed.
import { useEffect, useRef } from 'preact/hooks';
import { Chart, COLORS } from '../charts.ts';
import { observationValue, periodEnd, timeOf } from '../format.ts';
import { formatDate, useI18n } from '../i18n.ts';
import type { Observation, TargetAssessment } from '../types.ts';

interface Point {
  x: number;
  y: number;
  label: string;
}

const DAY = 86_400_000;

/** Points in date order: the line joins them as drawn, so text order (`2025` before `2025-10`) would run it backwards. */
function points(obs: readonly Observation[], describe: (o: Observation) => string): Point[] {
  return obs
    .filter((o) => o.asOf)
    .map((o) => ({ x: timeOf(o.asOf!), y: o.value, label: `${formatDate(o.asOf)}: ${describe(o)}` }))
    .sort((a, b) => a.x - b.x);
}

export function hasChartData(a: TargetAssessment): boolean {
  return a.series.length > 0 || a.evidence.some((o) => o.asOf !== null);
}

export function TargetChart({ assessment, height = 280 }: { assessment: TargetAssessment; height?: number }) {
  const i18n = useI18n();
  const { t, num, name } = i18n;
  const canvas = useRef<HTMLCanvasElement>(null);
  const { target, series, evidence, trend, latest } = assessment;
  const unit = target.unit ?? assessment.indicator?.unit ?? '';
  const describe = (o: Observation) => observationValue(i18n, o, unit);
  const reported = points(series, describe);
  const stated = points(
    evidence.filter((o) => o.stance === 'target'),
    describe,
  );
  const deadlineX = timeOf(target.deadline);
  const xs = [...reported, ...stated].map((p) => p.x).concat(deadlineX);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const pad = Math.max((maxX - minX) * 0.04, 15 * DAY);
  const ariaLabel = t('prog.chartLabel', { name: name(target.name) });

  useEffect(() => {
    if (!canvas.current) return;
    const datasets: NonNullable<ConstructorParameters<typeof Chart>[1]['data']>['datasets'] = [
      {
        type: 'line',
        label: t('prog.reported'),
        data: reported,
        borderColor: COLORS.reported,
        backgroundColor: COLORS.reported,
        borderWidth: 1.5,
        pointRadius: 5,
        pointHoverRadius: 7,
        showLine: reported.length > 1,
      },
    ];
    if (stated.length > 0) {
      datasets.push({
        type: 'line',
        label: t('prog.targetStance'),
        data: stated,
        borderColor: COLORS.stated,
        backgroundColor: COLORS.stated,
        pointStyle: 'triangle',
        pointRadius: 6,
        showLine: false,
      });
    }
    for (const v of [target.value, target.comparator === 'between' ? target.valueMax : undefined]) {
      if (v === undefined) continue;
      datasets.push({
        type: 'line',
        label: t('prog.targetLine'),
        data: [
          { x: minX - pad, y: v, label: `${t('prog.targetLine')}: ${num(v)}` },
          { x: deadlineX, y: v, label: `${t('prog.targetLine')} (${formatDate(periodEnd(target.deadline))}): ${num(v)}` },
        ],
        borderColor: COLORS.target,
        backgroundColor: COLORS.target,
        borderDash: [6, 4],
        borderWidth: 2,
        pointRadius: [0, 4],
      });
    }
    if (trend && latest?.asOf) {
      datasets.push({
        type: 'line',
        label: t('prog.trendLine'),
        data: [
          { x: timeOf(latest.asOf), y: latest.value, label: `${formatDate(latest.asOf)}: ${num(latest.value)}` },
          { x: deadlineX, y: trend.projected, label: `${t('prog.projection')}: ${num(trend.projected)}` },
        ],
        borderColor: COLORS.trend,
        backgroundColor: COLORS.trend,
        borderDash: [3, 4],
        borderWidth: 2,
        pointRadius: [0, 4],
        pointStyle: 'rectRot',
      });
    }
    const chart = new Chart(canvas.current, {
      type: 'line',
      data: { datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        parsing: false,
        interaction: { mode: 'nearest', intersect: false },
        plugins: {
          legend: { position: 'bottom', labels: { usePointStyle: true, boxHeight: 8 } },
          tooltip: {
            callbacks: {
              title: () => '',
              label: (c) => (c.raw as Point).label,
            },
          },
        },
        scales: {
          x: {
            type: 'linear',
            min: minX - pad,
            max: maxX + pad,
            grid: { color: COLORS.grid },
            ticks: {
              maxTicksLimit: 6,
              callback: (v) => {
                const d = new Date(Number(v));
                return `${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
              },
            },
          },
          y: {
            beginAtZero: unit.startsWith('%'),
            grid: { color: COLORS.grid },
            ticks: { callback: (v) => num(Number(v)) },
          },
        },
      },
    });
    return () => chart.destroy();
    // The assessment object is stable per load; redraw when it or the language changes.
  }, [assessment, i18n]);

  return (
    <div class="chart-box">
      <div class="chart-canvas" style={{ height: `${height}px` }}>
        <canvas ref={canvas} role="img" aria-label={ariaLabel} data-testid="target-chart" />
      </div>
      {/* A table is sized by its content whatever its width says: hide it inside a clipped box. */}
      <div class="visually-hidden">
      <table>
        <caption>{ariaLabel}</caption>
        <tbody>
          {[...reported, ...stated].map((p, i) => (
            <tr key={i}>
              <td>{p.label}</td>
            </tr>
          ))}
          {trend && (
            <tr>
              <td>
                {t('prog.projection')}: {num(trend.projected)}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      </div>
    </div>
  );
}
