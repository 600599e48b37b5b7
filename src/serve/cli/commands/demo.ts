// `radar57 demo`: a fresh data folder with the seed documents ingested and linked to the built-in
// programme, demo accounts, anonymous reading on, and the server started: one command to try it.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { openStore } from '../../../store/index.ts';
import { loadPack } from '../../../programme/load.ts';
import { prepareDemo } from '../../../pipeline/demo-data.ts';
import { prepareDemoTasks } from '../../../pipeline/demo-tasks.ts';
import { dbPath, packDir, parsePositiveInt, printJson } from '../options.ts';
import { isPostgresLocation, type Store } from '../../../store/index.ts';
import { Conflict } from '../../../errors.ts';
import { DEFAULT_PORT, serveStore } from './serve.ts';
import { DEMO_ACCOUNTS_FILE, DEMO_DB, prepareDemoFolder } from '../demo-folder.ts';
import { printText } from '../output.ts';
import { summaryOf } from '../command-list.ts';

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
    .description(summaryOf('demo'))
    .option('--data <dir>', 'demo data folder: new, empty, or made by an earlier demo (its data is replaced)', 'radar57-demo')
    .option('--no-serve', 'prepare the data and accounts only, do not start the server')
    .option('--port <n>', `port (default ${DEFAULT_PORT})`, parsePositiveInt, DEFAULT_PORT)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--json', 'print the summary as JSON')
    .action(async (flags: DemoFlags, command: Command) => {
      const dir = resolve(flags.data);
      prepareDemoFolder(dir);
      // A PostgreSQL database given by --db or RADAR57_DB holds the demo (a team server's trial);
      // otherwise the demo's own SQLite file in its folder.
      const chosen = dbPath(command);
      const postgres = isPostgresLocation(chosen);
      const db = postgres ? chosen : join(dir, DEMO_DB);
      const store = await openStore(db);
      if (postgres) await refuseOthersData(store);
      const pack = loadPack(packDir(command));
      let serving = false;
      try {
        const { ingest: summary, programme, accounts } = await prepareDemo(store, pack);
        await prepareDemoTasks(store, pack);
        // Kept beside the database, readable by this user only, for scripts (screenshots, e2e).
        writeFileSync(join(dir, DEMO_ACCOUNTS_FILE), JSON.stringify(accounts, null, 2), { mode: 0o600 });
        const stats = await store.stats();
        const shown = store.location ?? db;
        if (flags.json) printJson({ database: shown, summary, programme, stats, accounts });
        else {
          printText(`Radar 57 — dữ liệu mẫu: ${shown}\n`);
          printText(`${summary.files} tệp, ${summary.created} tài liệu, ${programme.observations} số liệu chỉ số được liên kết\n`);
          printText('Tài khoản mẫu (mật khẩu chỉ hiện lần này; cũng lưu ở demo-accounts.json):\n');
          for (const a of accounts) printText(`  ${a.username.padEnd(9)} ${a.role.padEnd(9)} ${a.password}${a.agencies.length ? `  (${a.agencies.join(', ')})` : ''}\n`);
        }
        if (flags.serve) {
          const url = await serveStore(store, pack, { port: flags.port, host: flags.host }, 'demo');
          serving = true;
          if (!flags.json) printText(`\nMở ${url} trong trình duyệt (đọc không cần đăng nhập). Ctrl+C để dừng.\n`);
        }
      } finally {
        if (!serving) await store.close();
      }
    });
}

/**
 * The demo fills a PostgreSQL database only when it holds no documents yet (a new database, or one
 * just created for it): its data is never mixed with, or written over, anyone's, an earlier demo's
 * included. Refused by name, nothing written.
 */
async function refuseOthersData(store: Store): Promise<void> {
  const documents = await store.countDocuments();
  if (documents > 0) {
    await store.close();
    throw new Conflict(`${store.location ?? 'PostgreSQL'}: the database already holds ${documents} documents; give the demo an empty database`);
  }
}
