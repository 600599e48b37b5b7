// What users follow and how they want to hear of it: saved searches, watchlists, e-mail settings,
// webhooks and feed tokens. Ownership is checked by the callers (the HTTP routes); the store keeps
// each row's owner.
import type { SqlExecutor } from '../dialect.ts';
import type { AlertSettings, AlertStore, FeedToken, SavedSearch, SavedSearchFilters, WatchItem, Watchlist, Webhook, WatchKind } from './types.ts';
import type { EmailFrequency } from '../../track/alerts/plan.ts';

type Now = () => string;

function savedSearch(row: { id: number; user_id: number; name: string; query: string; filters: string; created_at: string }): SavedSearch {
  return { id: row.id, userId: row.user_id, name: row.name, query: row.query, filters: JSON.parse(row.filters) as SavedSearchFilters, createdAt: row.created_at };
}

export function savedSearches(exec: SqlExecutor, now: Now): AlertStore['searches'] {
  const select = () => exec.db.selectFrom('saved_searches').selectAll();
  return {
    async add(userId, input) {
      const row = await exec.first(
        exec.db
          .insertInto('saved_searches')
          .values({ user_id: userId, name: input.name, query: input.query, filters: JSON.stringify(input.filters), created_at: now() })
          .returningAll(),
      );
      return savedSearch(row!);
    },
    async list(userId) {
      let q = select().orderBy('id');
      if (userId !== undefined) q = q.where('user_id', '=', userId);
      return (await exec.all(q)).map(savedSearch);
    },
    async get(id) {
      const row = await exec.first(select().where('id', '=', id));
      return row ? savedSearch(row) : null;
    },
    async remove(id) {
      return (await exec.run(exec.db.deleteFrom('saved_searches').where('id', '=', id))).changes > 0;
    },
  };
}

export function watchlists(exec: SqlExecutor, now: Now): AlertStore['watchlists'] {
  const itemsOf = async (ids: number[]): Promise<Map<number, WatchItem[]>> => {
    const map = new Map<number, WatchItem[]>();
    if (ids.length === 0) return map;
    const rows = await exec.all(exec.db.selectFrom('watchlist_items').selectAll().where('watchlist_id', 'in', ids).orderBy('kind').orderBy('ref'));
    for (const r of rows) map.set(r.watchlist_id, [...(map.get(r.watchlist_id) ?? []), { kind: r.kind as WatchKind, ref: r.ref, label: r.label }]);
    return map;
  };
  const read = async (rows: { id: number; user_id: number; name: string; created_at: string }[]): Promise<Watchlist[]> => {
    const items = await itemsOf(rows.map((r) => r.id));
    return rows.map((r) => ({ id: r.id, userId: r.user_id, name: r.name, createdAt: r.created_at, items: items.get(r.id) ?? [] }));
  };
  const writeItems = async (id: number, items: readonly WatchItem[]) => {
    await exec.run(exec.db.deleteFrom('watchlist_items').where('watchlist_id', '=', id));
    for (const item of items) {
      await exec.run(
        exec.db
          .insertInto('watchlist_items')
          .values({ watchlist_id: id, kind: item.kind, ref: item.ref, label: item.label })
          .onConflict((oc) => oc.doNothing()),
      );
    }
  };
  const get = async (id: number) => (await read(await exec.all(exec.db.selectFrom('watchlists').selectAll().where('id', '=', id))))[0] ?? null;
  return {
    async add(userId, input) {
      const id = await exec.transaction(async () => {
        const row = await exec.first(exec.db.insertInto('watchlists').values({ user_id: userId, name: input.name, created_at: now() }).returning('id'));
        await writeItems(row!.id, input.items);
        return row!.id;
      });
      return (await get(id))!;
    },
    async list(userId) {
      let q = exec.db.selectFrom('watchlists').selectAll().orderBy('id');
      if (userId !== undefined) q = q.where('user_id', '=', userId);
      return read(await exec.all(q));
    },
    get,
    async setItems(id, items) {
      if (!await get(id)) return null;
      await exec.transaction(() => writeItems(id, items));
      return get(id);
    },
    async remove(id) {
      return (await exec.run(exec.db.deleteFrom('watchlists').where('id', '=', id))).changes > 0;
    },
  };
}

export function alertSettings(exec: SqlExecutor): AlertStore['settings'] {
  const get = async (userId: number): Promise<AlertSettings> => {
    const row = await exec.first(exec.db.selectFrom('alert_settings').selectAll().where('user_id', '=', userId));
    return row ? { email: row.email, frequency: row.frequency as EmailFrequency } : { email: null, frequency: 'daily' };
  };
  return {
    get,
    async set(userId, settings) {
      await exec.run(
        exec.db
          .insertInto('alert_settings')
          .values({ user_id: userId, email: settings.email, frequency: settings.frequency })
          .onConflict((oc) => oc.column('user_id').doUpdateSet({ email: settings.email, frequency: settings.frequency })),
      );
      return get(userId);
    },
  };
}

export function webhooks(exec: SqlExecutor, now: Now): AlertStore['webhooks'] {
  const hook = (r: { id: number; user_id: number; url: string; created_at: string; disabled: number }): Webhook => ({
    id: r.id,
    userId: r.user_id,
    url: r.url,
    createdAt: r.created_at,
    disabled: r.disabled !== 0,
  });
  return {
    async add(userId, url, secret) {
      return hook((await exec.first(exec.db.insertInto('webhooks').values({ user_id: userId, url, secret, created_at: now() }).returningAll()))!);
    },
    async list(userId) {
      let q = exec.db.selectFrom('webhooks').select(['id', 'user_id', 'url', 'created_at', 'disabled']).orderBy('id');
      if (userId !== undefined) q = q.where('user_id', '=', userId);
      return (await exec.all(q)).map(hook);
    },
    async secretOf(id) {
      return (await exec.first(exec.db.selectFrom('webhooks').select('secret').where('id', '=', id)))?.secret ?? null;
    },
    async remove(id) {
      return (await exec.run(exec.db.deleteFrom('webhooks').where('id', '=', id))).changes > 0;
    },
  };
}

export function feedTokens(exec: SqlExecutor, now: Now): AlertStore['feedTokens'] {
  const token = (r: { id: number; user_id: number; subject: string; created_at: string; revoked_at: string | null }): FeedToken => ({
    id: r.id,
    userId: r.user_id,
    subject: r.subject,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
  });
  const columns = ['id', 'user_id', 'subject', 'created_at', 'revoked_at'] as const;
  return {
    async add(userId, subject, tokenHash) {
      return token((await exec.first(exec.db.insertInto('feed_tokens').values({ user_id: userId, subject, token_hash: tokenHash, created_at: now() }).returning(columns)))!);
    },
    async find(tokenHash) {
      const row = await exec.first(exec.db.selectFrom('feed_tokens').select(columns).where('token_hash', '=', tokenHash).where('revoked_at', 'is', null));
      return row ? token(row) : null;
    },
    async list(userId) {
      return (await exec.all(exec.db.selectFrom('feed_tokens').select(columns).where('user_id', '=', userId).orderBy('id'))).map(token);
    },
    async get(id) {
      const row = await exec.first(exec.db.selectFrom('feed_tokens').select(columns).where('id', '=', id));
      return row ? token(row) : null;
    },
    async revoke(id) {
      return (await exec.run(exec.db.updateTable('feed_tokens').set({ revoked_at: now() }).where('id', '=', id).where('revoked_at', 'is', null))).changes > 0;
    },
  };
}
