// Issue 10, item 13: the account lifecycle. A user changes their own password, an admin resets
// one, disables a user or changes a role (API and CLI, each audited); sessions and API tokens
// expire after documented durations and expired sessions are deleted; the login limit counts
// failures, per account and per address, so colleagues behind one proxy are not locked out.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { startApi, PASSWORD } from './api-fixture.ts';
import { createStore } from '../../src/store/store.ts';
import { openSqlite } from '../../src/store/sqlite/open.ts';
import { sqliteDialect } from '../../src/store/sqlite/search-dialect.ts';
import { openStore } from '../../src/store/index.ts';
import { SESSION_DAYS, TOKEN_DAYS } from '../../src/store/accounts.ts';
import { hashPassword, tokenHash, verifyPassword } from '../../src/store/credentials.ts';
import { LOGIN_LIMITS } from '../../src/serve/http/login-limit.ts';
import { REPO, tempDir } from '../helpers.ts';

const api = await startApi();
after(() => api.close());

const DAY = 86_400_000;
const audit = async (action: string) => (await api.store.audit.list({ limit: 10_000 })).filter((a) => a.action === action);
const login = (username: string, password: string, remoteAddress = '127.0.0.1') =>
  api.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, remoteAddress });
const me = async (cookie: string) => (await api.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).json().user;

async function newUser(username: string, role = 'viewer', agencies: string[] = []) {
  const res = await api.as('admin', { method: 'POST', url: '/api/v1/users', payload: { username, password: PASSWORD, role, agencies } });
  assert.equal(res.statusCode, 201, res.body);
}

test('a user changes their own password: the old one stops working, other sessions end, this one goes on; audited', async () => {
  await newUser('doimk');
  const here = await api.login('doimk');
  const elsewhere = await api.login('doimk');
  const wrong = await api.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: { cookie: here.cookie, 'x-csrf-token': here.csrf }, payload: { currentPassword: 'không-phải-nó', newPassword: 'mật-khẩu-mới-dài' } });
  assert.equal(wrong.statusCode, 403, wrong.body);
  const changed = await api.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: { cookie: here.cookie, 'x-csrf-token': here.csrf }, payload: { currentPassword: PASSWORD, newPassword: 'mật-khẩu-mới-dài' } });
  assert.equal(changed.statusCode, 200, changed.body);
  assert.equal((await login('doimk', PASSWORD)).statusCode, 401);
  assert.equal((await login('doimk', 'mật-khẩu-mới-dài')).statusCode, 200);
  assert.equal((await me(here.cookie))?.username, 'doimk', 'the session that changed it goes on');
  assert.equal(await me(elsewhere.cookie), null, 'other sessions end');
  const entry = (await audit('user.password')).find((a) => a.target === 'user:doimk');
  assert.equal(entry?.actor, 'doimk');
  assert.ok(!JSON.stringify(entry).includes('mật-khẩu-mới-dài'), 'no secret in the audit log');
  const short = await api.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: { cookie: here.cookie, 'x-csrf-token': here.csrf }, payload: { currentPassword: 'mật-khẩu-mới-dài', newPassword: 'ngắn' } });
  assert.equal(short.statusCode, 400);
});

test('an admin resets a password: every session of that user ends; others may not; audited', async () => {
  await newUser('quenmk');
  const session = await api.login('quenmk');
  assert.equal((await api.as('editor', { method: 'POST', url: '/api/v1/users/quenmk/password', payload: { password: 'đặt-lại-mật-khẩu' } })).statusCode, 403);
  assert.equal((await api.as('admin', { method: 'POST', url: '/api/v1/users/khong-ai/password', payload: { password: 'đặt-lại-mật-khẩu' } })).statusCode, 404);
  const reset = await api.as('admin', { method: 'POST', url: '/api/v1/users/quenmk/password', payload: { password: 'đặt-lại-mật-khẩu' } });
  assert.equal(reset.statusCode, 200, reset.body);
  assert.equal(await me(session.cookie), null);
  assert.equal((await login('quenmk', PASSWORD)).statusCode, 401);
  assert.equal((await login('quenmk', 'đặt-lại-mật-khẩu')).statusCode, 200);
  assert.deepEqual((await audit('user.password')).filter((a) => a.target === 'user:quenmk').map((a) => a.actor), ['admin']);
});

