// Alert events and their deliveries. Events are stored once per key and deliveries once per
// (event, user, channel) — both by unique indexes with "on conflict do nothing" — so recording the
// same computation twice, after a restart or from a second worker, changes nothing. Sending is
// claimed row by row with a conditional update: a row moves from pending to sending for exactly one
// claimant.
import { sql } from 'kysely';
import type { SqlExecutor } from '../dialect.ts';
import type { AlertState, AlertSeverity, AlertKind } from '../../track/alerts/types.ts';
import { EMPTY_ALERT_STATE } from '../../track/alerts/types.ts';
import type { AlertStore, ClaimedDelivery, Delivery, DeliveryStatus, StoredAlertEvent } from './types.ts';

type Now = () => string;
const STATE_KEY = 'state';

type EventRow = { id: number; event_key: string; kind: string; severity: string; title: string; summary: string; link: string | null; occurred: string | null; created_at: string };

function storedEvent(r: EventRow): StoredAlertEvent {
  return {
    id: r.id,
    key: r.event_key,
    kind: r.kind as AlertKind,
    severity: r.severity as AlertSeverity,
    title: r.title,
    summary: r.summary,
    link: r.link,
    occurred: r.occurred,
    createdAt: r.created_at,
  };
}

type DeliveryRow = { id: number; event_id: number; user_id: number; channel: string; status: string; due_at: string; attempts: number; last_error: string | null; sent_at: string | null };

function delivery(r: DeliveryRow): Delivery {
  return {
    id: r.id,
    eventId: r.event_id,
    userId: r.user_id,
    channel: r.channel,
    status: r.status as DeliveryStatus,
    dueAt: r.due_at,
    attempts: r.attempts,
    lastError: r.last_error,
    sentAt: r.sent_at,
  };
}

const EVENT_COLUMNS = ['alert_events.id', 'event_key', 'kind', 'severity', 'title', 'summary', 'link', 'occurred', 'alert_events.created_at'] as const;

