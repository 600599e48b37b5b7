// `radar57 serve`: the HTTP API and the web app over the database, with the programme linked.
import { InvalidArgumentError, type Command } from 'commander';
import { openStore, type Store } from '../../../store/index.ts';
import { withReadPool } from '../../../store/sqlite/read-pool.ts';
import { loadPack } from '../../../programme/load.ts';
import type { Pack } from '../../../programme/schema.ts';
import { syncProgramme } from '../../../pipeline/track.ts';
import { actorName, dbPath, packDir, parsePositiveInt } from '../options.ts';

const parseNonNegativeInt = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number of minutes, 0 or more');
  return n;
};
import { printText } from '../output.ts';
import { summaryOf } from '../command-list.ts';
import { alertMinutesFromEnv } from '../../../pipeline/alerts/schedule.ts';

export const DEFAULT_PORT = 5757;

export interface ServeFlags {
  port: number;
  host: string;
  /** Minutes between alert runs; 0 off. */
  alertsEvery?: number;
  /** commander turns --no-worker into worker: false. */
  worker?: boolean;
  /** Read threads (default one per core; 0: reads in the server's own thread). */
  readThreads?: number;
}

/** Listens until the process is stopped (Ctrl+C); closes the store on the way out. */
export async function serveStore(store: Store, pack: Pack, flags: ServeFlags, actor: string): Promise<string> {
  await syncProgramme(store, pack, { actor });
  // Loaded here, not at the top: the HTTP stack is most of the command's start-up time, and only
  // `serve` and `demo` need it (`radar57 --help` and every other command start without it).
  const [{ buildServer }, { createContext }] = await Promise.all([import('../../http/server.ts'), import('../../http/context.ts')]);
  const app = await buildServer(createContext(store, pack), { logger: false, alertsEveryMinutes: flags.alertsEvery ?? alertMinutesFromEnv(), worker: flags.worker !== false });
  await app.listen({ port: flags.port, host: flags.host });
  const url = `http://${flags.host.includes(':') ? `[${flags.host}]` : flags.host}:${flags.port}/`;
  const stop = async () => {
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  return url;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description(summaryOf('serve'))
    .option('--port <n>', `port (default ${DEFAULT_PORT})`, parsePositiveInt, DEFAULT_PORT)
    .option('--host <host>', 'address to listen on (default 127.0.0.1; 0.0.0.0 for a team server)', '127.0.0.1')
    .option('--alerts-every <minutes>', 'compute and send alerts every N minutes (default $RADAR57_ALERTS_EVERY, else 15; 0: off)', parseNonNegativeInt)
    .option('--no-worker', 'run no jobs in this process: `radar57 worker` processes consume the queue')
    .option('--read-threads <n>', 'threads answering uncached searches and document reads on a SQLite file (default: one per core; 0: none)', parseNonNegativeInt)
    .action(async (flags: ServeFlags, command: Command) => {
      // Uncached searches and document reads run in a pool of read-only threads, one per core by
      // default; on two cores the server's own thread competes with them (docs/benchmarks.md).
      const opened = await openStore(dbPath(command));
      const store = flags.readThreads === 0 ? opened : withReadPool(opened, flags.readThreads);
      const url = await serveStore(store, loadPack(packDir(command)), flags, actorName(command));
      printText(`Radar 57 đang chạy tại ${url}  (API: ${url}api/v1, tài liệu API: ${url}api/docs; Ctrl+C để dừng)\n`);
      if (await store.accounts.countUsers() === 0) {
        printText('Chưa có tài khoản nào: tạo quản trị viên bằng `radar57 user add <tên> --role admin`.\n');
      }
    });
}
