// Child process of upload-probe.test.ts: starts the HTTP server on a loopback port 0 over an empty
// database in a temporary folder, uploads one hostile case as an editor, and while the upload and
// its job are in flight probes the cheapest read (GET /api/v1/auth/me) every 100 ms. Prints, as JSON, the
// upload's answer and the probes' latencies. A child, so that the test's safety bound (memory,
// time) covers the whole server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { openStore } from '../../src/store/index.ts';
import { BUILTIN_PACK_DIR, loadPack } from '../../src/programme/load.ts';
import { createContext } from '../../src/serve/http/context.ts';
import { buildServer } from '../../src/serve/http/server.ts';
import { hashPassword } from '../../src/store/credentials.ts';
import { HOSTILE_CASES } from './cases.ts';

const PASSWORD = 'mật-khẩu-thử-1';
const c = HOSTILE_CASES.find((x) => x.id === process.argv[2]);
if (!c) throw new Error(`no hostile case ${process.argv[2]}`);

const dir = mkdtempSync(join(tmpdir(), 'radar57-hostile-'));
const store = await openStore(join(dir, 'radar57.db'));
const app = await buildServer(createContext(store, loadPack(BUILTIN_PACK_DIR)));
try {
  await store.accounts.addUser({ username: 'editor', role: 'editor', agencies: [], passwordHash: await hashPassword(PASSWORD) }, 'test');
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'editor', password: PASSWORD }) });
  if (login.status !== 200) throw new Error(`login: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };

  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(c.make())]), c.fileName);
  let done = false;
  // The upload is answered at once with a job (202); the work is over when the job is.
  const upload = (async () => {
    const queued = await fetch(`${base}/api/v1/ingest`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken }, body: form });
    if (queued.status !== 202) return { status: queued.status, body: await queued.text() };
    const { url } = (await queued.json()) as { url: string };
    for (;;) {
      const res = await fetch(`${base}${url}`, { headers: { cookie } });
      const job = (await res.json()) as { status: string; result: unknown; error: string | null };
      if (job.status === 'done') return { status: res.status, body: JSON.stringify(job.result) };
      if (job.status === 'failed') return { status: 500, body: job.error ?? 'failed' };
      await sleep(50);
    }
  })();
  void upload.finally(() => (done = true));

  // A probe's latency counts from when it was due, so that a blocked event loop (which delays the
  // probe loop's own timer too) is counted.
  const latencies: number[] = [];
  // The first probe goes out at once, while the upload's body is still being sent.
  let due = performance.now();
  while (!done) {
    await sleep(Math.max(0, due - performance.now()));
    if (done) break;
    const res = await fetch(`${base}/api/v1/auth/me`);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`probe: ${res.status}`);
    latencies.push(performance.now() - due);
    due += 100;
  }
  const answer = await upload;
  process.stdout.write(JSON.stringify({ status: answer.status, body: answer.body.slice(0, 20_000), probes: latencies.length, worstMs: Math.round(Math.max(0, ...latencies)) }));
} finally {
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
