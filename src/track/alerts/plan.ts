// Who is told of which event, on which channel, and when. Pure: the subscribers and "now" come in.
// Every subscriber whose saved searches or watchlists cover one of an event's topics gets it in
// the in-app inbox, by e-mail when they gave an address (at once for warnings and for those who
// asked for it, else in the next daily or weekly digest), and on each of their webhooks.
import type { AlertEvent } from './types.ts';

export type EmailFrequency = 'off' | 'immediate' | 'daily' | 'weekly';

export interface Subscriber {
  userId: number;
  topics: ReadonlySet<string>;
  email: string | null;
  frequency: EmailFrequency;
  webhooks: readonly number[];
}

export interface PlannedDelivery {
  eventKey: string;
  userId: number;
  /** `inbox`, `email` or `webhook:<id>`. */
  channel: string;
  /** ISO instant: not sent before. */
  dueAt: string;
}

/** Digests go out at 07:00 in Vietnam (00:00 UTC), before the working day. */
const DIGEST_HOUR_UTC = 0;
const DAY_MS = 86_400_000;

/** When a digest of this frequency next goes out after `now` (`now` itself for immediate). */
export function digestDue(now: Date, frequency: EmailFrequency): Date {
  if (frequency === 'immediate' || frequency === 'off') return now;
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), DIGEST_HOUR_UTC));
  if (next.getTime() <= now.getTime()) next.setTime(next.getTime() + DAY_MS);
  if (frequency === 'weekly') {
    // Monday (getUTCDay 1; 00:00 UTC is 07:00 the same day in Vietnam).
    while (next.getUTCDay() !== 1) next.setTime(next.getTime() + DAY_MS);
  }
  return next;
}

export function planDeliveries(events: readonly AlertEvent[], subscribers: readonly Subscriber[], now: Date): PlannedDelivery[] {
  const at = now.toISOString();
  return events.flatMap((event) =>
    subscribers
      .filter((s) => event.topics.some((t) => s.topics.has(t)))
      .flatMap((s) => {
        const deliveries: PlannedDelivery[] = [{ eventKey: event.key, userId: s.userId, channel: 'inbox', dueAt: at }];
        if (s.email && s.frequency !== 'off') {
          const due = event.severity === 'warning' ? now : digestDue(now, s.frequency);
          deliveries.push({ eventKey: event.key, userId: s.userId, channel: 'email', dueAt: due.toISOString() });
        }
        for (const id of s.webhooks) deliveries.push({ eventKey: event.key, userId: s.userId, channel: `webhook:${id}`, dueAt: at });
        return deliveries;
      }),
  );
}

/** Minutes to wait before attempt `attempts + 1` after `attempts` failures: 1, 5, 25, 125… capped at a day. */
export function retryDelayMs(attempts: number): number {
  return Math.min(DAY_MS, 60_000 * 5 ** Math.max(0, attempts - 1));
}

/** After this many failures a delivery is given up (status failed) and stays recorded. */
export const MAX_ATTEMPTS = 6;
