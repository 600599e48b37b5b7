// Login, logout, who am I, one's own password; users, API tokens and settings (admin).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ANONYMOUS_READ, LastAdminError, ROLES, TOKEN_DAYS } from '../../../store/accounts.ts';
import type { AppContext } from '../context.ts';
import { SESSION_COOKIE, allow, requireRole, requireUser, signedIn } from '../auth.ts';
import { hashPassword, newToken, tokenHash, verifyPassword } from '../../../store/credentials.ts';
import { HttpProblem } from '../problem.ts';
import { createLoginLimiter } from '../login-limit.ts';

const userView = (u: { username: string; role: string; agencies: string[] }) => ({ username: u.username, role: u.role, agencies: u.agencies });

/** Verified against when the user does not exist, so that both answers take as long. */
const NO_SUCH_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
const newPassword = z.string().min(8).max(200);

export function accountRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { accounts } = ctx.store;
  const limiter = createLoginLimiter();
  const knownAgencies = () => new Set([...ctx.pack.agencies, ...ctx.pack.provinces].map((a) => a.id));
  const checkAgencies = (agencies: readonly string[]) => {
    const known = knownAgencies();
    const unknown = agencies.filter((a) => !known.has(a));
    if (unknown.length > 0) throw new HttpProblem(400, `không có cơ quan: ${unknown.join(', ')}`, [{ field: 'body.agencies', message: 'unknown agency id' }]);
  };
  /** 429 while this account or address has failed too often (login-limit.ts). */
  const checkLimit = (username: string, address: string) => {
    const wait = limiter.refused(username, address);
    if (wait !== null) throw new HttpProblem(429, `quá nhiều lần nhập sai mật khẩu; thử lại sau ${Math.ceil(wait / 60)} phút`, [], { 'retry-after': String(wait) });
  };

  r.post(
    '/api/v1/auth/login',
    { schema: { tags: ['auth'], summary: 'Log in; sets the session cookie (failed attempts are limited per account and address)', body: z.object({ username: z.string().min(1).max(200), password: z.string().min(1).max(1000) }) } },
    async (request, reply) => {
      const { username, password } = request.body;
      checkLimit(username, request.ip);
      const found = await accounts.credentials(username);
      // The same answer, and a hash computed either way, whether the user exists or not.
      const ok = await verifyPassword(password, found?.passwordHash ?? NO_SUCH_HASH);
      if (!found || !ok) {
        limiter.failed(username, request.ip);
        throw new HttpProblem(401, 'sai tên đăng nhập hoặc mật khẩu');
      }
      limiter.succeeded(username, request.ip);
      await accounts.purgeExpiredSessions();
      const token = newToken();
      const csrfToken = newToken();
      const { expiresAt } = await accounts.createSession(found.user.id, tokenHash(token), csrfToken);
      reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', path: '/', expires: new Date(expiresAt), secure: request.protocol === 'https' });
      return { user: userView(found.user), csrfToken, expiresAt };
    },
  );

  r.post('/api/v1/auth/logout', { schema: { tags: ['auth'], summary: 'Log out' } }, async (request, reply) => {
    const cookie = request.cookies[SESSION_COOKIE];
    if (cookie) await accounts.deleteSession(tokenHash(cookie));
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  r.get('/api/v1/auth/me', { schema: { tags: ['auth'], summary: 'The current user, CSRF token and whether anonymous reading is on' } }, async (request) => ({
    user: request.user ? userView(request.user) : null,
    csrfToken: request.csrfToken,
    anonymousRead: await accounts.getSetting(ANONYMOUS_READ, false),
  }));

  r.post(
    '/api/v1/auth/password',
    {
      onRequest: signedIn,
      schema: { tags: ['auth'], summary: 'Change your own password; your other sessions end', body: z.object({ currentPassword: z.string().min(1).max(1000), newPassword }) },
    },
    async (request) => {
      const user = requireUser(request);
      // The current password is asked for, and wrong ones count as failed logins: a stolen
      // session or token alone cannot take the account over.
      checkLimit(user.username, request.ip);
      const found = await accounts.credentials(user.username);
      if (!found || !(await verifyPassword(request.body.currentPassword, found.passwordHash))) {
        limiter.failed(user.username, request.ip);
        throw new HttpProblem(403, 'mật khẩu hiện tại không đúng', [{ field: 'body.currentPassword', message: 'wrong password' }]);
      }
      const cookie = request.authMethod === 'cookie' ? request.cookies[SESSION_COOKIE] : undefined;
      await accounts.setPassword(user.username, await hashPassword(request.body.newPassword), user.username, cookie ? tokenHash(cookie) : undefined);
      return { ok: true };
    },
  );

  r.get('/api/v1/users', { onRequest: allow('admin'), schema: { tags: ['admin'], summary: 'Accounts' } }, async () => ({ items: await accounts.listUsers(), nextCursor: null }));

  r.post(
    '/api/v1/users',
    {
      onRequest: allow('admin'),
      schema: {
        tags: ['admin'],
        summary: 'Create an account',
        body: z.object({ username: z.string().min(2).max(64), password: newPassword, role: z.enum(ROLES), agencies: z.array(z.string()).default([]) }),
      },
    },
    async (request, reply) => {
      const admin = requireRole(request, 'admin');
      checkAgencies(request.body.agencies);
      try {
        const user = await accounts.addUser({ ...request.body, passwordHash: await hashPassword(request.body.password) }, admin.username);
        return reply.code(201).send(user);
      } catch (error) {
        throw new HttpProblem(/exists/.test((error as Error).message) ? 409 : 400, (error as Error).message);
      }
    },
  );

  r.patch(
    '/api/v1/users/:username',
    {
      onRequest: allow('admin'),
      schema: {
        tags: ['admin'],
        summary: 'Change a role or a reporter\'s agencies, disable or enable an account (a disabled account\'s sessions end)',
        params: z.object({ username: z.string() }),
        body: z.object({ role: z.enum(ROLES).optional(), agencies: z.array(z.string()).optional(), disabled: z.boolean().optional() }),
      },
    },
    async (request) => {
      const admin = requireRole(request, 'admin');
      if (request.body.agencies) checkAgencies(request.body.agencies);
      try {
        const user = await accounts.updateUser(request.params.username, request.body, admin.username);
        if (!user) throw new HttpProblem(404, `không có tài khoản ${request.params.username}`);
        return user;
      } catch (error) {
        if (error instanceof HttpProblem) throw error;
        throw new HttpProblem(error instanceof LastAdminError ? 409 : 400, (error as Error).message);
      }
    },
  );

  r.post(
    '/api/v1/users/:username/password',
    {
      onRequest: allow('admin'),
      schema: { tags: ['admin'], summary: 'Reset a user\'s password; all their sessions end', params: z.object({ username: z.string() }), body: z.object({ password: newPassword }) },
    },
    async (request) => {
      const admin = requireRole(request, 'admin');
      if (!await accounts.setPassword(request.params.username, await hashPassword(request.body.password), admin.username)) {
        throw new HttpProblem(404, `không có tài khoản ${request.params.username}`);
      }
      return { ok: true };
    },
  );

  r.post(
    '/api/v1/tokens',
    { onRequest: signedIn, schema: { tags: ['auth'], summary: `Create an API token (shown once; it works for ${TOKEN_DAYS} days)`, body: z.object({ name: z.string().min(1).max(100) }) } },
    async (request, reply) => {
      const user = requireUser(request);
      const token = newToken('r57_');
      await accounts.createToken(user.id, request.body.name, tokenHash(token), user.username);
      const made = (await accounts.listTokens(user.id)).at(-1);
      return reply.code(201).send({ name: request.body.name, token, expiresAt: made?.expiresAt ?? null });
    },
  );

  r.get('/api/v1/tokens', { onRequest: signedIn, schema: { tags: ['auth'], summary: 'Your API tokens (without their secrets), with their expiry' } }, async (request) => {
    const user = requireUser(request);
    return { items: await accounts.listTokens(user.id), nextCursor: null };
  });

  r.delete('/api/v1/tokens/:id', { onRequest: signedIn, schema: { tags: ['auth'], summary: 'Revoke an API token (yours; an admin: anyone\'s)', params: z.object({ id: z.coerce.number().int().positive() }) } }, async (request) => {
    const user = requireUser(request);
    if (!await accounts.revokeToken(request.params.id, user.role === 'admin' ? null : user.id, user.username)) throw new HttpProblem(404, `bạn không có mã API số ${request.params.id}`);
    return { revoked: true };
  });

  r.get('/api/v1/settings', { onRequest: allow('admin'), schema: { tags: ['admin'], summary: 'Settings' } }, async () => ({ anonymousRead: await accounts.getSetting(ANONYMOUS_READ, false) }));

  r.put('/api/v1/settings', { onRequest: allow('admin'), schema: { tags: ['admin'], summary: 'Change settings', body: z.object({ anonymousRead: z.boolean() }) } }, async (request) => {
    const admin = requireRole(request, 'admin');
    await accounts.setSetting(ANONYMOUS_READ, request.body.anonymousRead, admin.username);
    return { anonymousRead: request.body.anonymousRead };
  });
}
