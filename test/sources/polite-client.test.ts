// Politeness and safety rules of the crawler's HTTP client, each asserted against a loopback server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { PoliteClient, RobotsDisallowedError, ContentTypeError, HttpStatusError, retryAfterMs } from '../../src/sources/polite-client.ts';
import { FetchError } from '../../src/sources/http-get.ts';
import { isPublicAddress } from '../../src/sources/address-guard.ts';
import { startFixtureServer, send } from './fixture-server.ts';

const HTML = 'text/html; charset=utf-8';
const page = (title: string) => `<!doctype html><html lang="vi"><head><title>${title}</title></head><body><p>${title}</p></body></html>`;

function client(overrides: ConstructorParameters<typeof PoliteClient>[0] = {}) {
  return new PoliteClient({ allowPrivate: true, delayMs: 0, backoffMs: 10, timeoutMs: 2000, ...overrides });
}

test('private, loopback and link-local targets are refused unless allowed', async (t) => {
  const server = await startFixtureServer();
  t.after(() => server.close());
  server.route('/a', send(200, HTML, page('a')));
  const strict = new PoliteClient({ delayMs: 0 });
  for (const target of [`${server.base}/a`, 'http://localhost:9/x', 'http://[::1]:9/x', 'http://169.254.169.254/latest/meta-data', 'http://10.0.0.1/', 'http://192.168.1.1/']) {
    await assert.rejects(strict.fetch(target, ['html']), (err: unknown) => err instanceof FetchError && err.kind === 'blocked', target);
  }
  assert.equal(server.log.length, 0, 'no request reached the loopback server');
  const res = await client().fetch(`${server.base}/a`, ['html']);
  assert.equal(res.status, 200);
});

test('only http and https are fetched', async () => {
  for (const target of ['file:///etc/passwd', 'ftp://example.com/x', 'gopher://x/', 'not a url']) {
    await assert.rejects(client().fetch(target, []), (err: unknown) => err instanceof FetchError && err.kind === 'scheme', target);
  }
});

test('the address check knows the reserved ranges', () => {
  for (const a of ['::7f00:1', '::a01:203', '::127.0.0.1', '127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.0.1', '169.254.169.254', '::1', 'fe80::1', 'fc00::1', '::ffff:127.0.0.1', '0.0.0.0', '100.64.0.1']) {
    assert.equal(isPublicAddress(a), false, a);
  }
  for (const a of ['8.8.8.8', '203.113.131.1', '2001:4860:4860::8888']) assert.equal(isPublicAddress(a), true, a);
});

test('every redirect hop is checked again: a redirect to a refused address fails there', async (t) => {
  const server = await startFixtureServer();
  t.after(() => server.close());
  const port = new URL(server.base).port;
  // Admit the fixture server's own address only; 127.0.0.2 (also loopback) stands for an internal host.
  const onlyFixture = (address: string) => address === '127.0.0.1';
  server.route('/go', send(302, 'text/plain', '', { location: `http://127.0.0.2:${port}/inside` }));
  const c = client({ allowAddress: onlyFixture });
  await assert.rejects(c.fetch(`${server.base}/go`, []), (e: unknown) => e instanceof FetchError && e.kind === 'blocked' && /127\.0\.0\.2/.test(e.message));
  assert.equal(server.hits('/inside'), 0);
  await assert.rejects(new PoliteClient({ delayMs: 0 }).fetch('http://169.254.169.254/latest/meta-data', []), (e: unknown) => e instanceof FetchError && e.kind === 'blocked');
});

test('robots.txt is obeyed, fetched once per host, and its Crawl-delay spaces requests', async (t) => {
  const server = await startFixtureServer();
  t.after(() => server.close());
  server.route('/robots.txt', send(200, 'text/plain', 'User-agent: *\nDisallow: /private/\nCrawl-delay: 0.3\n'));
  server.route('/private/x', send(200, HTML, page('secret')));
  server.route('/p1', send(200, HTML, page('1')));
  server.route('/p2', send(200, HTML, page('2')));
  const c = client();
  await assert.rejects(c.fetch(`${server.base}/private/x`, ['html']), RobotsDisallowedError);
  await c.fetch(`${server.base}/p1`, ['html']);
  await c.fetch(`${server.base}/p2`, ['html']);
  assert.equal(server.hits('/private/x'), 0);
  assert.equal(server.hits('/robots.txt'), 1);
  const [a, b] = [server.log.find((l) => l.path === '/p1')!, server.log.find((l) => l.path === '/p2')!];
  assert.ok(b.at - a.at >= 280, `gap ${b.at - a.at} ms honours Crawl-delay 0.3 s`);
});

test('one request at a time per host, with the configured delay between them', async (t) => {
  const server = await startFixtureServer();
  t.after(() => server.close());
  let inFlight = 0;
  let maxInFlight = 0;
  for (const p of ['/s1', '/s2', '/s3']) {
    server.route(p, (_req, res) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      setTimeout(() => {
        inFlight--;
        res.writeHead(200, { 'content-type': HTML }).end(page(p));
      }, 50);
    });
  }
  const c = client({ delayMs: 150 });
  await Promise.all(['/s1', '/s2', '/s3'].map((p) => c.fetch(`${server.base}${p}`, ['html'])));
  assert.equal(maxInFlight, 1);
  const times = server.log.filter((l) => l.path.startsWith('/s')).map((l) => l.at).sort((x, y) => x - y);
  for (let i = 1; i < times.length; i++) assert.ok(times[i]! - times[i - 1]! >= 150 + 40, `gap ${times[i]! - times[i - 1]!}`);
});

