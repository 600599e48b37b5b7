// Login, logout, who am I; users, API tokens and settings (admin).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ANONYMOUS_READ, ROLES } from '../../../store/accounts.ts';
import type { AppContext } from '../context.ts';
import { SESSION_COOKIE, SESSION_DAYS, allow, requireRole, requireUser, signedIn } from '../auth.ts';
import { hashPassword, newToken, tokenHash, verifyPassword } from '../../../store/credentials.ts';
import { HttpProblem } from '../problem.ts';

const userView = (u: { username: string; role: string; agencies: string[] }) => ({ username: u.username, role: u.role, agencies: u.agencies });

export function accountRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { accounts } = ctx.store;

  r.post(
    '/api/v1/auth/login',
    {
      // Guessing passwords gets slow: 10 attempts a minute per address.
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: { tags: ['auth'], summary: 'Log in; sets the session cookie', body: z.object({ username: z.string().min(1), password: z.string().min(1) }) },
    },
    async (request, reply) => {
      const found = accounts.credentials(request.body.username);
      // The same answer, and a hash computed either way, whether the user exists or not.
      const ok = await verifyPassword(request.body.password, found?.passwordHash ?? 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
      if (!found || !ok) throw new HttpProblem(401, 'sai tên đăng nhập hoặc mật khẩu');
      const token = newToken();
      const csrfToken = newToken();
      const expires = new Date(Date.now() + SESSION_DAYS * 86_400_000);
      accounts.createSession(found.user.id, tokenHash(token), csrfToken, expires.toISOString());
      reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', path: '/', expires, secure: request.protocol === 'https' });
      return { user: userView(found.user), csrfToken };
    },
  );

  r.post('/api/v1/auth/logout', { schema: { tags: ['auth'], summary: 'Log out' } }, async (request, reply) => {
    const cookie = request.cookies[SESSION_COOKIE];
    if (cookie) accounts.deleteSession(tokenHash(cookie));
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  r.get('/api/v1/auth/me', { schema: { tags: ['auth'], summary: 'The current user, CSRF token and whether anonymous reading is on' } }, async (request) => ({
    user: request.user ? userView(request.user) : null,
    csrfToken: request.csrfToken,
    anonymousRead: accounts.getSetting(ANONYMOUS_READ, false),
  }));

  r.get('/api/v1/users', { onRequest: allow('admin'), schema: { tags: ['admin'], summary: 'Accounts' } }, async (request) => {
    requireRole(request, 'admin');
    return { items: accounts.listUsers(), nextCursor: null };
  });

  r.post(
    '/api/v1/users',
    {
      onRequest: allow('admin'),
      schema: {
        tags: ['admin'],
        summary: 'Create an account',
        body: z.object({ username: z.string().min(2).max(64), password: z.string().min(8), role: z.enum(ROLES), agencies: z.array(z.string()).default([]) }),
      },
    },
    async (request, reply) => {
      const admin = requireRole(request, 'admin');
      const known = new Set([...ctx.pack.agencies, ...ctx.pack.provinces].map((a) => a.id));
      const unknown = request.body.agencies.filter((a) => !known.has(a));
      if (unknown.length > 0) throw new HttpProblem(400, `không có cơ quan: ${unknown.join(', ')}`, [{ field: 'body.agencies', message: 'unknown agency id' }]);
      try {
        const user = accounts.addUser({ ...request.body, passwordHash: await hashPassword(request.body.password) }, admin.username);
        return reply.code(201).send(user);
      } catch (error) {
        throw new HttpProblem(/exists/.test((error as Error).message) ? 409 : 400, (error as Error).message);
      }
    },
  );

  r.post('/api/v1/tokens', { onRequest: signedIn, schema: { tags: ['auth'], summary: 'Create an API token (shown once)', body: z.object({ name: z.string().min(1).max(100) }) } }, async (request, reply) => {
    const user = requireUser(request);
    const token = newToken('r57_');
    accounts.createToken(user.id, request.body.name, tokenHash(token), user.username);
    return reply.code(201).send({ name: request.body.name, token });
  });

  r.get('/api/v1/tokens', { onRequest: signedIn, schema: { tags: ['auth'], summary: 'Your API tokens (without their secrets)' } }, async (request) => {
    const user = requireUser(request);
    return { items: accounts.listTokens(user.id), nextCursor: null };
  });

  r.delete('/api/v1/tokens/:id', { onRequest: signedIn, schema: { tags: ['auth'], summary: 'Revoke an API token (yours; an admin: anyone\'s)', params: z.object({ id: z.coerce.number().int().positive() }) } }, async (request) => {
    const user = requireUser(request);
    if (!accounts.revokeToken(request.params.id, user.role === 'admin' ? null : user.id, user.username)) throw new HttpProblem(404, `bạn không có mã API số ${request.params.id}`);
    return { revoked: true };
  });

  r.get('/api/v1/settings', { onRequest: allow('admin'), schema: { tags: ['admin'], summary: 'Settings' } }, async (request) => {
    requireRole(request, 'admin');
    return { anonymousRead: accounts.getSetting(ANONYMOUS_READ, false) };
  });

  r.put('/api/v1/settings', { onRequest: allow('admin'), schema: { tags: ['admin'], summary: 'Change settings', body: z.object({ anonymousRead: z.boolean() }) } }, async (request) => {
    const admin = requireRole(request, 'admin');
    accounts.setSetting(ANONYMOUS_READ, request.body.anonymousRead, admin.username);
    return { anonymousRead: request.body.anonymousRead };
  });
}
