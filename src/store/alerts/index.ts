// The alert store: subscriptions (subscriptions.ts) and events with their deliveries (events.ts).
import type { SqlExecutor } from '../dialect.ts';
import { alertEvents } from './events.ts';
import { alertSettings, feedTokens, savedSearches, watchlists, webhooks } from './subscriptions.ts';
import type { AlertStore } from './types.ts';

export function createAlertStore(exec: SqlExecutor, now: () => string): AlertStore {
  return {
    searches: savedSearches(exec, now),
    watchlists: watchlists(exec, now),
    settings: alertSettings(exec),
    webhooks: webhooks(exec, now),
    feedTokens: feedTokens(exec, now),
    ...alertEvents(exec, now),
  };
}
