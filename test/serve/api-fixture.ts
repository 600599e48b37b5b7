// A server over the ingested seeds, with one account per role, driven through Fastify's inject
// (no network): what the API tests share. The database is a file in a temporary folder, as a
// served one is (uploads and imports are queued jobs, run by the server's own worker in a worker thread with
// its own connection to it); the folder is removed by close().
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { openStore, type Store } from '../../src/store/index.ts';
import { ingestPaths } from '../../src/pipeline/ingest.ts';
import { syncProgramme } from '../../src/pipeline/track.ts';
import { BUILTIN_PACK_DIR, loadPack } from '../../src/programme/load.ts';
import { createContext } from '../../src/serve/http/context.ts';
import { buildServer, type ServerOptions } from '../../src/serve/http/server.ts';
import { hashPassword } from '../../src/store/credentials.ts';
import { ANONYMOUS_READ, type Role } from '../../src/store/accounts.ts';
import { SEED_DIR } from '../helpers.ts';

export const PASSWORD = 'mật-khẩu-thử-1';
export const TODAY = '2026-11-22';

export interface Session {
  cookie: string;
  csrf: string;
}

export interface Api {
  app: FastifyInstance;
  store: Store;
  /** A request as `who` (a role's account, or anonymous). */
  as(who: Role | 'dienbien' | 'hanoi' | null, options: InjectOptions): Promise<LightMyRequestResponse>;
  login(username: string, password?: string): Promise<Session>;
  /**
   * What a queued request (202, an upload or CSV import) ends with: polls the job it points to, as
   * `who`, until it is done or failed (a bounded wait, not a timed assertion). Throws on any other
   * answer than 202, so a test reads the result only of work that was queued.
   */
  job(who: Role | 'dienbien' | 'hanoi', queued: LightMyRequestResponse): Promise<JobView>;
  close(): Promise<void>;
}

export interface JobView {
  id: number;
  status: string;
  attempts: number;
  progress: { done: number; total: number | null };
  // Tests read the fields of the job's own result.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  result: any;
  error: string | null;
}

/** Long enough for any test job on a loaded machine; only reached when a job never ends. */
const JOB_WAIT_MS = 120_000;

const USERS: { username: string; role: Role; agencies: string[] }[] = [
  { username: 'admin', role: 'admin', agencies: [] },
  { username: 'editor', role: 'editor', agencies: [] },
  { username: 'viewer', role: 'viewer', agencies: [] },
  { username: 'dienbien', role: 'reporter', agencies: ['dien-bien'] },
  { username: 'hanoi', role: 'reporter', agencies: ['ha-noi'] },
];

export async function startApi(options: { anonymousRead?: boolean; server?: ServerOptions } = {}): Promise<Api> {
  const dir = mkdtempSync(join(tmpdir(), 'radar57-api-test-'));
  const store = await openStore(join(dir, 'radar57.db'));
  await ingestPaths([SEED_DIR], store);
  const pack = loadPack(BUILTIN_PACK_DIR);
  const ctx = createContext(store, pack, { today: () => TODAY });
  await syncProgramme(store, pack, { actor: 'test' });
  const hash = await hashPassword(PASSWORD);
  for (const u of USERS) await store.accounts.addUser({ ...u, passwordHash: hash }, 'test');
  if (options.anonymousRead !== false) await store.accounts.setSetting(ANONYMOUS_READ, true, 'test');
  const app = await buildServer(ctx, options.server);
  const sessions = new Map<string, Session>();

  const login = async (username: string, password = PASSWORD): Promise<Session> => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'r57_session');
    return { cookie: `r57_session=${cookie!.value}`, csrf: (res.json() as { csrfToken: string }).csrfToken };
  };

  const api: Api = {
    app,
    store,
    login,
    async as(who, options) {
      if (who === null) return app.inject(options);
      const username = who === 'reporter' ? 'dienbien' : who;
      let session = sessions.get(username);
      if (!session) sessions.set(username, (session = await login(username)));
      return app.inject({ ...options, headers: { ...options.headers, cookie: session.cookie, 'x-csrf-token': session.csrf } });
    },
    async job(who, queued) {
      if (queued.statusCode !== 202) throw new Error(`expected 202 (queued), got ${queued.statusCode}: ${queued.body}`);
      const url = (queued.json() as { url: string }).url;
      const until = Date.now() + JOB_WAIT_MS;
      for (;;) {
        const res = await api.as(who, { method: 'GET', url });
        if (res.statusCode !== 200) throw new Error(`GET ${url}: ${res.statusCode} ${res.body}`);
        const job = res.json() as JobView;
        if (job.status === 'done' || job.status === 'failed') return job;
        if (Date.now() > until) throw new Error(`job ${url} still ${job.status} after ${JOB_WAIT_MS / 1000} s`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return api;
}
