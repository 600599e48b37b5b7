// An in-process HTTP server on loopback that plays a news site for the crawler tests: feeds,
// sitemaps, robots.txt, pages in several character sets, redirects, 429s, slow and oversize bodies.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoggedRequest {
  path: string;
  at: number;
  headers: IncomingMessage['headers'];
}

export type Route = (req: IncomingMessage, res: ServerResponse, hits: number) => void;

export interface FixtureServer {
  base: string;
  log: LoggedRequest[];
  route(path: string, handler: Route): void;
  hits(path: string): number;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, Route>();
  const log: LoggedRequest[] = [];
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    log.push({ path, at: Date.now(), headers: req.headers });
    const handler = routes.get(path);
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    handler(req, res, log.filter((l) => l.path === path).length);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    log,
    route: (path, handler) => void routes.set(path, handler),
    hits: (path) => log.filter((l) => l.path === path).length,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

export const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): Route =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': type, ...headers }).end(body);
  };