test('the User-Agent is sent and configurable', async (t) => {
  const server = await startFixtureServer();
  t.after(() => server.close());
  server.route('/ua', send(200, HTML, page('ua')));
  await client({ userAgent: 'TestBot/1 (+https://example.org/contact)' }).fetch(`${server.base}/ua`, ['html']);
  assert.equal(server.log.find((l) => l.path === '/ua')!.headers['user-agent'], 'TestBot/1 (+https://example.org/contact)');
});

test('conditional GET sends the remembered ETag and Last-Modified and understands 304', async (t) => {
  const server = await startFixtureServer();
  t.after(() => server.close());
  server.route('/feed', (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"', 'last-modified': 'Wed, 02 Jul 2025 10:00:00 GMT' }).end('<rss/>');
  });
  const c = client();
  const first = await c.fetch(`${server.base}/feed`, ['xml']);
  assert.equal(first.etag, '"v1"');
  const second = await c.fetch(`${server.base}/feed`, ['xml'], { etag: first.etag, lastModified: first.lastModified });
  assert.equal(second.notModified, true);
  const req = server.log.filter((l) => l.path === '/feed')[1]!;
  assert.equal(req.headers['if-modified-since'], 'Wed, 02 Jul 2025 10:00:00 GMT');
});

test('429 and 5xx are retried with backoff, honouring Retry-After', async (t) => {
  const server = await startFixtureServer();
  t.after(() => server.close());
  server.route('/busy', (_req, res, hits) => {
    if (hits === 1) return void res.writeHead(429, { 'retry-after': '1' }).end();
    if (hits === 2) return void res.writeHead(503).end();
    res.writeHead(200, { 'content-type': HTML }).end(page('ok'));
  });
  const waits: number[] = [];
  const c = client({ sleep: async (ms) => void waits.push(ms) });
  const res = await c.fetch(`${server.base}/busy`, ['html']);
  assert.equal(res.status, 200);
  assert.equal(server.hits('/busy'), 3);
  assert.ok(waits.includes(1000), `Retry-After 1 s honoured: ${waits}`);
  assert.ok(waits.includes(20), `second retry backs off exponentially (10 ms × 2): ${waits}`);
});

test('retries stop after the configured number and report the status', async (t) => {
  const server = await startFixtureServer();
  t.after(() => server.close());
  server.route('/down', send(500, 'text/plain', 'err'));
  await assert.rejects(client({ retries: 2 }).fetch(`${server.base}/down`, ['html']), (e: unknown) => e instanceof HttpStatusError && e.status === 500);
  assert.equal(server.hits('/down'), 3);
});

test('Retry-After accepts seconds and HTTP dates', () => {
  assert.equal(retryAfterMs('120'), 120_000);
  assert.equal(retryAfterMs('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')), 10_000);
  assert.equal(retryAfterMs('soon'), null);
});

test('slow responses time out', async (t) => {
  const server = await startFixtureServer();
  t.after(() => server.close());
  server.route('/slow', (_req, res) => {
    res.writeHead(200, { 'content-type': HTML });
    res.write('<p>');
    setTimeout(() => res.end('late</p>'), 1500);
  });
  await assert.rejects(client({ timeoutMs: 300, retries: 0 }).fetch(`${server.base}/slow`, ['html']), (e: unknown) => e instanceof FetchError && e.kind === 'timeout');
});

test('oversize bodies are cut off, declared or not, and after decompression', async (t) => {
  const server = await startFixtureServer();
  t.after(() => server.close());
  const big = 'x'.repeat(200_000);
  server.route('/declared', send(200, HTML, big));
  server.route('/chunked', (_req, res) => {
    res.writeHead(200, { 'content-type': HTML });
    for (let i = 0; i < 20; i++) res.write('y'.repeat(10_000));
    res.end();
  });
  server.route('/bomb', send(200, HTML, gzipSync(Buffer.alloc(5_000_000, 0x20)), { 'content-encoding': 'gzip' }));
  const c = client({ maxBytes: 100_000 });
  for (const p of ['/declared', '/chunked', '/bomb']) {
    await assert.rejects(c.fetch(`${server.base}${p}`, ['html']), (e: unknown) => e instanceof FetchError && e.kind === 'too-large', p);
  }
});

test('at most five redirects are followed, and the final URL is reported', async (t) => {
  const server = await startFixtureServer();
  t.after(() => server.close());
  for (let i = 0; i < 7; i++) server.route(`/r${i}`, send(301, 'text/plain', '', { location: `/r${i + 1}` }));
  server.route('/r7', send(200, HTML, page('end')));
  server.route('/ok0', send(302, 'text/plain', '', { location: '/r5' }));
  const c = client();
  await assert.rejects(c.fetch(`${server.base}/r0`, ['html']), /more than 5 redirects/);
  const res = await c.fetch(`${server.base}/ok0`, ['html']);
  assert.equal(res.url, `${server.base}/r7`);
  assert.equal(res.redirects.length, 3);
});

test('an unexpected content type is refused', async (t) => {
  const server = await startFixtureServer();
  t.after(() => server.close());
  server.route('/img', send(200, 'image/png', Buffer.from([0x89, 0x50])));
  await assert.rejects(client().fetch(`${server.base}/img`, ['html']), ContentTypeError);
});
