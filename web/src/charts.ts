// Chart.js with only the parts the app draws: bar charts (mentions per month) and line/scatter
// charts (a target's observations). Registering piecemeal keeps the rest of the library out of the
// bundle; this module is imported only by the pages that draw charts.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, ScatterController, Tooltip, Legend);
Chart.defaults.font.family = getComputedStyle(document.documentElement).getPropertyValue('--font').trim() || 'system-ui, sans-serif';
Chart.defaults.color = '#374151';
Chart.defaults.animation = window.matchMedia('(prefers-reduced-motion: reduce)').matches ? false : Chart.defaults.animation;

// Printing: the page is laid out again at the paper's width, and each chart must be redrawn at
// once at its printed size (an animated redraw would be printed half-way through). Chart.js
// redraws on resize; here it is made immediate for as long as the page is printed.
function redrawForPrint(printing: boolean): void {
  for (const chart of Object.values(Chart.instances)) {
    chart.resize();
    chart.update(printing ? 'none' : undefined);
  }
}
window.matchMedia('print').addEventListener('change', (e) => redrawForPrint(e.matches));
window.addEventListener('beforeprint', () => redrawForPrint(true));
window.addEventListener('afterprint', () => redrawForPrint(false));

export { Chart };
export const ACCENT = '#1d4f91';
export const COLORS = {
  reported: '#1d4f91',
  stated: '#7c3aed',
  target: '#b42318',
  trend: '#c2410c',
  grid: '#e5e7eb',
};
