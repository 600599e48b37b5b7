// `radar57 alerts run` and the server's schedule: compute the events the data gives since the last
// run, record them with their deliveries (each once per event, user and channel), then send what is
// due: one e-mail per user (warnings at once, digests when their time comes) and one signed call per
// webhook and event. A failed send is recorded and retried with backoff; after MAX_ATTEMPTS it is
// marked failed and stays in the table.
import { randomUUID } from 'node:crypto';
import type { Pack } from '../../programme/schema.ts';
import type { Store } from '../../store/index.ts';
import type { ClaimedDelivery } from '../../store/alerts/types.ts';
import { MAX_ATTEMPTS, planDeliveries, retryDelayMs, type PlannedDelivery } from '../../track/alerts/plan.ts';
import type { AlertEvent } from '../../track/alerts/types.ts';
import { vietnamDay } from '../../track/tasks/timeliness.ts';
import { alertsFromStore, subscribers } from './compute.ts';
import { composeMessage, type Mailer } from './email.ts';
import { postWebhook } from './webhook.ts';

export interface AlertRunOptions {
  /** The instant of the run; "today" is its day in Vietnam. Tests fix it. */
  now: Date;
  /** Compute and show, record and send nothing. */
  dryRun?: boolean;
  /** Null or absent: e-mail deliveries wait (no SMTP server configured). */
  mailer?: Mailer | null;
  /** Admit webhooks to loopback and private addresses. */
  allowPrivateWebhooks?: boolean;
  /** The app's address, for links in e-mails. */
  publicUrl?: string;
  /** A claim older than this belongs to a worker that died mid-send (default 10 minutes). */
  leaseMs?: number;
}

export interface AlertRunResult {
  dryRun: boolean;
  /** Events computed this run (new or already known). */
  events: AlertEvent[];
  planned: PlannedDelivery[];
  recorded: { events: number; deliveries: number };
  emails: { sent: number; failed: number };
  webhooks: { sent: number; failed: number };
}

const DEFAULT_LEASE_MS = 10 * 60_000;

export async function runAlerts(store: Store, pack: Pack, options: AlertRunOptions): Promise<AlertRunResult> {
  const now = options.now;
  const subs = await subscribers(store);
  const previous = await store.alerts.state();
  const { events, state } = await alertsFromStore(store, pack, vietnamDay(now), previous, subs);
  const planned = planDeliveries(events, subs, now);
  const result: AlertRunResult = {
    dryRun: options.dryRun === true,
    events,
    planned,
    recorded: { events: 0, deliveries: 0 },
    emails: { sent: 0, failed: 0 },
    webhooks: { sent: 0, failed: 0 },
  };
  if (options.dryRun) return result;
  result.recorded = await store.alerts.record(events, planned, state);
  const claim = randomUUID();
  const lease = options.leaseMs ?? DEFAULT_LEASE_MS;
  if (options.mailer) result.emails = await sendEmails(store, options.mailer, now, claim, lease, options.publicUrl);
  result.webhooks = await sendWebhooks(store, now, claim, lease, options.allowPrivateWebhooks === true);
  return result;
}

async function failed(store: Store, d: ClaimedDelivery, claim: string, now: Date, error: unknown): Promise<void> {
  const attempts = d.attempts + 1;
  const retryAt = attempts >= MAX_ATTEMPTS ? null : new Date(now.getTime() + retryDelayMs(attempts)).toISOString();
  await store.alerts.markFailed(d.id, claim, error instanceof Error ? error.message : String(error), retryAt);
}

async function sendEmails(store: Store, mailer: Mailer, now: Date, claim: string, lease: number, publicUrl?: string): Promise<{ sent: number; failed: number }> {
  const claimed = await store.alerts.claimDue('email', now.toISOString(), claim, lease);
  const byUser = new Map<number, ClaimedDelivery[]>();
  for (const d of claimed) byUser.set(d.userId, [...(byUser.get(d.userId) ?? []), d]);
  const counts = { sent: 0, failed: 0 };
  for (const [userId, deliveries] of byUser) {
    const { email } = await store.alerts.settings.get(userId);
    try {
      if (!email) throw new Error('người dùng chưa khai báo địa chỉ e-mail');
      await mailer(composeMessage(email, deliveries.map((d) => d.event), publicUrl));
      await store.alerts.markSent(deliveries.map((d) => d.id), claim, now.toISOString());
      counts.sent++;
    } catch (error) {
      for (const d of deliveries) await failed(store, d, claim, now, error);
      counts.failed++;
    }
  }
  return counts;
}

async function sendWebhooks(store: Store, now: Date, claim: string, lease: number, allowPrivate: boolean): Promise<{ sent: number; failed: number }> {
  const claimed = await store.alerts.claimDue('webhook', now.toISOString(), claim, lease);
  const hooks = new Map((await store.alerts.webhooks.list()).map((h) => [h.id, h]));
  const counts = { sent: 0, failed: 0 };
  for (const d of claimed) {
    const id = Number(d.channel.slice('webhook:'.length));
    const hook = hooks.get(id);
    const secret = await store.alerts.webhooks.secretOf(id);
    try {
      if (!hook || !secret || hook.disabled) throw new Error(`webhook ${id} không còn`);
      const { id: eventId, createdAt, ...event } = d.event;
      const body = JSON.stringify({ delivery: d.id, event: { id: eventId, createdAt, ...event } });
      await postWebhook({
        url: hook.url,
        secret,
        body,
        timestamp: Math.floor(now.getTime() / 1000),
        headers: { 'x-radar57-delivery': String(d.id), 'x-radar57-event': encodeURIComponent(d.event.key) },
        allowPrivate,
      });
      await store.alerts.markSent([d.id], claim, now.toISOString());
      counts.sent++;
    } catch (error) {
      await failed(store, d, claim, now, error);
      counts.failed++;
    }
  }
  return counts;
}
