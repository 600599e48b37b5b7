// Slowing down password guessing without locking out the people who know their password. Only
// failed logins count, in three windows of LOGIN_LIMITS.windowMinutes: one account from one
// address (someone guessing a colleague's password), one account from anywhere (guessing spread
// over many addresses), one address over any accounts (trying one password on many accounts).
// A whole office behind one proxy shares an address; its successful logins never count, and one
// person's typos lock only their own account from that address. The address is the client's as
// the server sees it (behind a trusted proxy, the forwarded one: RADAR57_TRUST_PROXY).
// Counts live in this process's memory, bounded; a restart forgets them, which costs an attacker
// one restart per window.
import { LRUCache } from 'lru-cache';

export const LOGIN_LIMITS = {
  /** Failures of one account from one address. */
  accountAndAddress: 5,
  /** Failures of one account from all addresses. */
  account: 20,
  /** Failures from one address over all accounts. */
  address: 50,
  windowMinutes: 15,
} as const;

interface Window {
  count: number;
  resetAt: number;
}

export interface LoginLimiter {
  /** Seconds to wait when this login may not be tried now, else null. */
  refused(account: string, address: string): number | null;
  /** A wrong password (or an unknown account). */
  failed(account: string, address: string): void;
  /** A right password: this address's failures on this account are forgiven. */
  succeeded(account: string, address: string): void;
}

export function createLoginLimiter(limits: typeof LOGIN_LIMITS = LOGIN_LIMITS, clock: () => number = Date.now): LoginLimiter {
  const windows = new LRUCache<string, Window>({ max: 100_000 });
  const windowMs = limits.windowMinutes * 60_000;
  // Usernames are matched as typed by people: NFC, case and spaces do not make a new account.
  const keys = (account: string, address: string) => {
    const name = account.normalize('NFC').trim().toLowerCase();
    return [
      [`pair\u0000${name}\u0000${address}`, limits.accountAndAddress],
      [`account\u0000${name}`, limits.account],
      [`address\u0000${address}`, limits.address],
    ] as const;
  };
  const current = (key: string): Window | undefined => {
    const w = windows.get(key);
    if (w && w.resetAt <= clock()) {
      windows.delete(key);
      return undefined;
    }
    return w;
  };
  return {
    refused(account, address) {
      let wait: number | null = null;
      for (const [key, max] of keys(account, address)) {
        const w = current(key);
        if (w && w.count >= max) wait = Math.max(wait ?? 0, Math.ceil((w.resetAt - clock()) / 1000));
      }
      return wait;
    },
    failed(account, address) {
      for (const [key] of keys(account, address)) {
        const w = current(key);
        if (w) w.count++;
        else windows.set(key, { count: 1, resetAt: clock() + windowMs });
      }
    },
    succeeded(account, address) {
      windows.delete(keys(account, address)[0][0]);
    },
  };
}
