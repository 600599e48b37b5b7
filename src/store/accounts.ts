// Accounts: users, sessions, API tokens and settings, for the server. Secrets arrive here already
// hashed (store/credentials.ts); this module only stores and looks them up. Changes to users and
// settings are audited. Sessions and tokens expire (SESSION_DAYS, TOKEN_DAYS), on this store's
// clock, so that expiry is tested without waiting.
import type { SqlExecutor } from './dialect.ts';
import { appendAudit } from './tracking/audit.ts';

/** The setting that opens reading to visitors without an account. */
export const ANONYMOUS_READ = 'anonymousRead';

/** A browser session lasts this long from login (then the user logs in again). */
export const SESSION_DAYS = 14;
/** An API token works this long from its creation (then its owner makes a new one). */
export const TOKEN_DAYS = 90;

const DAY_MS = 86_400_000;
const plusDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY_MS).toISOString();
const minusDays = (iso: string, days: number) => plusDays(iso, -days);

/** A change an admin makes to an account. */
export interface UserChange {
  role?: Role;
  agencies?: readonly string[];
  disabled?: boolean;
}

/** A change that would leave nobody able to manage accounts. */
export class LastAdminError extends Error {}

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
  const userRow = (username: string) => exec.first(db.selectFrom('users').select(USER_COLUMNS).where('username', '=', username));
  return {
    /** One account by name, or null. */
    async getUser(username: string): Promise<User | null> {
      const row = await userRow(username);
      return row ? userOf(row) : null;
    },
    /**
     * Replaces a password (hashed already) and ends the user's sessions, except `keepSession` (the
     * session of a user changing their own). Audited without the secret. False for an unknown user.
     */
    async setPassword(username: string, passwordHash: string, actor: string, keepSession?: string): Promise<boolean> {
      return exec.transaction(async () => {
        const row = await userRow(username);
        if (!row) return false;
        await exec.run(db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', row.id));
        let ended = db.deleteFrom('sessions').where('user_id', '=', row.id);
        if (keepSession) ended = ended.where('token_hash', '!=', keepSession);
        await exec.run(ended);
        await appendAudit(exec, now(), { actor, action: 'user.password', target: `user:${username}`, after: { sessionsEnded: true } });
        return true;
      });
    },
    /**
     * Changes a role, a reporter's agencies, or disables or enables an account (a disabled one
     * loses its sessions at once; its tokens stop working). Refuses to leave no enabled admin.
     * Audited with before and after. Null for an unknown user.
     */
    async updateUser(username: string, change: UserChange, actor: string): Promise<User | null> {
      return exec.transaction(async () => {
        const row = await userRow(username);
        if (!row) return null;
        const before = userOf(row);
        const role = change.role ?? before.role;
        const agencies = role === 'reporter' ? [...(change.agencies ?? before.agencies)] : [];
        const disabled = change.disabled ?? before.disabled;
        if (role === 'reporter' && agencies.length === 0) throw new Error('a reporter needs at least one agency');
        if (before.role === 'admin' && !before.disabled && (role !== 'admin' || disabled)) {
          const admins = await exec.all(db.selectFrom('users').select('id').where('role', '=', 'admin').where('disabled', '=', 0));
          if (admins.length <= 1) throw new LastAdminError(`${username} is the only enabled admin: make another admin first`);
        }
        await exec.run(db.updateTable('users').set({ role, agencies: JSON.stringify(agencies), disabled: disabled ? 1 : 0 }).where('id', '=', row.id));
        if (disabled) await exec.run(db.deleteFrom('sessions').where('user_id', '=', row.id));
        const after = { role, agencies, disabled };
        await appendAudit(exec, now(), { actor, action: 'user.update', target: `user:${username}`, before: { role: before.role, agencies: before.agencies, disabled: before.disabled }, after });
        return { ...before, ...after };
      });
    },
    /** Deletes sessions past their expiry; returns how many. */
    async purgeExpiredSessions(): Promise<number> {
      return (await exec.run(db.deleteFrom('sessions').where('expires_at', '<=', now()))).changes;
    },
    async addUser(input: NewUser, actor: string): Promise<User> {
      if (!/^[\p{L}\p{N}._@-]{2,64}$/u.test(input.username)) {
        throw new Error(`username "${input.username}": 2–64 letters, digits, . _ @ -`);
      }
      if (input.role === 'reporter' && (input.agencies ?? []).length === 0) throw new Error('a reporter needs at least one agency');
      return exec.transaction(async () => {
        if (await exec.first(db.selectFrom('users').select('id').where('username', '=', input.username))) {
          throw new Error(`user "${input.username}" already exists`);
        }
        const agencies = input.role === 'reporter' ? [...(input.agencies ?? [])] : [];
        const row = (await exec.first(
          db
            .insertInto('users')
            .values({ username: input.username, password_hash: input.passwordHash, role: input.role, agencies: JSON.stringify(agencies), created_at: now() })
            .returning(USER_COLUMNS),
        ))!;
        await appendAudit(exec, now(), { actor, action: 'user.add', target: `user:${input.username}`, after: { role: input.role, agencies } });
        return userOf(row);
      });
    },
    async listUsers(): Promise<User[]> {
      return (await exec.all(db.selectFrom('users').select(USER_COLUMNS).orderBy('id'))).map(userOf);
    },
    async countUsers(): Promise<number> {
      return Number((await exec.first(db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n'))))?.n ?? 0);
    },
    /** The user and password hash for a login; null when unknown or disabled. */
    async credentials(username: string): Promise<{ user: User; passwordHash: string } | null> {
      const row = await exec.first(db.selectFrom('users').select([...USER_COLUMNS, 'password_hash']).where('username', '=', username));
      if (!row || row.disabled === 1) return null;
      return { user: userOf(row), passwordHash: row.password_hash };
    },
    /** A new session, valid for SESSION_DAYS (or until `expiresAt`). */
    async createSession(userId: number, tokenHash: string, csrfToken: string, expiresAt?: string): Promise<{ expiresAt: string }> {
      const created = now();
      const expires = expiresAt ?? plusDays(created, SESSION_DAYS);
      await exec.run(db.insertInto('sessions').values({ token_hash: tokenHash, user_id: userId, csrf_token: csrfToken, created_at: created, expires_at: expires }));
      return { expiresAt: expires };
    },
    /** The session's user and CSRF token while it is valid. */
    async session(tokenHash: string): Promise<{ user: User; csrfToken: string } | null> {
      const row = await exec.first(
        db
          .selectFrom('sessions as s')
          .innerJoin('users as u', 'u.id', 's.user_id')
          .select(['u.id', 'u.username', 'u.role', 'u.agencies', 'u.created_at', 'u.disabled', 's.csrf_token', 's.expires_at'])
          .where('s.token_hash', '=', tokenHash),
      );
      if (!row || row.disabled === 1 || row.expires_at <= now()) return null;
      return { user: userOf(row), csrfToken: row.csrf_token };
    },
    async deleteSession(tokenHash: string): Promise<void> {
      await exec.run(db.deleteFrom('sessions').where('token_hash', '=', tokenHash));
    },
    async createToken(userId: number, name: string, tokenHash: string, actor: string): Promise<void> {
      await exec.transaction(async () => {
        await exec.run(db.insertInto('api_tokens').values({ user_id: userId, name, token_hash: tokenHash, created_at: now() }));
        await appendAudit(exec, now(), { actor, action: 'token.add', target: `user:${actor}`, after: { name } });
      });
    },
    /** A user's tokens, without their secrets, with when they expire (TOKEN_DAYS after creation). */
    async listTokens(userId: number): Promise<{ id: number; name: string; createdAt: string; lastUsedAt: string | null; expiresAt: string; expired: boolean }[]> {
      const at = now();
      return (await exec
        .all(db.selectFrom('api_tokens').select(['id', 'name', 'created_at', 'last_used_at']).where('user_id', '=', userId).orderBy('id')))
        .map((t) => {
          const expiresAt = plusDays(t.created_at, TOKEN_DAYS);
          return { id: t.id, name: t.name, createdAt: t.created_at, lastUsedAt: t.last_used_at, expiresAt, expired: expiresAt <= at };
        });
    },
    /** Revokes a token; `ownerId` null lets an admin revoke anyone's. False when there is no such token. */
    async revokeToken(id: number, ownerId: number | null, actor: string): Promise<boolean> {
      return exec.transaction(async () => {
        let q = db.selectFrom('api_tokens').select(['id', 'name', 'user_id']).where('id', '=', id);
        if (ownerId !== null) q = q.where('user_id', '=', ownerId);
        const token = await exec.first(q);
        if (!token) return false;
        await exec.run(db.deleteFrom('api_tokens').where('id', '=', id));
        await appendAudit(exec, now(), { actor, action: 'token.revoke', target: `token:${id}`, before: { name: token.name, userId: token.user_id } });
        return true;
      });
    },
    async tokenUser(tokenHash: string): Promise<User | null> {
      const row = await exec.first(
        db
          .selectFrom('api_tokens as t')
          .innerJoin('users as u', 'u.id', 't.user_id')
          .select(['u.id', 'u.username', 'u.role', 'u.agencies', 'u.created_at', 'u.disabled'])
          .where('t.token_hash', '=', tokenHash)
          // Expiry is TOKEN_DAYS from creation: no column to migrate, one rule for old and new tokens.
          .where('t.created_at', '>', minusDays(now(), TOKEN_DAYS)),
      );
      if (!row || row.disabled === 1) return null;
      await exec.run(db.updateTable('api_tokens').set({ last_used_at: now() }).where('token_hash', '=', tokenHash));
      return userOf(row);
    },
    async getSetting<T>(key: string, fallback: T): Promise<T> {
      const row = await exec.first(db.selectFrom('settings').select('value').where('key', '=', key));
      return row ? (JSON.parse(row.value) as T) : fallback;
    },
    async setSetting(key: string, value: unknown, actor: string): Promise<void> {
      await exec.transaction(async () => {
        const before = await exec.first(db.selectFrom('settings').select('value').where('key', '=', key));
        await exec.run(
          db
            .insertInto('settings')
            .values({ key, value: JSON.stringify(value) })
            .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) })),
        );
        await appendAudit(exec, now(), { actor, action: 'settings.update', target: `settings:${key}`, before: before ? JSON.parse(before.value) : null, after: value });
      });
    },
  };
}

export type Accounts = ReturnType<typeof createAccounts>;
