// Regenerates docs/sample-report/: the demo data's report for the first half of 2025, printed to
// PDF in Debian's chromium and each page rendered to PNG with pdftoppm (poppler-utils), as made on
// 22/11/2026. `npm run sample-report`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../src/store/index.ts';
import { BUILTIN_PACK_DIR, loadPack } from '../src/programme/load.ts';
import { prepareDemo } from '../src/pipeline/demo-data.ts';
import { prepareDemoTasks } from '../src/pipeline/demo-tasks.ts';
import { readReport } from '../src/pipeline/report.ts';
import { reportPeriod } from '../src/track/report/period.ts';
import { reportScope } from '../src/track/report/scope.ts';
import { renderReport } from '../src/serve/report/render.ts';

const OUT = fileURLToPath(new URL('../docs/sample-report/', import.meta.url));
const TODAY = '2026-11-22';
const PERIOD = process.argv[2] ?? '2025-H1';

const work = mkdtempSync(join(tmpdir(), 'radar57-sample-report-'));
try {
  const store = await openStore(join(work, 'radar57.db'));
  const pack = loadPack(BUILTIN_PACK_DIR);
  await prepareDemo(store, pack, { password: 'sample-report-password' });
  await prepareDemoTasks(store, pack, TODAY);
  const report = await readReport(store, pack, { period: reportPeriod(PERIOD), scope: reportScope(pack, 'national'), today: TODAY });
  await store.close();
  const pdf = join(work, 'report.pdf');
  writeFileSync(pdf, await renderReport(report, 'pdf'));
  mkdirSync(OUT, { recursive: true });
  // Only this script's own pictures are replaced.
  for (const f of readdirSync(OUT)) if (f.startsWith(`bao-cao-${PERIOD}-`) && f.endsWith('.png')) rmSync(join(OUT, f));
  execFileSync('pdftoppm', ['-r', '70', '-png', pdf, join(OUT, `bao-cao-${PERIOD}`)]);
  process.stdout.write(`${readdirSync(OUT).filter((f) => f.startsWith(`bao-cao-${PERIOD}-`)).length} pages in ${OUT}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
