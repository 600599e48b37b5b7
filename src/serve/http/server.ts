// The HTTP server: the JSON API under /api/v1 (OpenAPI at /api/openapi.json, docs at /api/docs)
// and the web app (web/dist) at /. Fastify does the HTTP; zod schemas validate input and describe
// the API; every route reads the store synchronously (better-sqlite3), so a request never waits on
// another's I/O.
import { jobRoutes } from './routes/jobs.ts';
import { startWorker, type WorkerOptions } from '../jobs/worker-loop.ts';
import { existsSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import etag from '@fastify/etag';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from './context.ts';
import { registerAuth } from './auth.ts';
import { problemHandler, sendProblem } from './problem.ts';
import { accountRoutes } from './routes/accounts.ts';
import { readingRoutes } from './routes/reading.ts';
import { programmeRoutes } from './routes/programme.ts';
import { leagueRoutes } from './routes/league.ts';
import { submissionRoutes } from './routes/submissions.ts';
import { placeRoutes } from './routes/places.ts';
import { workRoutes } from './routes/work.ts';
import { taskProposalRoutes } from './routes/task-proposals.ts';
import { adminRoutes } from './routes/admin.ts';
import { reportRoutes } from './routes/reports.ts';
import { downloadRoutes } from './routes/downloads.ts';
import { alertRoutes } from './routes/alerts.ts';
import { attentionRoutes } from './routes/attention.ts';
import { MAX_FILE_BYTES } from '../../pipeline/ingest.ts';
import type { UploadLimits } from './uploads.ts';
import { environmentSettings } from '../../settings.ts';
import { scheduleAlerts } from '../../pipeline/alerts/schedule.ts';

export const WEB_DIST = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

export interface ServerOptions {
  /**
   * Log every request. Off, only errors are logged: a 500 is always written to the log with its
   * cause and the request (the client gets no detail of it).
   */
  logger?: boolean;
  /** Where the log goes (JSON lines, Fastify's logger); default standard error. */
  logStream?: Writable;
  /** Which proxies to believe about the client (X-Forwarded-*); default from $RADAR57_TRUST_PROXY. */
  trustProxy?: boolean | string;
  /** Largest uploaded file; default the ingest limit (64 MB). */
  maxUploadBytes?: number;
  /**
   * Largest sum of the files of one upload, held in memory until it is queued; default
   * UPLOAD_FILES_AT_LIMIT files at the largest size (256 MB with the default file limit).
   */
  maxUploadRequestBytes?: number;
  /** Folder of the built web app; default web/dist. */
  webDir?: string;
  /** Run alerts every so many minutes (pipeline/alerts/schedule.ts); absent or 0: never (tests). */
  alertsEveryMinutes?: number;
  /**
   * Run queued jobs in this process (default): a single-machine deployment needs nothing more.
   * Off when `radar57 worker` processes (on this machine or others) consume the queue.
   */
  worker?: boolean | Pick<WorkerOptions, 'leaseMs' | 'backoffMs' | 'pollMs' | 'concurrency'>;
}

/**
 * $RADAR57_TRUST_PROXY, for a server behind a reverse proxy that terminates TLS: unset or `false`,
 * nobody's X-Forwarded-* headers are believed (a direct client could send any); `true` believes
 * any proxy (only when no client can reach the server except through it); otherwise the proxies'
 * addresses or CIDR ranges, comma-separated (`127.0.0.1`, `10.0.0.0/8`, `loopback`). With the proxy trusted, a request that reached it over
 * https is https here: the session cookie is Secure and failed logins are counted against the client's own address.
 */
export function trustProxyFrom(value: string | undefined): boolean | string {
  return environmentSettings({ RADAR57_TRUST_PROXY: value }).RADAR57_TRUST_PROXY;
}

/**
 * The Content-Security-Policy of the app and the API: scripts, styles, data and fonts from this
 * origin only (the app is one Vite bundle with Chart.js inside; no CDN, no inline script), images
 * also as data: URLs (the favicon), no plugins, no framing by any other site, forms posting here
 * only. Not `upgrade-insecure-requests`: a server on plain http (127.0.0.1) must still load its
 * own assets.
 */
const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  imgSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
};

