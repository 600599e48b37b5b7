// A small bar chart (Chart.js) with a data table for screen readers and for anyone who prefers numbers.
import { useEffect, useRef } from 'preact/hooks';
import { Chart, COLORS } from '../charts.ts';
import { useI18n } from '../i18n.ts';

interface Props {
  labels: string[];
  values: number[];
  label: string;
  ariaLabel: string;
  testId?: string;
}

export function BarChart({ labels, values, label, ariaLabel, testId }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { num } = useI18n();
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: { labels, datasets: [{ label, data: values, backgroundColor: COLORS.reported, borderRadius: 3, maxBarThickness: 48 }] },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { display: false }, tooltip: { callbacks: { label: (c) => `${label}: ${num(Number(c.raw))}` } } },
        scales: {
          x: { grid: { display: false } },
          y: { beginAtZero: true, ticks: { precision: 0, callback: (v) => num(Number(v)) }, grid: { color: COLORS.grid } },
        },
      },
    });
    return () => chart.destroy();
  }, [labels.join('|'), values.join('|'), label, num]);
  return (
    <div class="chart-box">
      <div class="chart-canvas">
        <canvas ref={canvas} role="img" aria-label={ariaLabel} data-testid={testId} />
      </div>
      {/* A table is sized by its content whatever its width says: hide it inside a clipped box. */}
      <div class="visually-hidden">
      <table>
        <caption>{ariaLabel}</caption>
        <tbody>
          {labels.map((l, i) => (
            <tr key={l}>
              <th scope="row">{l}</th>
              <td>{num(values[i] ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </div>
  );
}
