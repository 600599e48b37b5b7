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

export async function renderPdf(html: string): Promise<Buffer> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) throw new PdfUnavailableError(`chromium is not installed at ${executablePath} (apt-get install chromium, or set RADAR57_CHROMIUM): the PDF cannot be made`);
  // Loaded only for a PDF: the other formats and the rest of the server do without it (it is a
  // development dependency, so an install without them has no PDF, and says so).
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new PdfUnavailableError('playwright-core is not installed (npm install playwright-core): the PDF cannot be made');
  }
  const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage();
    // The report is self-contained: nothing may be fetched while it is printed.
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: FOOTER });
    return Buffer.from(pdf);
  } finally {
    await browser.close();
  }
}
