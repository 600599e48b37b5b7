// Child process of uploads.test.ts ("no file in the temporary folder"): the parent points TMPDIR
// at an empty folder it watches and gives the database's folder (elsewhere) as the argument. Here
// a server over that database takes an upload of two files as an editor, and its worker thread
// stores them; prints the job as JSON. A child, so that everything the server computes from the
// temporary folder (module constants included) sees the watched one.
import { join } from 'node:path';
import { openStore } from '../../src/store/index.ts';
import { BUILTIN_PACK_DIR, loadPack } from '../../src/programme/load.ts';
import { createContext } from '../../src/serve/http/context.ts';
import { buildServer } from '../../src/serve/http/server.ts';
import { hashPassword } from '../../src/store/credentials.ts';

const PASSWORD = 'mật-khẩu-thử-1';
const JOB_WAIT_MS = 60_000;
const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: upload-tmpdir-child.ts <database folder>');

const store = await openStore(join(dataDir, 'radar57.db'));
const app = await buildServer(createContext(store, loadPack(BUILTIN_PACK_DIR)));
try {
  await store.accounts.addUser({ username: 'editor', role: 'editor', agencies: [], passwordHash: await hashPassword(PASSWORD) }, 'test');
  const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'editor', password: PASSWORD } });
  const cookie = `r57_session=${login.cookies.find((c) => c.name === 'r57_session')!.value}`;
  const headers = { cookie, 'x-csrf-token': (login.json() as { csrfToken: string }).csrfToken };

  const form = new FormData();
  form.append('files', new Blob(['Tỉnh Hà Tĩnh có 45 trạm 5G mới theo báo cáo ngày 5/11/2025.\n']), 'ha-tinh.txt');
  form.append('files', new Blob(['Tỉnh Quảng Bình có 35 trạm 5G mới theo báo cáo ngày 6/11/2025.\n']), 'quang-binh.txt');
  const request = new Request('http://radar57.invalid/', { method: 'POST', body: form });
  const queued = await app.inject({
    method: 'POST',
    url: '/api/v1/ingest',
    headers: { ...headers, 'content-type': request.headers.get('content-type')! },
    payload: Buffer.from(await request.arrayBuffer()),
  });
  if (queued.statusCode !== 202) throw new Error(`upload: ${queued.statusCode} ${queued.body}`);
  const url = (queued.json() as { url: string }).url;
  const until = Date.now() + JOB_WAIT_MS;
  for (;;) {
    const job = (await app.inject({ method: 'GET', url, headers })).json() as { status: string };
    if (job.status === 'done' || job.status === 'failed') {
      process.stdout.write(JSON.stringify(job));
      break;
    }
    if (Date.now() > until) throw new Error(`job still ${job.status}`);
    await new Promise((r) => setTimeout(r, 20));
  }
} finally {
  await app.close();
  await store.close();
}