test('an admin disables a user: sessions and tokens stop at once, login is refused; enabling restores login; audited', async () => {
  await newUser('tamkhoa', 'editor');
  const session = await api.login('tamkhoa');
  const token = (await api.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: { cookie: session.cookie, 'x-csrf-token': session.csrf }, payload: { name: 'script' } })).json().token;
  const disabled = await api.as('admin', { method: 'PATCH', url: '/api/v1/users/tamkhoa', payload: { disabled: true } });
  assert.equal(disabled.statusCode, 200, disabled.body);
  assert.equal(disabled.json().disabled, true);
  assert.equal(await me(session.cookie), null);
  assert.equal((await api.app.inject({ method: 'GET', url: '/api/v1/tasks', headers: { authorization: `Bearer ${token}` } })).statusCode, 401);
  assert.equal((await login('tamkhoa', PASSWORD)).statusCode, 401);
  assert.equal((await api.as('admin', { method: 'PATCH', url: '/api/v1/users/tamkhoa', payload: { disabled: false } })).statusCode, 200);
  assert.equal((await login('tamkhoa', PASSWORD)).statusCode, 200);
  const entries = (await audit('user.update')).filter((a) => a.target === 'user:tamkhoa');
  assert.deepEqual(entries.map((a) => [a.actor, (a.after as { disabled: boolean }).disabled]).reverse(), [['admin', true], ['admin', false]]);
});

test('an admin changes a role: it applies to the open session at once; a reporter needs an agency; the last admin stays', async () => {
  await newUser('doivaitro');
  const session = await api.login('doivaitro');
  const write = () => api.app.inject({ method: 'POST', url: '/api/v1/tasks', headers: { cookie: session.cookie, 'x-csrf-token': session.csrf }, payload: { key: 'vai-tro-1', title: 'x', setBy: '03-TB/BCĐTW', agency: 'bo-khcn', deadline: '2026' } });
  assert.equal((await write()).statusCode, 403);
  const promoted = await api.as('admin', { method: 'PATCH', url: '/api/v1/users/doivaitro', payload: { role: 'editor' } });
  assert.equal(promoted.statusCode, 200, promoted.body);
  assert.equal((await write()).statusCode, 201);
  assert.equal((await api.as('admin', { method: 'PATCH', url: '/api/v1/users/doivaitro', payload: { role: 'reporter' } })).statusCode, 400, 'a reporter without an agency');
  const reporter = await api.as('admin', { method: 'PATCH', url: '/api/v1/users/doivaitro', payload: { role: 'reporter', agencies: ['ha-noi'] } });
  assert.deepEqual([reporter.statusCode, reporter.json().agencies], [200, ['ha-noi']]);
  assert.equal((await api.as('admin', { method: 'PATCH', url: '/api/v1/users/doivaitro', payload: { agencies: ['atlantis'] } })).statusCode, 400);
  assert.ok((await audit('user.update')).some((a) => a.target === 'user:doivaitro' && (a.before as { role: string }).role === 'viewer' && (a.after as { role: string }).role === 'editor'));
  // The only admin cannot demote or disable itself: someone must be able to manage accounts.
  assert.equal((await api.as('admin', { method: 'PATCH', url: '/api/v1/users/admin', payload: { role: 'editor' } })).statusCode, 409);
  assert.equal((await api.as('admin', { method: 'PATCH', url: '/api/v1/users/admin', payload: { disabled: true } })).statusCode, 409);
});

test('the login limit counts failures per account and address; successes never count', async () => {
  await newUser('dongnghiep');
  // A whole office behind one proxy logs in many times: never refused.
  for (let i = 0; i < LOGIN_LIMITS.address + 5; i++) assert.equal((await login('dongnghiep', PASSWORD, '198.51.100.7')).statusCode, 200, `success ${i}`);
  // Someone guessing one account from one address is stopped, even with the right password…
  let refused = 0;
  for (let i = 0; i < LOGIN_LIMITS.accountAndAddress + 3; i++) if ((await login('dongnghiep', 'đoán-thử-mãi', '203.0.113.5')).statusCode === 429) refused++;
  assert.equal(refused, 3);
  const locked = await login('dongnghiep', PASSWORD, '203.0.113.5');
  assert.equal(locked.statusCode, 429);
  assert.ok(Number(locked.headers['retry-after']) > 0);
  // …while the colleague at the office logs in as usual.
  assert.equal((await login('dongnghiep', PASSWORD, '198.51.100.7')).statusCode, 200);
  // Spraying many accounts from one address is stopped by the address limit.
  let sprayed = 0;
  for (let i = 0; i < LOGIN_LIMITS.address + 2; i++) if ((await login(`khong-co-${i}`, 'x', '192.0.2.66')).statusCode === 429) sprayed++;
  assert.equal(sprayed, 2);
  // Guessing one account from many addresses is stopped by the account limit.
  await newUser('muctieu');
  let spread = 0;
  for (let i = 0; i < LOGIN_LIMITS.account + 2; i++) if ((await login('muctieu', 'x', `10.1.${Math.floor(i / 4)}.${i % 4}`)).statusCode === 429) spread++;
  assert.equal(spread, 2);
});

