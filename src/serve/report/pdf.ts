// The PDF is the HTML report printed by a headless chromium (Debian's, through playwright-core):
// the browser lays out Vietnamese text, tables and SVG charts, and paginates by the print
// stylesheet. The page number is printed in the footer. Without chromium the PDF cannot be made
// and the error says so; every other format still works.
import { existsSync } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Chromium to print with: $RADAR57_CHROMIUM, else Debian's. */
export function chromiumPath(): string {
  return process.env.RADAR57_CHROMIUM ?? DEFAULT_CHROMIUM;
}

export class PdfUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfUnavailableError';
  }
}

const FOOTER = '<div style="width:100%;font-size:9pt;font-family:Times New Roman,serif;text-align:center;"><span class="pageNumber"></span></div>';

/** Runs `work` with a page of a fresh headless chromium that fetches nothing; closes the browser. */
async function withPage<T>(work: (page: import('playwright-core').Page) => Promise<T>): Promise<T> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) throw new PdfUnavailableError(`chromium is not installed at ${executablePath} (apt-get install chromium, or set RADAR57_CHROMIUM): the PDF cannot be made`);
  // Loaded only when a browser is needed: the other formats and the rest of the server do without
  // it (it is a development dependency, so an install without them has no PDF, and says so).
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new PdfUnavailableError('playwright-core is not installed (npm install playwright-core): the PDF cannot be made');
  }
  const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 2 });
    // The report is self-contained: nothing may be fetched while it is printed.
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    return await work(page);
  } finally {
    await browser.close();
  }
}

export async function renderPdf(html: string): Promise<Buffer> {
  return withPage(async (page) => {
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: FOOTER });
    return Buffer.from(pdf);
  });
}

/**
 * SVG charts as PNG pictures (twice their size, for print), for documents whose readers may not
 * show SVG (the DOCX's fallback). Null when no browser is available: the caller goes without.
 */
export async function svgsToPng(svgs: readonly string[]): Promise<Buffer[] | null> {
  if (svgs.length === 0) return [];
  try {
    return await withPage(async (page) => {
      const out: Buffer[] = [];
      for (const svg of svgs) {
        await page.setContent(`<!doctype html><html><body style="margin:0;background:#fff">${svg}</body></html>`);
        out.push(await page.locator('svg').first().screenshot({ omitBackground: false }));
      }
      return out;
    });
  } catch (error) {
    if (error instanceof PdfUnavailableError) return null;
    throw error;
  }
}
