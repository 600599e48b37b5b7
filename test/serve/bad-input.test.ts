// Issue 10, item 14: user input never makes a 500. Dates in the forms the CLI accepts are periods
// (a year, a month, a day, or dd/mm/yyyy); days that do not exist and anything else are a 400
// naming the field. Malformed paging cursors are a 400 too. A genuine 500 is logged through
// Fastify's logger, and the client gets no detail of it.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { startApi } from './api-fixture.ts';
import { createContext } from '../../src/serve/http/context.ts';
import { buildServer } from '../../src/serve/http/server.ts';

const api = await startApi();
after(() => api.close());

const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

test('search and facets take a year, a month, a day or dd/mm/yyyy as from and to', async () => {
  const all = (await api.as(null, { method: 'GET', url: '/api/v1/search?q=chuyen%20doi%20so&limit=200' })).json().items as { published: string | null }[];
  for (const [from, to, first, last] of [
    ['2025', '2025', '2025-01-01', '2025-12-31'],
    ['2025-07', '2025-07', '2025-07-01', '2025-07-31'],
    ['2025-07-02', '2025-07-02', '2025-07-02', '2025-07-02'],
    ['1/7/2025', '31/12/2025', '2025-07-01', '2025-12-31'],
  ] as const) {
    for (const path of ['/api/v1/search', '/api/v1/search/facets']) {
      const res = await api.as(null, { method: 'GET', url: `${path}?q=chuyen%20doi%20so&limit=200&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}` });
      assert.equal(res.statusCode, 200, `${path} from=${from} to=${to}: ${res.body}`);
    }
    const hits = (await api.as(null, { method: 'GET', url: `/api/v1/search?q=chuyen%20doi%20so&limit=200&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}` })).json().items as { published: string }[];
    const expected = all.filter((h) => h.published !== null && h.published.slice(0, 10) >= first && h.published.slice(0, 10) <= last);
    assert.equal(hits.length, expected.length, `from=${from} to=${to}`);
  }
});

test('days that do not exist and other text are a 400 naming from or to', async () => {
  for (const [query, field] of [
    ['from=2025-02-30', 'querystring.from'],
    ['from=2025-13-45', 'querystring.from'],
    ['to=2025-13', 'querystring.to'],
    ['to=31/2/2025', 'querystring.to'],
    ['from=h%C3%B4m%20qua', 'querystring.from'],
  ] as const) {
    for (const path of ['/api/v1/search', '/api/v1/search/facets']) {
      const res = await api.as(null, { method: 'GET', url: `${path}?q=x&${query}` });
      assert.equal(res.statusCode, 400, `${path}?${query}: ${res.body}`);
      assert.ok(res.json().errors.some((e: { field: string }) => e.field === field), `${path}?${query}: ${res.body}`);
    }
  }
});

test('a day that does not exist is a 400 naming the field wherever a day is taken', async () => {
  for (const url of ['/api/v1/tasks?today=2025-02-30', '/api/v1/programme/targets?today=2025-13-45', '/api/v1/agencies?today=2025-02-29', '/api/v1/programme/targets/x?today=2025']) {
    const res = await api.as(null, { method: 'GET', url });
    assert.equal(res.statusCode, 400, `${url}: ${res.body}`);
    assert.ok(res.json().errors.some((e: { field: string }) => e.field === 'querystring.today'), `${url}: ${res.body}`);
  }
  const task = await api.as('editor', { method: 'POST', url: '/api/v1/tasks', payload: { key: 'bad-day', title: 'x', setBy: 'x', agency: 'bo-khcn', deadline: '2026-13' } });
  assert.equal(task.statusCode, 400, task.body);
  assert.equal(task.json().errors[0].field, 'body.deadline');
  const made = await api.as('editor', { method: 'POST', url: '/api/v1/tasks', payload: { key: 'good-day', title: 'x', setBy: 'x', agency: 'bo-khcn', deadline: '31/12/2026' } });
  assert.equal(made.statusCode, 201, made.body);
  assert.equal(made.json().deadline, '2026-12-31');
  const status = await api.as('editor', { method: 'POST', url: '/api/v1/tasks/good-day/status', payload: { status: 'dang_thuc_hien', at: '2026-02-30' } });
  assert.equal(status.statusCode, 400, status.body);
  assert.equal(status.json().errors[0].field, 'body.at');
});

test('malformed cursors on documents, facts, search and lists are a 400 naming the cursor', async () => {
  const bad = ['%%%', 'bnVsbA', cursorOf([]), cursorOf({ o: 'abc' }), cursorOf({ o: -5 }), cursorOf({ o: 1.5 }), cursorOf({ o: 1e308 }), cursorOf({ o: null }), cursorOf('x')];
  for (const path of ['/api/v1/documents', '/api/v1/facts', '/api/v1/search?q=x', '/api/v1/entities', '/api/v1/tasks', '/api/v1/programme/observations']) {
    for (const cursor of bad) {
      const url = `${path}${path.includes('?') ? '&' : '?'}cursor=${cursor}`;
      const res = await api.as('editor', { method: 'GET', url });
      assert.equal(res.statusCode, 400, `${url}: ${res.body}`);
      assert.ok(res.json().errors?.some((e: { field: string }) => e.field === 'querystring.cursor'), `${url}: ${res.body}`);
    }
  }
});

test('a 500 is logged with its cause; the client sees no detail', async () => {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const app = await buildServer(createContext(api.store, (await import('../../src/programme/load.ts')).loadPack((await import('../../src/programme/load.ts')).BUILTIN_PACK_DIR)), { logStream: stream });
  app.get('/api/v1/test-failure', async () => {
    throw new Error('secret detail: /srv/radar57/db is corrupt');
  });
  try {
    const res = await app.inject({ method: 'GET', url: '/api/v1/test-failure' });
    assert.equal(res.statusCode, 500);
    assert.ok(!res.body.includes('secret detail'), res.body);
    assert.match(res.headers['content-type'] as string, /problem\+json/);
    const logged = lines.join('');
    assert.match(logged, /secret detail: \/srv\/radar57\/db is corrupt/);
    assert.match(logged, /test-failure/, 'the log names the request');
  } finally {
    await app.close();
  }
});
