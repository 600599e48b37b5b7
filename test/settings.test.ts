// Issue 13: one validated settings module. The environment is checked once, a bad value named by
// its variable; the near-duplicate threshold is a stored, audited setting that every connection to
// the database (the CLI, the server, its worker threads) reads, so they cannot disagree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { openStore, type Store } from '../src/store/index.ts';
import { InvalidInput } from '../src/errors.ts';
import { environmentSettings, NEAR_DUPLICATE_THRESHOLD, readSetting, writeSetting } from '../src/settings.ts';
import { article } from './store/fixtures.ts';
import { ARTICLE_PARAGRAPHS } from './store/seed-texts.ts';
import { REPO, tempDir } from './helpers.ts';

test('the environment is validated in one place; a bad value names its variable', () => {
  const defaults = environmentSettings({});
  assert.deepEqual([defaults.RADAR57_DB, defaults.RADAR57_TRUST_PROXY, defaults.RADAR57_DEBUG, defaults.RADAR57_SMTP_URL, defaults.RADAR57_ALERTS_EVERY], [undefined, false, false, undefined, 15]);
  assert.equal(environmentSettings({ RADAR57_SMTP_URL: ' smtp://mail.example:587 ' }).RADAR57_SMTP_URL, 'smtp://mail.example:587');
  assert.throws(() => environmentSettings({ RADAR57_SMTP_URL: 'mail.example' }), /RADAR57_SMTP_URL/);
  assert.throws(() => environmentSettings({ RADAR57_ALERTS_EVERY: '-5' }), /RADAR57_ALERTS_EVERY/);
  const env = environmentSettings({ RADAR57_DB: ' /srv/r.db ', RADAR57_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8', RADAR57_DEBUG: '1', PATH: '/bin' });
  assert.equal(env.RADAR57_DB, '/srv/r.db');
  assert.equal(env.RADAR57_TRUST_PROXY, '127.0.0.1,10.0.0.0/8');
  assert.equal(env.RADAR57_DEBUG, true);
  assert.equal(environmentSettings({ RADAR57_TRUST_PROXY: 'true' }).RADAR57_TRUST_PROXY, true);
  assert.throws(() => environmentSettings({ RADAR57_DEBUG: 'yes' }), (e: unknown) => e instanceof InvalidInput && /RADAR57_DEBUG/.test(e.message));
  assert.throws(() => environmentSettings({ RADAR57_USER: '   ' }), /RADAR57_USER/);
});

async function save(store: Store, origin: string, body: readonly string[], published: string) {
  await store.saveFile({ origin, sourceHash: origin, format: 'html', documents: [article(`Bài ${origin}`, [...body], { published, url: `https://${origin}/x` })] });
}

test('the near-duplicate threshold is stored, audited, and read by every connection', async (t) => {
  const db = join(tempDir(t), 's.db');
  const half = ARTICLE_PARAGRAPHS.slice(0, Math.ceil(ARTICLE_PARAGRAPHS.length / 2));
  const writer = await openStore(db);
  t.after(() => writer.close());
  assert.equal(await readSetting(writer.accounts, NEAR_DUPLICATE_THRESHOLD), 0.8, 'the default');
  await assert.rejects(() => writeSetting(writer.accounts, NEAR_DUPLICATE_THRESHOLD, 1.5, 'admin'), InvalidInput);
  assert.equal(await writeSetting(writer.accounts, NEAR_DUPLICATE_THRESHOLD, 0.3, 'admin'), true);
  assert.equal(await writeSetting(writer.accounts, NEAR_DUPLICATE_THRESHOLD, 0.3, 'admin'), false, 'the same value is not written again');
  const audit = (await writer.audit.list({ target: 'settings:' })).filter((a) => a.target === `settings:${NEAR_DUPLICATE_THRESHOLD.key}`);
  assert.equal(audit.length, 1);
  assert.deepEqual([audit[0]!.actor, audit[0]!.before, audit[0]!.after], ['admin', null, 0.3]);

  // Another connection (a server's worker thread) clusters with the stored 0.3: half an article
  // joins the whole one, which the default 0.8 would not do.
  const other = await openStore(db);
  t.after(() => other.close());
  await save(other, 'a.vn', ARTICLE_PARAGRAPHS, '2025-07-02');
  await save(other, 'b.vn', half, '2025-07-03');
  assert.equal((await other.nearDuplicateClusters()).length, 1);
});

test('ingest --similarity stores the threshold under --by', (t) => {
  const dir = tempDir(t);
  const db = join(dir, 'i.db');
  const run = (args: string[]) => spawnSync(process.execPath, [join(REPO, 'bin', 'radar57.js'), '--db', db, '--by', 'bientap', ...args], { encoding: 'utf8', cwd: REPO });
  const bad = run(['ingest', join(REPO, 'package.json'), '--similarity', '1.5']);
  assert.equal(bad.status, 1, bad.stderr);
  const ok = run(['ingest', join(REPO, 'README.md'), '--similarity', '0,6', '--json']);
  assert.equal(ok.status, 0, ok.stderr);
  const audit = JSON.parse(run(['audit', '--target', 'settings:', '--json']).stdout) as { entries: { actor: string; target: string; after: unknown }[] };
  assert.deepEqual(audit.entries.map((r) => [r.actor, r.target, r.after]), [['bientap', 'settings:near_duplicate_threshold', 0.6]]);
});
