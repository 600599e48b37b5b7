// Table types of migration 8 (alerts) for Kysely.
import type { Generated } from 'kysely';

export interface SavedSearchesTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  query: string;
  /** JSON object of search filters. */
  filters: string;
  created_at: string;
}

export interface WatchlistsTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  created_at: string;
}

export interface WatchlistItemsTable {
  watchlist_id: number;
  kind: string;
  ref: string;
  label: string | null;
}

export interface AlertSettingsTable {
  user_id: number;
  email: string | null;
  frequency: string;
}

export interface WebhooksTable {
  id: Generated<number>;
  user_id: number;
  url: string;
  secret: string;
  created_at: string;
  disabled: Generated<number>;
}

export interface FeedTokensTable {
  id: Generated<number>;
  user_id: number;
  subject: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface AlertEventsTable {
  id: Generated<number>;
  event_key: string;
  kind: string;
  severity: string;
  title: string;
  summary: string;
  link: string | null;
  occurred: string | null;
  created_at: string;
}

export interface AlertEventTopicsTable {
  event_id: number;
  topic: string;
}

export interface AlertDeliveriesTable {
  id: Generated<number>;
  event_id: number;
  user_id: number;
  channel: string;
  status: string;
  due_at: string;
  attempts: Generated<number>;
  last_error: string | null;
  claim: string | null;
  claimed_at: string | null;
  sent_at: string | null;
  read_at: string | null;
  created_at: string;
}

export interface AlertStateTable {
  key: string;
  value: string;
}

export interface AlertsSchema {
  saved_searches: SavedSearchesTable;
  watchlists: WatchlistsTable;
  watchlist_items: WatchlistItemsTable;
  alert_settings: AlertSettingsTable;
  webhooks: WebhooksTable;
  feed_tokens: FeedTokensTable;
  alert_events: AlertEventsTable;
  alert_event_topics: AlertEventTopicsTable;
  alert_deliveries: AlertDeliveriesTable;
  alert_state: AlertStateTable;
}
