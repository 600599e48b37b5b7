// Accounts: users, sessions, API tokens and settings, for the server. Secrets arrive here already
// hashed (serve/http/credentials.ts); this module only stores and looks them up. Changes to users
// and settings are audited.
import type { SqlExecutor } from './dialect.ts';
import { appendAudit } from './tracking/audit.ts';

/** The setting that opens reading to visitors without an account. */
export const ANONYMOUS_READ = 'anonymousRead';

export const ROLES = ['admin', 'editor', 'reporter', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  id: number;
  username: string;
  role: Role;
  /** Agency ids a reporter may act for (empty for other roles). */
  agencies: string[];
  createdAt: string;
  disabled: boolean;
}

export interface NewUser {
  username: string;
  passwordHash: string;
  role: Role;
  agencies?: readonly string[];
}

type UserRow = { id: number; username: string; role: string; agencies: string; created_at: string; disabled: number };

function userOf(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    role: row.role as Role,
    agencies: JSON.parse(row.agencies) as string[],
    createdAt: row.created_at,
    disabled: row.disabled === 1,
  };
}

const USER_COLUMNS = ['id', 'username', 'role', 'agencies', 'created_at', 'disabled'] as const;

export function createAccounts(exec: SqlExecutor, now: () => string) {
  const db = exec.db;
  return {
    addUser(input: NewUser, actor: string): User {
      if (!/^[\p{L}\p{N}._@-]{2,64}$/u.test(input.username)) {
        throw new Error(`username "${input.username}": 2–64 letters, digits, . _ @ -`);
      }
      if (input.role === 'reporter' && (input.agencies ?? []).length === 0) throw new Error('a reporter needs at least one agency');
      return exec.transaction(() => {
        if (exec.first(db.selectFrom('users').select('id').where('username', '=', input.username))) {
          throw new Error(`user "${input.username}" already exists`);
        }
        const agencies = input.role === 'reporter' ? [...(input.agencies ?? [])] : [];
        const row = exec.first(
          db
            .insertInto('users')
            .values({ username: input.username, password_hash: input.passwordHash, role: input.role, agencies: JSON.stringify(agencies), created_at: now() })
            .returning(USER_COLUMNS),
        )!;
        appendAudit(exec, now(), { actor, action: 'user.add', target: `user:${input.username}`, after: { role: input.role, agencies } });
        return userOf(row);
      });
    },
    listUsers(): User[] {
      return exec.all(db.selectFrom('users').select(USER_COLUMNS).orderBy('id')).map(userOf);
    },
    countUsers(): number {
      return Number(exec.first(db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0);
    },
    /** The user and password hash for a login; null when unknown or disabled. */
    credentials(username: string): { user: User; passwordHash: string } | null {
      const row = exec.first(db.selectFrom('users').select([...USER_COLUMNS, 'password_hash']).where('username', '=', username));
      if (!row || row.disabled === 1) return null;
      return { user: userOf(row), passwordHash: row.password_hash };
    },
    createSession(userId: number, tokenHash: string, csrfToken: string, expiresAt: string): void {
      exec.run(db.insertInto('sessions').values({ token_hash: tokenHash, user_id: userId, csrf_token: csrfToken, created_at: now(), expires_at: expiresAt }));
    },
    /** The session's user and CSRF token while it is valid. */
    session(tokenHash: string): { user: User; csrfToken: string } | null {
      const row = exec.first(
        db
          .selectFrom('sessions as s')
          .innerJoin('users as u', 'u.id', 's.user_id')
          .select(['u.id', 'u.username', 'u.role', 'u.agencies', 'u.created_at', 'u.disabled', 's.csrf_token', 's.expires_at'])
          .where('s.token_hash', '=', tokenHash),
      );
      if (!row || row.disabled === 1 || row.expires_at <= now()) return null;
      return { user: userOf(row), csrfToken: row.csrf_token };
    },
    deleteSession(tokenHash: string): void {
      exec.run(db.deleteFrom('sessions').where('token_hash', '=', tokenHash));
    },
    createToken(userId: number, name: string, tokenHash: string, actor: string): void {
      exec.transaction(() => {
        exec.run(db.insertInto('api_tokens').values({ user_id: userId, name, token_hash: tokenHash, created_at: now() }));
        appendAudit(exec, now(), { actor, action: 'token.add', target: `user:${actor}`, after: { name } });
      });
    },
    /** A user's tokens, without their secrets. */
    listTokens(userId: number): { id: number; name: string; createdAt: string; lastUsedAt: string | null }[] {
      return exec
        .all(db.selectFrom('api_tokens').select(['id', 'name', 'created_at', 'last_used_at']).where('user_id', '=', userId).orderBy('id'))
        .map((t) => ({ id: t.id, name: t.name, createdAt: t.created_at, lastUsedAt: t.last_used_at }));
    },
    /** Revokes a token; `ownerId` null lets an admin revoke anyone's. False when there is no such token. */
    revokeToken(id: number, ownerId: number | null, actor: string): boolean {
      return exec.transaction(() => {
        let q = db.selectFrom('api_tokens').select(['id', 'name', 'user_id']).where('id', '=', id);
        if (ownerId !== null) q = q.where('user_id', '=', ownerId);
        const token = exec.first(q);
        if (!token) return false;
        exec.run(db.deleteFrom('api_tokens').where('id', '=', id));
        appendAudit(exec, now(), { actor, action: 'token.revoke', target: `token:${id}`, before: { name: token.name, userId: token.user_id } });
        return true;
      });
    },
    tokenUser(tokenHash: string): User | null {
      const row = exec.first(
        db
          .selectFrom('api_tokens as t')
          .innerJoin('users as u', 'u.id', 't.user_id')
          .select(['u.id', 'u.username', 'u.role', 'u.agencies', 'u.created_at', 'u.disabled'])
          .where('t.token_hash', '=', tokenHash),
      );
      if (!row || row.disabled === 1) return null;
      exec.run(db.updateTable('api_tokens').set({ last_used_at: now() }).where('token_hash', '=', tokenHash));
      return userOf(row);
    },
    getSetting<T>(key: string, fallback: T): T {
      const row = exec.first(db.selectFrom('settings').select('value').where('key', '=', key));
      return row ? (JSON.parse(row.value) as T) : fallback;
    },
    setSetting(key: string, value: unknown, actor: string): void {
      exec.transaction(() => {
        const before = exec.first(db.selectFrom('settings').select('value').where('key', '=', key));
        exec.run(
          db
            .insertInto('settings')
            .values({ key, value: JSON.stringify(value) })
            .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) })),
        );
        appendAudit(exec, now(), { actor, action: 'settings.update', target: `settings:${key}`, before: before ? JSON.parse(before.value) : null, after: value });
      });
    },
  };
}

export type Accounts = ReturnType<typeof createAccounts>;
