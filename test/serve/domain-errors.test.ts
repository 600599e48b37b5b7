// Issue 13: one error hierarchy, one mapping per face. Every kind of domain error thrown by a route
// reaches the client as problem+json with its own status and its message, never as a 500; the
// command line maps the same kinds to exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../src/store/index.ts';
import { BUILTIN_PACK_DIR, loadPack } from '../../src/programme/load.ts';
import { createContext } from '../../src/serve/http/context.ts';
import { buildServer } from '../../src/serve/http/server.ts';
import { Conflict, EXIT_CODE, Forbidden, InvalidInput, NotFound, Unauthenticated, Unavailable, type DomainError } from '../../src/errors.ts';
import { TaskError } from '../../src/store/tracking/task-types.ts';
import { LastAdminError } from '../../src/store/accounts.ts';
import { PackError } from '../../src/programme/problems.ts';
import { PdfUnavailableError } from '../../src/serve/report/pdf.ts';
import { failureOf } from '../../src/serve/cli/failure.ts';
import { parsePeriod } from '../../src/text/periods.ts';

const CASES: { error: DomainError; status: number }[] = [
  { error: new NotFound('không có nhiệm vụ “X”'), status: 404 },
  { error: new InvalidInput('ngày “2025-02-30” không hợp lệ'), status: 400 },
  { error: new Conflict('nhiệm vụ “A” đã có'), status: 409 },
  { error: new Forbidden('không có quyền với cơ quan này'), status: 403 },
  { error: new Unauthenticated('cần đăng nhập'), status: 401 },
  { error: new Unavailable('chưa cài chromium'), status: 503 },
  // The project's own errors join the hierarchy with the statuses they had.
  { error: new TaskError('not_found', 'không có đề xuất “k”'), status: 404 },
  { error: new TaskError('duplicate', 'nhiệm vụ “A” đã có'), status: 409 },
  { error: new TaskError('invalid', 'hạn không đọc được'), status: 400 },
  { error: new LastAdminError('admin là quản trị viên duy nhất'), status: 409 },
  { error: new PackError('/gói', [{ file: 'targets.yaml', line: 3, path: 'targets[0]', message: 'thiếu id' }]), status: 400 },
  { error: new PdfUnavailableError('chưa cài chromium'), status: 503 },
  { error: (() => { try { parsePeriod('2025-13'); } catch (e) { return e as DomainError; } throw new Error('parsePeriod accepted 2025-13'); })(), status: 400 },
];

test('every domain error thrown through a route is problem+json with its status and message, never a 500', async (t) => {
  const store = await openStore(':memory:');
  const app = await buildServer(createContext(store, loadPack(BUILTIN_PACK_DIR)), { webDir: '/nonexistent' });
  t.after(async () => {
    await app.close();
    await store.close();
  });
  CASES.forEach(({ error }, i) => app.get(`/api/v1/test-throw/${i}`, async () => { throw error; }));
  app.get('/api/v1/test-throw/bug', async () => { throw new TypeError('x is undefined'); });
  for (const [i, { error, status }] of CASES.entries()) {
    const res = await app.inject({ method: 'GET', url: `/api/v1/test-throw/${i}` });
    assert.equal(res.statusCode, status, `${error.name}: ${res.body}`);
    assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
    const body = res.json() as { status: number; detail: string };
    assert.equal(body.status, status);
    assert.equal(body.detail, error.message, 'the message reaches the client as it is');
  }
  // Anything else is still a 500 that tells the client nothing.
  const bug = await app.inject({ method: 'GET', url: '/api/v1/test-throw/bug' });
  assert.equal(bug.statusCode, 500);
  assert.doesNotMatch(bug.body, /undefined/);
});

test('the command line maps each kind to its exit code and prints the message', () => {
  for (const { error } of CASES) {
    const failure = failureOf(error);
    assert.equal(failure.message, error.message);
    assert.equal(failure.exitCode, EXIT_CODE[error.kind]);
    assert.notEqual(failure.exitCode, 0);
  }
  assert.equal(failureOf(new NotFound('x')).exitCode, 3);
  assert.equal(failureOf(new TypeError('bug')).exitCode, 2, 'anything else keeps the old usage status');
});
