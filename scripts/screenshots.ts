// Regenerates docs/screenshots/*.png: each main page of the web app over the demo data, in
// Debian's chromium (npm run build first). `npm run screenshots`.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { startDemoServer } from '../src/serve/http/demo-server.ts';
import { chromiumMissing, launchBrowser } from '../test/e2e/browser.ts';

const OUT = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const PASSWORD = 'screenshot-demo-password';

interface Shot {
  name: string;
  path: string;
  /** Logged in as this demo account (default: anonymous reader). */
  as?: string;
  /** Waits for this selector before the picture. */
  ready: string;
  width?: number;
  height?: number;
}

const SHOTS: Shot[] = [
  { name: 'search', path: '/search?q=chuy%E1%BB%83n%20%C4%91%E1%BB%95i%20s%E1%BB%91', ready: '[data-testid="search-result"]' },
  { name: 'document', path: '/documents/{article}', ready: '[data-testid="fact"]' },
  { name: 'programme', path: '/programme', ready: '[data-testid="target-card"]' },
  { name: 'target-5g', path: '/programme/targets/5g_population_coverage_2025', ready: '[data-testid="target-chart"]' },
  { name: 'tasks', path: '/tasks', as: 'bientap', ready: 'main' },
  { name: 'provinces', path: '/provinces', ready: 'main' },
  { name: 'entity', path: '/entities/{person}', ready: 'canvas' },
  { name: 'review', path: '/review', as: 'bientap', ready: 'main' },
  { name: 'audit', path: '/audit', as: 'bientap', ready: '[data-testid="audit-row"]' },
  { name: 'search-mobile', path: '/search?q=5G', ready: '[data-testid="search-result"]', width: 390, height: 844 },
];

async function login(page: Page, base: string, username: string): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

const missing = chromiumMissing();
if (missing) {
  console.error(`cannot take screenshots: ${missing}`);
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });
const server = await startDemoServer({ password: PASSWORD });
const browser = await launchBrowser();
try {
  const article = (await server.store.search('"12.106 trạm 5G"', { limit: 1 }))[0]!.id;
  const person = (await server.store.findEntities('Tô Lâm', { kind: 'person' }))[0]!.id;
  // A task, so that the tasks page has something to show.
  await server.store.tasks.add({ key: 'NV-DEMO-1', title: 'Vận hành hệ thống thông tin giám sát Nghị quyết 57', setBy: '03-TB/BCĐTW', agency: 'vp-tw-dang', deadline: '2025-05-20', status: { status: 'hoan_thanh', at: '2025-05-20', evidence: 'https://dientuungdung.vn/ra-mat-he-sinh-thai-so-phuc-vu-nghi-quyet-57-10097.html' } }, 'demo');
  for (const shot of SHOTS) {
    const context = await browser.newContext({ viewport: { width: shot.width ?? 1280, height: shot.height ?? 800 }, locale: 'vi-VN' });
    const page = await context.newPage();
    if (shot.as) await login(page, server.url, shot.as);
    await page.goto(server.url + shot.path.replace('{article}', String(article)).replace('{person}', String(person)));
    await page.waitForSelector(shot.ready, { timeout: 15_000 });
    await page.waitForTimeout(1500); // chart animations settle (Chart.js animates for 1 s)
    await page.screenshot({ path: `${OUT}${shot.name}.png`, fullPage: false });
    console.log(`docs/screenshots/${shot.name}.png`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