function cspHeader(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${values.join(' ')}`)
    .join('; ');
}

/** An upload may carry this many files of the largest size (uploads are held in memory). */
export const UPLOAD_FILES_AT_LIMIT = 4;

export async function buildServer(ctx: AppContext, options: ServerOptions = {}): Promise<FastifyInstance> {
  // Validation messages in Vietnamese, like the rest of what users read (zod's own locale).
  z.config(z.locales.vi());
  const app = Fastify({
    // At level error the per-request lines (info) are not written; errors always are.
    logger: { level: options.logger ? 'info' : 'error', stream: options.logStream ?? process.stderr },
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: options.trustProxy ?? environmentSettings().RADAR57_TRUST_PROXY,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(problemHandler);

  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // Only browsers that reached the server over https heed it; subdomains are not this server's to decide.
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: false },
  });
  await app.register(cookie);
  await app.register(etag);
  const perFile = options.maxUploadBytes ?? MAX_FILE_BYTES;
  const uploads: UploadLimits = { perFile, perRequest: options.maxUploadRequestBytes ?? UPLOAD_FILES_AT_LIMIT * perFile };
  await app.register(multipart, { limits: { fileSize: uploads.perFile, files: 100 } });
  await ctx.store.accounts.purgeExpiredSessions();
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: 20 * 1024 * 1024 }, (_req, body, done) => done(null, body));
  await app.register(swagger, {
    openapi: {
      info: { title: 'Radar 57 API', version: '1.0.0', description: 'Theo dõi việc thực hiện Nghị quyết 57-NQ/TW: tin bài, dữ kiện, chương trình, nhiệm vụ.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'r57_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    // Swagger UI injects <style> elements: its pages alone may apply inline styles (never scripts).
    uiHooks: {
      onRequest: (_request, reply, done) => {
        reply.header('content-security-policy', cspHeader({ ...CSP_DIRECTIVES, styleSrc: ["'self'", "'unsafe-inline'"] }));
        done();
      },
    },
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerAuth(app, ctx);
  accountRoutes(app, ctx);
  readingRoutes(app, ctx);
  programmeRoutes(app, ctx);
  leagueRoutes(app, ctx);
  submissionRoutes(app, ctx);
  placeRoutes(app, ctx);
  workRoutes(app, ctx);
  taskProposalRoutes(app, ctx);
  adminRoutes(app, ctx, uploads);
  reportRoutes(app, ctx);
  downloadRoutes(app, ctx);
  alertRoutes(app, ctx);
  attentionRoutes(app, ctx);
  const stopAlerts = scheduleAlerts(ctx.store, ctx.pack, {
    everyMinutes: options.alertsEveryMinutes ?? 0,
    onError: (error) => app.log.error({ err: error }, 'alerts run failed'),
  });
  app.addHook('onClose', stopAlerts);
  jobRoutes(app, ctx);
  if (options.worker !== false) {
    const settings = typeof options.worker === 'object' ? options.worker : {};
    ctx.worker = startWorker({
      store: ctx.store,
      ...settings,
      execute: (job, onProgress) => ctx.jobs.run(job, onProgress),
      onEvent: (e) => {
        if (e.type === 'failed') app.log.error({ job: e.job.id, kind: e.job.kind, status: e.status }, `job failed: ${e.error}`);
        if (e.type === 'error') app.log.error(`job queue unreadable: ${e.error}`);
      },
    });
  }
  app.addHook('onClose', async () => {
    // The running job ends first (or, stopped by a kill, is taken again when its lease runs out).
    await ctx.worker?.stop();
    ctx.worker = null;
    await ctx.jobs.close();
  });

  const webDir = options.webDir ?? WEB_DIST;
  if (existsSync(webDir)) {
    // wildcard: files are looked up per request, so a rebuilt app is served without a restart.
    await app.register(fastifyStatic, { root: webDir, wildcard: true, index: 'index.html' });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    // An API route or a missing asset is a 404; anything else is a page of the app.
    if (path.startsWith('/api/') || path.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(path) || request.method !== 'GET') {
      return sendProblem(reply, 404, `không có đường dẫn ${request.method} ${path}`);
    }
    // The app routes on the client: every other page is its index.html.
    if (existsSync(webDir)) return reply.sendFile('index.html', webDir);
    return reply.code(503).type('text/plain; charset=utf-8').send('The web app is not built: run `npm run build`. The API is at /api/v1 (docs: /api/docs).');
  });
  return app;
}
