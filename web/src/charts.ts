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

export { Chart };
export const ACCENT = '#1d4f91';
export const COLORS = {
  reported: '#1d4f91',
  stated: '#7c3aed',
  target: '#b42318',
  trend: '#c2410c',
  grid: '#e5e7eb',
};
