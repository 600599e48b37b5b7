// Build of the web app: `npm run build` (from the repo root) writes web/dist/, which the HTTP server
// serves at `/`. In development (`npx vite --config web/vite.config.ts`) API calls go to a running
// `radar57 serve` on port 5757, so the app and the API share an origin as they do in production.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

const webDir = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webDir,
  base: '/',
  plugins: [preact()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // Everything is bundled (no CDN); Chart.js gets its own chunk, loaded only by pages with charts.
    chunkSizeWarningLimit: 300,
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:5757',
    },
  },
});
