// Who is asking, and may they. A request is authenticated by an API token (`Authorization: Bearer`)
// or a session cookie; cookie-authenticated writes must also carry the session's CSRF token in
// `X-CSRF-Token` (a cross-site form cannot read it). Reads may be open to anonymous users (a
// setting); writes never are. Reporters act only for their agencies.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Role, User } from '../../store/accounts.ts';
import type { AppContext } from './context.ts';
import { HttpProblem } from './problem.ts';
import { sameSecret, tokenHash } from '../../store/credentials.ts';
import { ANONYMOUS_READ } from '../../store/accounts.ts';
import { jsonFor, seesServerPaths } from './provenance.ts';

export const SESSION_COOKIE = 'r57_session';

declare module 'fastify' {
  interface FastifyRequest {
    user: User | null;
    authMethod: 'cookie' | 'token' | null;
    csrfToken: string | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Writes that need no session yet: logging in. */
const CSRF_EXEMPT = new Set(['/api/v1/auth/login']);

export function registerAuth(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('user', null);
  app.decorateRequest('authMethod', null);
  app.decorateRequest('csrfToken', null);

  // What a signed-in user receives (and every answer about sessions, which carry the CSRF token)
  // must not be kept by a browser's or a proxy's cache, where the next user of the machine could
  // read it. Anonymous reads may be cached: anyone may read them.
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.user || request.url.startsWith('/api/v1/auth/')) reply.header('cache-control', 'no-store');
    return payload;
  });

  // A reply serializer of our own (readers' answers, below) leaves the content type unset: JSON it is.
  app.addHook('preSerialization', async (_request, reply, payload) => {
    if (!reply.hasHeader('content-type')) reply.type('application/json; charset=utf-8');
    return payload;
  });

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.url.startsWith('/api/')) return;
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    if (bearer) {
      const user = await ctx.store.accounts.tokenUser(tokenHash(bearer[1]!));
      if (!user) throw new HttpProblem(401, 'mã API không tồn tại hoặc đã bị thu hồi');
      request.user = user;
      request.authMethod = 'token';
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (cookie) {
      const session = await ctx.store.accounts.session(tokenHash(cookie));
      if (session) {
        request.user = session.user;
        request.authMethod = 'cookie';
        request.csrfToken = session.csrfToken;
      }
    }
    // Readers' answers show file names, not the server's folders (provenance.ts). (A string is
    // JSON already, written by the response cache the same way.)
    if (!seesServerPaths(request.user)) reply.serializer((payload) => (typeof payload === 'string' ? payload : jsonFor(request.user, payload)));
    if (!SAFE_METHODS.has(request.method) && request.authMethod === 'cookie' && !CSRF_EXEMPT.has(request.routeOptions.url ?? '')) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameSecret(sent, request.csrfToken ?? '')) {
        throw new HttpProblem(403, 'thiếu hoặc sai tiêu đề X-CSRF-Token (CSRF) cho thao tác ghi bằng phiên đăng nhập');
      }
    }
  });
}

// The hooks below are route `onRequest` hooks: they run right after the caller is identified and
// before the body is parsed, validated or anything is looked up, so a caller who may not use a
// route learns nothing from it (no 400 listing the schema's fields, no 404 telling what exists).

/** For every read route: a user, or anonymous read switched on. */
export function canRead(ctx: AppContext) {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    if (request.user) return;
    if (!await ctx.store.accounts.getSetting(ANONYMOUS_READ, false)) throw new HttpProblem(401, 'cần đăng nhập để xem (chế độ đọc không cần đăng nhập đang tắt)');
  };
}

/** For routes of any signed-in user (their tokens, their password). */
export async function signedIn(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  requireUser(request);
}

/** For routes of some roles (an admin passes every role check). */
export function allow(...roles: Role[]) {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    requireRole(request, ...roles);
  };
}

export function requireUser(request: FastifyRequest): User {
  if (!request.user) throw new HttpProblem(401, 'cần đăng nhập trước');
  return request.user;
}

export function requireRole(request: FastifyRequest, ...roles: Role[]): User {
  const user = requireUser(request);
  // An admin can do anything an editor can.
  const allowed = user.role === 'admin' || roles.includes(user.role);
  if (!allowed) throw new HttpProblem(403, `thao tác này cần vai trò ${roles.join(' hoặc ')}; tài khoản của bạn là ${user.role}`);
  return user;
}

/** Editors and admins act for every agency; a reporter for theirs only. */
export function requireAgency(request: FastifyRequest, agency: string | null, what: string): User {
  const user = requireRole(request, 'editor', 'reporter');
  if (user.role === 'reporter' && (agency === null || !user.agencies.includes(agency))) {
    throw new HttpProblem(403, `${what}: tài khoản báo cáo của ${user.agencies.join(', ')} không được thao tác cho ${agency ?? 'phạm vi này'}`);
  }
  return user;
}
