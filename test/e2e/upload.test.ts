// The upload page in a real browser (Debian's chromium through playwright-core): an editor uploads
// a file; the server queues it as a job and answers at once; the page polls the job and shows its
// summary when the job is done. Skips, saying why, when chromium or the built app is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { tempDir } from '../helpers.ts';
import { demoSession, E2E_SKIP, logIn } from './browser.ts';

const PASSWORD = 'e2e-demo-password';
const skip = E2E_SKIP;


const session = demoSession(PASSWORD);

test('an upload is queued, the page polls its job and shows the summary', { skip }, async (t) => {
  const before = await session.server.store.countDocuments();
  const page = await (await session.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' })).newPage();
  await logIn(page, session, 'bientap', PASSWORD);
  await page.getByTestId('current-user').waitFor();

  await page.goto(`${session.server.url}/upload`);
  const queued = page.waitForResponse((r) => r.url().endsWith('/api/v1/ingest') && r.request().method() === 'POST');
  const polled = page.waitForResponse((r) => /\/api\/v1\/jobs\/\d+$/.test(r.url()));
  await page.getByTestId('upload-input').setInputFiles({
    name: 'gia-lai.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Tỉnh Gia Lai có 160 trạm 5G mới, phủ sóng 30% dân số, theo báo cáo ngày 12/11/2025.\n'),
  });
  await page.getByTestId('upload-submit').click();
  assert.equal((await queued).status(), 202);
  assert.equal((await polled).status(), 200);
  const summary = page.getByTestId('upload-summary');
  await summary.waitFor({ timeout: 120_000 });
  assert.equal((await page.getByTestId('upload-created').locator('.value').textContent())?.trim(), '1');
  assert.equal(await session.server.store.countDocuments(), before + 1);
  await page.screenshot({ path: join(tempDir(t), 'upload.png'), fullPage: true });
});
