// Public shapes of the alert store: what users follow, and what they were told.
import type { AlertEvent, AlertState } from '../../track/alerts/types.ts';
import type { EmailFrequency, PlannedDelivery } from '../../track/alerts/plan.ts';

export const WATCH_KINDS = ['target', 'indicator', 'task', 'entity', 'legal', 'province'] as const;
export type WatchKind = (typeof WATCH_KINDS)[number];

export interface SavedSearchFilters {
  kind?: 'article' | 'brief' | 'teaser';
  site?: string;
  from?: string;
  to?: string;
  person?: string;
  org?: string;
  place?: string;
  cites?: string;
}

export interface SavedSearch {
  id: number;
  userId: number;
  name: string;
  query: string;
  filters: SavedSearchFilters;
  createdAt: string;
}

export interface WatchItem {
  kind: WatchKind;
  /** Target, indicator or legal id, task key, entity id, or province name (as in `province:<name>` scopes). */
  ref: string;
  label: string | null;
}

export interface Watchlist {
  id: number;
  userId: number;
  name: string;
  createdAt: string;
  items: WatchItem[];
}

export interface AlertSettings {
  email: string | null;
  frequency: EmailFrequency;
}

export interface Webhook {
  id: number;
  userId: number;
  url: string;
  createdAt: string;
  disabled: boolean;
}

export interface FeedToken {
  id: number;
  userId: number;
  /** `search:<id>` or `watchlist:<id>`. */
  subject: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface StoredAlertEvent extends Omit<AlertEvent, 'topics'> {
  id: number;
  createdAt: string;
}

export interface InboxEntry {
  deliveryId: number;
  event: StoredAlertEvent;
  readAt: string | null;
}

export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed';

export interface Delivery {
  id: number;
  eventId: number;
  userId: number;
  channel: string;
  status: DeliveryStatus;
  dueAt: string;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
}

/** A delivery claimed for sending, with what to send. */
export interface ClaimedDelivery extends Delivery {
  event: StoredAlertEvent;
}

export interface RecordResult {
  events: number;
  deliveries: number;
}

export interface AlertStore {
  searches: {
    add(userId: number, input: { name: string; query: string; filters: SavedSearchFilters }): Promise<SavedSearch>;
    /** One user's, or everybody's. */
    list(userId?: number): Promise<SavedSearch[]>;
    get(id: number): Promise<SavedSearch | null>;
    remove(id: number): Promise<boolean>;
  };
  watchlists: {
    add(userId: number, input: { name: string; items: readonly WatchItem[] }): Promise<Watchlist>;
    list(userId?: number): Promise<Watchlist[]>;
    get(id: number): Promise<Watchlist | null>;
    /** Replaces the items. */
    setItems(id: number, items: readonly WatchItem[]): Promise<Watchlist | null>;
    remove(id: number): Promise<boolean>;
  };
  settings: {
    get(userId: number): Promise<AlertSettings>;
    set(userId: number, settings: AlertSettings): Promise<AlertSettings>;
  };
  webhooks: {
    add(userId: number, url: string, secret: string): Promise<Webhook>;
    list(userId?: number): Promise<Webhook[]>;
    /** With its secret, for signing. */
    secretOf(id: number): Promise<string | null>;
    remove(id: number): Promise<boolean>;
  };
  feedTokens: {
    /** Stores the token's hash only. */
    add(userId: number, subject: string, tokenHash: string): Promise<FeedToken>;
    /** The token's owner and subject, or null when unknown or revoked. */
    find(tokenHash: string): Promise<FeedToken | null>;
    list(userId: number): Promise<FeedToken[]>;
    get(id: number): Promise<FeedToken | null>;
    revoke(id: number): Promise<boolean>;
  };
  /** Where targets and tasks stood, and the last document seen, at the last computation. */
  state(): Promise<AlertState>;
  /**
   * Stores events (each once: known keys are skipped), their deliveries (each once per event,
   * user and channel) and the new state, in one transaction.
   */
  record(events: readonly AlertEvent[], deliveries: readonly PlannedDelivery[], state: AlertState): Promise<RecordResult>;
  inbox(userId: number, options?: { limit?: number; unread?: boolean }): Promise<InboxEntry[]>;
  unreadCount(userId: number): Promise<number>;
  markRead(userId: number, deliveryIds: readonly number[]): Promise<number>;
  /** Events about any of these topics, newest first (feeds). */
  eventsAbout(topics: readonly string[], limit?: number): Promise<StoredAlertEvent[]>;
  /**
   * Takes pending deliveries of a channel kind (`email`, `webhook`) due by `now` for this worker:
   * a conditional update, so two workers never take the same row. A claim older than `leaseMs`
   * (a worker that died mid-send) may be taken again.
   */
  claimDue(channelKind: 'email' | 'webhook', now: string, claim: string, leaseMs: number): Promise<ClaimedDelivery[]>;
  markSent(ids: readonly number[], claim: string, at: string): Promise<void>;
  /** A failed attempt: back to pending at `retryAt`, or failed for good when `retryAt` is null. */
  markFailed(id: number, claim: string, error: string, retryAt: string | null): Promise<void>;
  deliveries(filter?: { status?: DeliveryStatus; channel?: string }): Promise<Delivery[]>;
}
