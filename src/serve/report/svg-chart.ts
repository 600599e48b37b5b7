// A target's values as a small line chart in SVG, drawn here rather than by Chart.js: the report is
// one self-contained file printed by a browser without scripts, and SVG keeps its lines sharp in
// the PDF. Values on a time axis (a period stands for its last day), the target as a dashed line.
import { dayNumber } from '../../track/dates.ts';
import type { ReportChart } from '../../track/report/report-data.ts';
import { formatDate, formatNumber } from '../../track/report/format.ts';
import { escapeHtml } from './escape.ts';

const W = 320;
const H = 170;
const PAD = { left: 46, right: 12, top: 14, bottom: 30 };

/** Round ticks covering lo..hi (about four). */
function ticks(lo: number, hi: number): number[] {
  const span = hi - lo || Math.abs(hi) || 1;
  const raw = span / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  // From the round value at or below lo to the first at or above hi, so every value lies inside.
  for (let v = Math.floor(lo / step) * step; ; v += step) {
    out.push(Number(v.toPrecision(12)));
    if (v >= hi - step * 1e-9) return out;
  }
}

export function chartSvg(chart: ReportChart): string {
  const days = chart.points.map((p) => dayNumber(p.asOf));
  const values = chart.points.map((p) => p.value);
  for (const t of chart.targets) values.push(t);
  const yTicks = ticks(Math.min(0, ...values), Math.max(...values));
  const y0 = yTicks[0]!;
  const y1 = yTicks[yTicks.length - 1]!;
  let d0 = Math.min(...days);
  let d1 = Math.max(...days);
  if (d1 - d0 < 60) {
    d0 -= 45;
    d1 += 45;
  }
  const x = (d: number) => PAD.left + ((d - d0) / (d1 - d0)) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - ((v - y0) / (y1 - y0 || 1)) * (H - PAD.top - PAD.bottom);
  const parts: string[] = [];
  for (const t of yTicks) {
    parts.push(`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" stroke="#ddd" stroke-width="0.6"/>`);
    parts.push(`<text x="${PAD.left - 4}" y="${(y(t) + 3).toFixed(1)}" text-anchor="end" font-size="9">${escapeHtml(formatNumber(t))}</text>`);
  }
  for (const target of chart.targets) {
    const ty = y(target).toFixed(1);
    parts.push(`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${ty}" y2="${ty}" stroke="#b00" stroke-width="1.2" stroke-dasharray="5 3"/>`);
    // At the left end: the latest value's label sits at the right end.
    parts.push(`<text x="${PAD.left + 3}" y="${(Number(ty) - 3).toFixed(1)}" font-size="9" fill="#b00">mục tiêu ${escapeHtml(formatNumber(target))}</text>`);
  }
  const pts = chart.points.map((p) => `${x(dayNumber(p.asOf)).toFixed(1)},${y(p.value).toFixed(1)}`);
  if (pts.length > 1) parts.push(`<polyline points="${pts.join(' ')}" fill="none" stroke="#1f4e9c" stroke-width="1.8"/>`);
  for (const [i, p] of chart.points.entries()) {
    const cx = x(dayNumber(p.asOf)).toFixed(1);
    const cy = y(p.value).toFixed(1);
    parts.push(`<circle cx="${cx}" cy="${cy}" r="3" fill="#1f4e9c"><title>${escapeHtml(`${formatDate(p.asOf)}: ${formatNumber(p.value)}`)}</title></circle>`);
    // Value labels on the first and last points only, so that they do not overlap.
    // Anchored inwards, so that neither runs into the axis labels or off the chart.
    if (i === 0 || i === chart.points.length - 1) {
      const anchor = chart.points.length === 1 ? 'middle' : i === 0 ? 'start' : 'end';
      parts.push(`<text x="${cx}" y="${(Number(cy) - 6).toFixed(1)}" text-anchor="${anchor}" font-size="9" fill="#1f4e9c">${escapeHtml(formatNumber(p.value))}</text>`);
    }
  }
  const first = chart.points[0]!;
  const last = chart.points[chart.points.length - 1]!;
  parts.push(`<text x="${PAD.left}" y="${H - 10}" font-size="9">${escapeHtml(formatDate(first.asOf))}</text>`);
  if (last !== first) parts.push(`<text x="${W - PAD.right}" y="${H - 10}" text-anchor="end" font-size="9">${escapeHtml(formatDate(last.asOf))}</text>`);
  parts.push(`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${H - PAD.bottom}" y2="${H - PAD.bottom}" stroke="#555" stroke-width="0.8"/>`);
  const label = `${chart.title}${chart.unit ? ` (${chart.unit})` : ''}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(label)}" font-family="Times New Roman, serif">${parts.join('')}</svg>`;
}
