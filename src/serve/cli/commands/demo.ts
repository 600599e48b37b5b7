// `radar57 demo`: a fresh data folder with the seed documents ingested and linked to the built-in
// programme, demo accounts, anonymous reading on, and the server started: one command to try it.
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { openStore } from '../../../store/index.ts';
import type { Role } from '../../../store/accounts.ts';
import { ingestPaths } from '../../../pipeline/ingest.ts';
import { loadPack } from '../../../programme/load.ts';
import { syncProgramme } from '../../../pipeline/track.ts';
import { hashPassword } from '../../http/credentials.ts';
import { ANONYMOUS_READ } from '../../http/auth.ts';
import { packDir, parsePositiveInt, printJson } from '../options.ts';
import { DEFAULT_PORT, serveStore } from './serve.ts';

/** The seed files shipped with the package: the project's origin material, used as demo data. */
export const SEED_DIR = fileURLToPath(new URL('../../../../data/seeds/', import.meta.url));

/** One account per role; the reporter acts for Điện Biên, to show what a province sees. */
export const DEMO_ACCOUNTS: { username: string; role: Role; agencies: string[] }[] = [
  { username: 'admin', role: 'admin', agencies: [] },
  { username: 'bientap', role: 'editor', agencies: [] },
  { username: 'dienbien', role: 'reporter', agencies: ['dien-bien'] },
  { username: 'xem', role: 'viewer', agencies: [] },
];

interface DemoFlags {
  data: string;
  serve: boolean;
  port: number;
  host: string;
  json?: boolean;
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('tạo dữ liệu mẫu mới (tin bài, chương trình, tài khoản) và chạy ứng dụng web')
    .option('--data <dir>', 'demo data folder (emptied first)', 'radar57-demo')
    .option('--no-serve', 'prepare the data and accounts only, do not start the server')
    .option('--port <n>', `port (default ${DEFAULT_PORT})`, parsePositiveInt, DEFAULT_PORT)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--json', 'print the summary as JSON')
    .action(async (flags: DemoFlags, command: Command) => {
      const dir = resolve(flags.data);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      const db = join(dir, 'radar57.db');
      const store = openStore(db);
      const pack = loadPack(packDir(command));
      let serving = false;
      try {
        const summary = await ingestPaths([SEED_DIR], store);
        const programme = await syncProgramme(store, pack, { actor: 'demo' });
        const accounts = [];
        for (const a of DEMO_ACCOUNTS) {
          const password = randomBytes(9).toString('base64url');
          store.accounts.addUser({ ...a, passwordHash: await hashPassword(password) }, 'demo');
          accounts.push({ ...a, password });
        }
        store.accounts.setSetting(ANONYMOUS_READ, true, 'demo');
        // Kept beside the database, readable by this user only, for scripts (screenshots, e2e).
        writeFileSync(join(dir, 'demo-accounts.json'), JSON.stringify(accounts, null, 2), { mode: 0o600 });
        const stats = store.stats();
        if (flags.json) printJson({ database: db, summary, programme, stats, accounts });
        else {
          const out = process.stdout;
          out.write(`Radar 57 — dữ liệu mẫu: ${db}\n`);
          out.write(`${summary.files} tệp, ${summary.created} tài liệu, ${programme.observations} số liệu chỉ số được liên kết\n`);
          out.write('Tài khoản mẫu (mật khẩu chỉ hiện lần này; cũng lưu ở demo-accounts.json):\n');
          for (const a of accounts) out.write(`  ${a.username.padEnd(9)} ${a.role.padEnd(9)} ${a.password}${a.agencies.length ? `  (${a.agencies.join(', ')})` : ''}\n`);
        }
        if (flags.serve) {
          const url = await serveStore(store, pack, { port: flags.port, host: flags.host }, 'demo');
          serving = true;
          if (!flags.json) process.stdout.write(`\nMở ${url} trong trình duyệt (đọc không cần đăng nhập). Ctrl+C để dừng.\n`);
        }
      } finally {
        if (!serving) store.close();
      }
    });
}
