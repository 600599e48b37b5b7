// A server over the ingested seeds, with one account per role, driven through Fastify's inject
// (no network): what the API tests share. The database is a file in a temporary folder, as a
// served one is (uploads and imports run in a worker thread with their own connection to it),
// and uploads go to a temporary folder of their own; both are removed by close().
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
  /** Where uploads are written while they are processed. */
  uploadDir: string;
  /** A request as `who` (a role's account, or anonymous). */
  as(who: Role | 'dienbien' | 'hanoi' | null, options: InjectOptions): Promise<LightMyRequestResponse>;
  login(username: string, password?: string): Promise<Session>;
  close(): Promise<void>;
}

const USERS: { username: string; role: Role; agencies: string[] }[] = [
  { username: 'admin', role: 'admin', agencies: [] },
  { username: 'editor', role: 'editor', agencies: [] },
  { username: 'viewer', role: 'viewer', agencies: [] },
  { username: 'dienbien', role: 'reporter', agencies: ['dien-bien'] },
  { username: 'hanoi', role: 'reporter', agencies: ['ha-noi'] },
];

export async function startApi(options: { anonymousRead?: boolean; server?: ServerOptions } = {}): Promise<Api> {
  const dir = mkdtempSync(join(tmpdir(), 'radar57-api-test-'));
  const uploadDir = join(dir, 'uploads');
  const store = await openStore(join(dir, 'radar57.db'));
  await ingestPaths([SEED_DIR], store);
  const pack = loadPack(BUILTIN_PACK_DIR);
  const ctx = createContext(store, pack, { today: () => TODAY });
  await syncProgramme(store, pack, { actor: 'test' });
  const hash = await hashPassword(PASSWORD);
  for (const u of USERS) await store.accounts.addUser({ ...u, passwordHash: hash }, 'test');
  if (options.anonymousRead !== false) await store.accounts.setSetting(ANONYMOUS_READ, true, 'test');
  const app = await buildServer(ctx, { uploadDir, ...options.server });
  const sessions = new Map<string, Session>();

  const login = async (username: string, password = PASSWORD): Promise<Session> => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'r57_session');
    return { cookie: `r57_session=${cookie!.value}`, csrf: (res.json() as { csrfToken: string }).csrfToken };
  };

  return {
    app,
    store,
    uploadDir,
    login,
    async as(who, options) {
      if (who === null) return app.inject(options);
      const username = who === 'reporter' ? 'dienbien' : who;
      let session = sessions.get(username);
      if (!session) sessions.set(username, (session = await login(username)));
      return app.inject({ ...options, headers: { ...options.headers, cookie: session.cookie, 'x-csrf-token': session.csrf } });
    },
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
