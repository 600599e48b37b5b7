// A server over a fresh in-memory demo store, listening on a free local port: what the browser
// tests and the screenshot script run against.
import type { FastifyInstance } from 'fastify';
import { openStore, type Store } from '../../store/index.ts';
import { BUILTIN_PACK_DIR, loadPack } from '../../programme/load.ts';
import { prepareDemo, type DemoAccount } from '../../pipeline/demo-data.ts';
import { createContext } from './context.ts';
import { buildServer } from './server.ts';

export interface DemoServer {
  url: string;
  app: FastifyInstance;
  store: Store;
  accounts: DemoAccount[];
  close(): Promise<void>;
}

export async function startDemoServer(options: { password: string; today?: string }): Promise<DemoServer> {
  const store = await openStore(':memory:');
  const pack = loadPack(BUILTIN_PACK_DIR);
  const { accounts } = await prepareDemo(store, pack, { password: options.password });
  const app = await buildServer(createContext(store, pack, options.today ? { today: () => options.today! } : {}));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    store,
    accounts,
    async close() {
      await app.close();
      await store.close();
    },
  };
}
