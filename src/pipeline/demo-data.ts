// The demo data set: the seed documents ingested and linked to the programme, one account per role
// and anonymous reading on. Used by `radar57 demo`, the browser tests and the screenshot script.
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Store } from '../store/index.ts';
import type { Role } from '../store/accounts.ts';
import type { Pack } from '../programme/schema.ts';
import { ingestPaths, type IngestSummary } from './ingest.ts';
import { syncProgramme, type SyncSummary } from './track.ts';
import { hashPassword } from '../store/credentials.ts';
import { ANONYMOUS_READ } from '../store/accounts.ts';

/** The seed files shipped with the package: the project's origin material, used as demo data. */
export const SEED_DIR = fileURLToPath(new URL('../../data/seeds/', import.meta.url));

/** One account per role; the reporter acts for Điện Biên, to show what a province sees. */
export const DEMO_ACCOUNTS: { username: string; role: Role; agencies: string[] }[] = [
  { username: 'admin', role: 'admin', agencies: [] },
  { username: 'bientap', role: 'editor', agencies: [] },
  { username: 'dienbien', role: 'reporter', agencies: ['dien-bien'] },
  { username: 'xem', role: 'viewer', agencies: [] },
];

export interface DemoAccount {
  username: string;
  role: Role;
  agencies: string[];
  password: string;
}

export interface DemoSummary {
  ingest: IngestSummary;
  programme: SyncSummary;
  accounts: DemoAccount[];
}

/** Fills an empty store; `password` fixes every account's password (tests), else each is random. */
export async function prepareDemo(store: Store, pack: Pack, options: { password?: string } = {}): Promise<DemoSummary> {
  const ingest = await ingestPaths([SEED_DIR], store);
  const programme = await syncProgramme(store, pack, { actor: 'demo' });
  const accounts: DemoAccount[] = [];
  for (const a of DEMO_ACCOUNTS) {
    const password = options.password ?? randomBytes(9).toString('base64url');
    await store.accounts.addUser({ ...a, passwordHash: await hashPassword(password) }, 'demo');
    accounts.push({ ...a, password });
  }
  await store.accounts.setSetting(ANONYMOUS_READ, true, 'demo');
  return { ingest, programme, accounts };
}
