// `radar57 alerts run` as a user runs it: a real process over a database file. The first run only
// records where things stand; a later day gives the worsened target once; --dry-run shows without
// recording; `alerts deliveries --json` lists what was written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO, tempDir } from '../helpers.ts';
import { openStore } from '../../src/store/index.ts';

const BIN = join(REPO, 'bin', 'radar57.js');

test('alerts run: baseline, then the worsened target once; --dry-run records nothing', async (t) => {
  const db = join(tempDir(t), 'radar57.db');
  const store = await openStore(db);
  const user = await store.accounts.addUser({ username: 'lanhdao', role: 'viewer', agencies: [], passwordHash: 'x' }, 'test');
  await store.alerts.watchlists.add(user.id, { name: 'Mục tiêu', items: [{ kind: 'target', ref: 'online_dossiers_share_2025', label: null }] });
  await store.close();
  const radar57 = (args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, '--db', db, ...args], { encoding: 'utf8', env: { ...process.env, RADAR57_SMTP_URL: '' } });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout;
  };
  const json = (args: string[]) => JSON.parse(radar57([...args, '--json'])) as { events: { kind: string }[]; recorded: { events: number; deliveries: number } };

  assert.equal(json(['alerts', 'run', '--now', '2025-08-01T10:00:00+07:00']).events.length, 0);
  const dry = json(['alerts', 'run', '--dry-run', '--now', '2026-01-02T10:00:00+07:00']);
  assert.deepEqual(dry.events.map((e) => e.kind), ['target_worse']);
  assert.deepEqual(dry.recorded, { events: 0, deliveries: 0 });
  const real = json(['alerts', 'run', '--now', '2026-01-02T10:00:00+07:00']);
  assert.deepEqual(real.recorded, { events: 1, deliveries: 1 });
  assert.deepEqual(json(['alerts', 'run', '--now', '2026-01-02T11:00:00+07:00']).recorded, { events: 0, deliveries: 0 });
  const text = radar57(['alerts', 'run', '--now', '2026-01-03T11:00:00+07:00']);
  assert.match(text, /0 sự kiện/);
  const listed = JSON.parse(radar57(['alerts', 'deliveries', '--json'])) as { count: number; deliveries: { channel: string; status: string }[] };
  assert.deepEqual(listed.deliveries.map((d) => [d.channel, d.status]), [['inbox', 'sent']]);
});