test('sessions last SESSION_DAYS and API tokens TOKEN_DAYS; expired sessions are deleted', async () => {
  let now = Date.parse('2026-03-01T08:00:00.000Z');
  const store = await createStore(openSqlite(':memory:'), sqliteDialect, () => new Date(now).toISOString());
  try {
    const user = await store.accounts.addUser({ username: 'hethan', role: 'viewer', passwordHash: await hashPassword(PASSWORD) }, 'test');
    const session = await store.accounts.createSession(user.id, tokenHash('phien'), 'csrf');
    assert.equal(session.expiresAt, new Date(now + SESSION_DAYS * DAY).toISOString());
    await store.accounts.createToken(user.id, 'script', tokenHash('r57_token'), 'hethan');
    assert.equal((await store.accounts.listTokens(user.id))[0]!.expiresAt, new Date(now + TOKEN_DAYS * DAY).toISOString());

    now += SESSION_DAYS * DAY - 1000;
    assert.ok(await store.accounts.session(tokenHash('phien')));
    assert.equal(await store.accounts.purgeExpiredSessions(), 0);
    now += 2000;
    assert.equal(await store.accounts.session(tokenHash('phien')), null, 'expired');
    assert.equal(await store.accounts.purgeExpiredSessions(), 1, 'and deleted');

    assert.ok(await store.accounts.tokenUser(tokenHash('r57_token')));
    now = Date.parse('2026-03-01T08:00:00.000Z') + TOKEN_DAYS * DAY + 1000;
    assert.equal(await store.accounts.tokenUser(tokenHash('r57_token')), null, 'the token expired');
    assert.equal((await store.accounts.listTokens(user.id))[0]!.expired, true);
  } finally {
    await store.close();
  }
});

test('logging in deletes expired sessions; the cookie expires with its session', async () => {
  const user = (await api.store.accounts.listUsers()).find((u) => u.username === 'viewer')!;
  await api.store.accounts.createSession(user.id, tokenHash('cu-lam-roi'), 'csrf', '2000-01-01T00:00:00.000Z');
  const res = await login('viewer', PASSWORD);
  assert.equal(res.statusCode, 200);
  assert.equal(await api.store.accounts.purgeExpiredSessions(), 0, 'the login already deleted it');
  const cookie = res.cookies.find((c) => c.name === 'r57_session')!;
  const days = ((cookie.expires as Date).getTime() - Date.now()) / DAY;
  assert.ok(days > SESSION_DAYS - 1 && days <= SESSION_DAYS, String(days));
});

test('CLI: user passwd, disable, enable and role, each audited under --by', async (t) => {
  const db = join(tempDir(t), 'r.db');
  const cli = (args: string[], input?: string) =>
    execFileSync(process.execPath, ['--import', 'tsx', join(REPO, 'src/serve/cli/main.ts'), '--db', db, '--by', 'quan-tri', ...args], { encoding: 'utf8', input, env: { ...process.env, RADAR57_PASSWORD: '' } });
  cli(['user', 'add', 'an', '--role', 'viewer'], 'mat-khau-ban-dau\n');
  cli(['user', 'passwd', 'an'], 'mat-khau-thu-hai\n');
  cli(['user', 'role', 'an', '--role', 'reporter', '--agency', 'Hà Nội']);
  cli(['user', 'disable', 'an']);
  let store = await openStore(db);
  const found = (await store.accounts.listUsers()).find((u) => u.username === 'an')!;
  assert.deepEqual([found.role, found.agencies, found.disabled], ['reporter', ['ha-noi'], true]);
  assert.equal(await store.accounts.credentials('an'), null, 'a disabled user cannot log in');
  await store.close();
  cli(['user', 'enable', 'an']);
  store = await openStore(db);
  try {
    assert.ok(await verifyPassword('mat-khau-thu-hai', (await store.accounts.credentials('an'))!.passwordHash));
    const actions = (await store.audit.list({ target: 'user:an' })).map((a) => `${a.actor} ${a.action}`).reverse();
    assert.deepEqual(actions, ['quan-tri user.add', 'quan-tri user.password', 'quan-tri user.update', 'quan-tri user.update', 'quan-tri user.update']);
  } finally {
    await store.close();
  }
  assert.throws(() => cli(['user', 'disable', 'khong-ai']), /khong-ai/);
});
