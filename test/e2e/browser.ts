// Debian's chromium driven by playwright-core (never a downloaded browser), over the demo server.
// Without chromium on the machine, or without the built app, the browser tests skip and say why;
// .ci/run installs chromium and `npm test` builds the app, so CI always runs them.
import { after, before } from 'node:test';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startDemoServer, type DemoServer } from '../../src/serve/http/demo-server.ts';
import { WEB_DIST } from '../../src/serve/http/server.ts';

export const CHROMIUM = '/usr/bin/chromium';
/** The day the browser tests' demo data is seen from (the tests never read the clock). */
export const DEMO_TODAY = '2026-11-22';

export function chromiumMissing(): string | false {
  return existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed (apt-get install chromium); .ci/run installs it`;
}

/** Why the browser tests cannot run here, or false. */
export const E2E_SKIP: string | false =
  chromiumMissing() || (existsSync(`${WEB_DIST}index.html`) ? false : 'web/dist is not built (npm test builds it first: npm run build)');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A demo server and a browser, shared by one file's tests. */
export interface DemoSession {
  server: DemoServer;
  browser: Browser;
}

/**
 * Registers the hooks that start the demo server (its accounts' password `password`) and the
 * browser before the file's tests, run `setup` (what the tests add to the demo data), and stop
 * both after. The returned session is filled in by then.
 */
export function demoSession(password: string, setup?: (session: DemoSession) => Promise<void>): DemoSession {
  const session = {} as DemoSession;
  before(async () => {
    if (E2E_SKIP) return;
    session.server = await startDemoServer({ password, today: DEMO_TODAY });
    session.browser = await launchBrowser();
    await setup?.(session);
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

/** Signs `username` in through the login page. */
export async function logIn(page: Page, session: DemoSession, username: string, password: string): Promise<void> {
  await page.goto(`${session.server.url}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}