export function alertEvents(exec: SqlExecutor, now: Now): Pick<AlertStore, 'state' | 'record' | 'inbox' | 'unreadCount' | 'markRead' | 'eventsAbout' | 'claimDue' | 'markSent' | 'markFailed' | 'deliveries'> {
  const eventsById = async (ids: readonly number[]): Promise<Map<number, StoredAlertEvent>> => {
    if (ids.length === 0) return new Map();
    const rows = await exec.all(exec.db.selectFrom('alert_events').select(EVENT_COLUMNS).where('alert_events.id', 'in', [...new Set(ids)]));
    return new Map(rows.map((r) => [r.id, storedEvent(r)]));
  };
  return {
    async state() {
      const row = await exec.first(exec.db.selectFrom('alert_state').select('value').where('key', '=', STATE_KEY));
      return row ? (JSON.parse(row.value) as AlertState) : EMPTY_ALERT_STATE;
    },
    async record(events, deliveries, state) {
      return exec.transaction(async () => {
        const at = now();
        let newEvents = 0;
        const ids = new Map<string, number>();
        for (const e of events) {
          const inserted = (await exec.run(
            exec.db
              .insertInto('alert_events')
              .values({ event_key: e.key, kind: e.kind, severity: e.severity, title: e.title, summary: e.summary, link: e.link, occurred: e.occurred, created_at: at })
              .onConflict((oc) => oc.column('event_key').doNothing()),
          )).changes;
          newEvents += inserted;
          const id = (await exec.first(exec.db.selectFrom('alert_events').select('id').where('event_key', '=', e.key)))!.id;
          ids.set(e.key, id);
          for (const topic of e.topics) {
            await exec.run(exec.db.insertInto('alert_event_topics').values({ event_id: id, topic }).onConflict((oc) => oc.doNothing()));
          }
        }
        let newDeliveries = 0;
        for (const d of deliveries) {
          const eventId = ids.get(d.eventKey);
          if (eventId === undefined) continue;
          newDeliveries += (await exec.run(
            exec.db
              .insertInto('alert_deliveries')
              .values({
                event_id: eventId,
                user_id: d.userId,
                channel: d.channel,
                // The inbox is the store itself: written is delivered.
                status: d.channel === 'inbox' ? 'sent' : 'pending',
                sent_at: d.channel === 'inbox' ? at : null,
                due_at: d.dueAt,
                created_at: at,
              })
              .onConflict((oc) => oc.doNothing()),
          )).changes;
        }
        await exec.run(
          exec.db
            .insertInto('alert_state')
            .values({ key: STATE_KEY, value: JSON.stringify(state) })
            .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(state) })),
        );
        return { events: newEvents, deliveries: newDeliveries };
      });
    },
    async inbox(userId, options = {}) {
      let q = exec.db
        .selectFrom('alert_deliveries')
        .innerJoin('alert_events', 'alert_events.id', 'alert_deliveries.event_id')
        .select([...EVENT_COLUMNS, 'alert_deliveries.id as delivery_id', 'alert_deliveries.read_at'])
        .where('alert_deliveries.user_id', '=', userId)
        .where('alert_deliveries.channel', '=', 'inbox')
        .orderBy('alert_deliveries.id', 'desc')
        .limit(Math.max(1, Math.min(500, options.limit ?? 100)));
      if (options.unread) q = q.where('alert_deliveries.read_at', 'is', null);
      return (await exec.all(q)).map((r) => ({ deliveryId: r.delivery_id, event: storedEvent(r), readAt: r.read_at }));
    },
    async unreadCount(userId) {
      const row = await exec.first(
        exec.db
          .selectFrom('alert_deliveries')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('user_id', '=', userId)
          .where('channel', '=', 'inbox')
          .where('read_at', 'is', null),
      );
      return Number(row?.n ?? 0);
    },
    async markRead(userId, deliveryIds) {
      if (deliveryIds.length === 0) return 0;
      return (await exec.run(
        exec.db
          .updateTable('alert_deliveries')
          .set({ read_at: now() })
          .where('user_id', '=', userId)
          .where('channel', '=', 'inbox')
          .where('id', 'in', [...deliveryIds])
          .where('read_at', 'is', null),
      )).changes;
    },
    async eventsAbout(topics, limit = 50) {
      if (topics.length === 0) return [];
      const rows = await exec.all(
        exec.db
          .selectFrom('alert_events')
          .select(EVENT_COLUMNS)
          .where('alert_events.id', 'in', (eb) => eb.selectFrom('alert_event_topics').select('event_id').where('topic', 'in', [...topics]))
          .orderBy('alert_events.id', 'desc')
          .limit(limit),
      );
      return rows.map(storedEvent);
    },
    async claimDue(channelKind, at, claim, leaseMs) {
      const stale = new Date(Date.parse(at) - leaseMs).toISOString();
      const channel = channelKind === 'email' ? sql<boolean>`channel = 'email'` : sql<boolean>`channel LIKE 'webhook:%'`;
      await exec.run(
        exec.db
          .updateTable('alert_deliveries')
          .set({ status: 'sending', claim, claimed_at: at })
          .where(channel)
          .where('due_at', '<=', at)
          .where((eb) => eb.or([eb('status', '=', 'pending'), eb.and([eb('status', '=', 'sending'), eb('claimed_at', '<', stale)])])),
      );
      const rows = await exec.all(
        exec.db
          .selectFrom('alert_deliveries')
          .select(['id', 'event_id', 'user_id', 'channel', 'status', 'due_at', 'attempts', 'last_error', 'sent_at'])
          .where('claim', '=', claim)
          .where('status', '=', 'sending')
          .orderBy('id'),
      );
      const events = await eventsById(rows.map((r) => r.event_id));
      return rows.map((r): ClaimedDelivery => ({ ...delivery(r), event: events.get(r.event_id)! }));
    },
    async markSent(ids, claim, at) {
      if (ids.length === 0) return;
      await exec.run(
        exec.db
          .updateTable('alert_deliveries')
          .set((eb) => ({ status: 'sent', sent_at: at, attempts: eb('attempts', '+', 1), claim: null }))
          .where('id', 'in', [...ids])
          .where('claim', '=', claim),
      );
    },
    async markFailed(id, claim, error, retryAt) {
      await exec.run(
        exec.db
          .updateTable('alert_deliveries')
          .set((eb) => ({
            status: retryAt === null ? 'failed' : 'pending',
            due_at: retryAt ?? eb.ref('due_at'),
            attempts: eb('attempts', '+', 1),
            last_error: error.slice(0, 2000),
            claim: null,
          }))
          .where('id', '=', id)
          .where('claim', '=', claim),
      );
    },
    async deliveries(filter = {}) {
      let q = exec.db.selectFrom('alert_deliveries').select(['id', 'event_id', 'user_id', 'channel', 'status', 'due_at', 'attempts', 'last_error', 'sent_at']).orderBy('id');
      if (filter.status) q = q.where('status', '=', filter.status);
      if (filter.channel) q = q.where('channel', '=', filter.channel);
      return (await exec.all(q)).map(delivery);
    },
  };
}
