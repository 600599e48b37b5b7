// Issue 10, item 10: security headers on every response (a Content-Security-Policy that keeps the
// app to its own origin and out of other sites' frames, nosniff, a referrer policy), no caching of
// what a signed-in user receives, and a trust-proxy setting so that the session cookie is Secure
// behind a TLS-terminating proxy (and only when the proxy is trusted).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApi } from './api-fixture.ts';
import { buildServer, trustProxyFrom } from '../../src/serve/http/server.ts';
import { createContext } from '../../src/serve/http/context.ts';
import { BUILTIN_PACK_DIR, loadPack } from '../../src/programme/load.ts';
import { PASSWORD } from './api-fixture.ts';

const api = await startApi();
after(() => api.close());

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
}

test('every response carries a CSP, nosniff, a referrer policy and refuses framing', async () => {
  for (const url of ['/', '/programme', '/api/v1/search?q=5G', '/api/v1/nothing', '/api/openapi.json']) {
    const res = await api.as(null, { method: 'GET', url });
    const csp = directives(String(res.headers['content-security-policy'] ?? ''));
    assert.deepEqual(csp.get('default-src'), ["'self'"], `${url}: ${res.headers['content-security-policy']}`);
    assert.deepEqual(csp.get('script-src'), ["'self'"], url);
    assert.deepEqual(csp.get('object-src'), ["'none'"], url);
    assert.deepEqual(csp.get('frame-ancestors'), ["'none'"], url);
    assert.deepEqual(csp.get('base-uri'), ["'self'"], url);
    assert.ok(!csp.has('upgrade-insecure-requests'), 'a server on plain http (127.0.0.1) must keep loading its own assets');
    assert.equal(res.headers['x-content-type-options'], 'nosniff', url);
    assert.equal(res.headers['x-frame-options'], 'DENY', url);
    assert.equal(res.headers['referrer-policy'], 'no-referrer', url);
  }
});

test('what a signed-in user receives is never stored by a cache; anonymous reads may be', async () => {
  const session = await api.login('editor');
  for (const url of ['/api/v1/search?q=5G', '/api/v1/auth/me', '/api/v1/tasks', '/api/v1/audit']) {
    const res = await api.app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
    assert.equal(res.statusCode, 200, url);
    assert.match(String(res.headers['cache-control']), /no-store/, url);
  }
  const token = (await api.as('viewer', { method: 'POST', url: '/api/v1/tokens', payload: { name: 'cache' } })).json().token;
  const viaToken = await api.app.inject({ method: 'GET', url: '/api/v1/programme/targets', headers: { authorization: `Bearer ${token}` } });
  assert.match(String(viaToken.headers['cache-control']), /no-store/);
  const login = await api.as(null, { method: 'POST', url: '/api/v1/auth/login', payload: { username: 'viewer', password: PASSWORD } });
  assert.match(String(login.headers['cache-control']), /no-store/, 'the login answer carries the CSRF token');
  const anonymous = await api.as(null, { method: 'GET', url: '/api/v1/search?q=5G' });
  assert.doesNotMatch(String(anonymous.headers['cache-control'] ?? ''), /no-store/);
});

test('behind a trusted TLS proxy the session cookie is Secure; an untrusted X-Forwarded-Proto changes nothing', async () => {
  const pack = loadPack(BUILTIN_PACK_DIR);
  const login = (app: Awaited<ReturnType<typeof buildServer>>, remoteAddress: string) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'viewer', password: PASSWORD }, headers: { 'x-forwarded-proto': 'https' }, remoteAddress });
  const secureOf = (res: Awaited<ReturnType<typeof login>>) => res.cookies.find((c) => c.name === 'r57_session')?.secure === true;

  const direct = await buildServer(createContext(api.store, pack));
  const proxied = await buildServer(createContext(api.store, pack), { trustProxy: trustProxyFrom('127.0.0.1') });
  try {
    assert.equal(secureOf(await login(direct, '127.0.0.1')), false, 'no proxy trusted: the header is anyone\'s to send');
    assert.equal(secureOf(await login(proxied, '127.0.0.1')), true, 'from the trusted proxy');
    assert.equal(secureOf(await login(proxied, '203.0.113.9')), false, 'not from the trusted proxy');
  } finally {
    await direct.close();
    await proxied.close();
  }
});

test('RADAR57_TRUST_PROXY: off when unset, true, or addresses', () => {
  assert.equal(trustProxyFrom(undefined), false);
  assert.equal(trustProxyFrom(''), false);
  assert.equal(trustProxyFrom('false'), false);
  assert.equal(trustProxyFrom('true'), true);
  assert.equal(trustProxyFrom('1'), true);
  assert.equal(trustProxyFrom('127.0.0.1, 10.0.0.0/8'), '127.0.0.1,10.0.0.0/8');
  assert.equal(trustProxyFrom('loopback'), 'loopback');
});
