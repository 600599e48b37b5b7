// The session: who is logged in (from GET /auth/me), their CSRF token, and what they may do. The
// server enforces every rule; these checks only decide which controls to show.
import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { apiGet, apiPost, setCsrfToken } from './api.ts';
import type { Me, User } from './types.ts';

export interface Session {
  /** null until /auth/me has answered (or failed). */
  me: Me | null;
  user: User | null;
  refresh: () => Promise<void>;
  login: (username: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
}

const SessionContext = createContext<Session>({
  me: null,
  user: null,
  refresh: async () => undefined,
  login: async () => undefined,
  logout: async () => undefined,
});

export function SessionProvider({ children }: { children: ComponentChildren }) {
  const [me, setMe] = useState<Me | null>(null);

  const refresh = useCallback(async () => {
    try {
      const next = await apiGet<Me>('/auth/me');
      setCsrfToken(next.csrfToken);
      setMe(next);
    } catch {
      // No server yet, or it failed: behave as an anonymous reader.
      setCsrfToken(null);
      setMe({ user: null, csrfToken: null, anonymousRead: true });
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const login = useCallback(async (username: string, password: string) => {
    const res = await apiPost<{ user: User; csrfToken: string }>('/auth/login', { username, password });
    setCsrfToken(res.csrfToken);
    setMe({ user: res.user, csrfToken: res.csrfToken, anonymousRead: me?.anonymousRead ?? true });
  }, [me]);

  const logout = useCallback(async () => {
    try {
      await apiPost('/auth/logout');
    } finally {
      setCsrfToken(null);
      await refresh();
    }
  }, [refresh]);

  const value = useMemo<Session>(() => ({ me, user: me?.user ?? null, refresh, login, logout }), [me, refresh, login, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  return useContext(SessionContext);
}

// What a user may do, as docs/api.md lists it.

export const isEditor = (u: User | null): boolean => u?.role === 'editor' || u?.role === 'admin';
export const isAdmin = (u: User | null): boolean => u?.role === 'admin';
/** Review queue: editors, and reporters for observations in their scope. */
export const canReview = (u: User | null): boolean => isEditor(u) || u?.role === 'reporter';
export const canSeeAudit = (u: User | null): boolean => isEditor(u);
export const canIngest = (u: User | null): boolean => isEditor(u);

/** A status change: an editor, or a reporter whose agencies include the task's agency. */
export function canUpdateTask(u: User | null, agency: string): boolean {
  if (isEditor(u)) return true;
  return u?.role === 'reporter' && u.agencies.includes(agency);
}
