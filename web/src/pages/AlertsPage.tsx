// Thông báo: the signed-in user's inbox, saved searches (with private Atom feeds), watchlists and
// e-mail settings. Everything here is the user's own: the API answers nobody else's rows.
import { useEffect, useState } from 'preact/hooks';
import { apiDelete, apiPost, apiPut, itemsOf } from '../api.ts';
import { Empty, ErrorBox, Loading } from '../components/Feedback.tsx';
import { Guard } from '../components/Guard.tsx';
import { useI18n } from '../i18n.ts';
import { internalHref } from '../links.ts';
import { useApi } from '../use-api.ts';
import { useTitle } from '../use-title.ts';
import type { AlertSettings, FeedToken, InboxEntry, SavedSearch, Watchlist, WatchKind } from '../../../src/store/alerts/types.ts';

const WATCH_KINDS: WatchKind[] = ['target', 'indicator', 'task', 'entity', 'legal', 'province'];

function Inbox() {
  const { t, date } = useI18n();
  const { data, error, loading, reload } = useApi<{ items: InboxEntry[]; unread: number }>('/alerts/inbox');
  const items = data?.items ?? [];
  const unread = items.filter((i) => !i.readAt).map((i) => i.deliveryId);
  const markRead = async () => {
    await apiPost('/alerts/inbox/read', { ids: unread });
    reload();
  };
  return (
    <section aria-labelledby="inbox-h">
      <h2 id="inbox-h">
        {t('alerts.inbox')} {data && data.unread > 0 && <span class="badge" data-testid="inbox-unread">{t('alerts.unread', { n: data.unread })}</span>}
      </h2>
      {loading && !data && <Loading />}
      <ErrorBox error={error} onRetry={reload} />
      {data && items.length === 0 && <Empty>{t('alerts.none')}</Empty>}
      {items.length > 0 && (
        <ul class="alert-list" data-testid="inbox">
          {items.map((i) => (
            <li key={i.deliveryId} class={`alert-item${i.readAt ? '' : ' unread'}${i.event.severity === 'warning' ? ' warning' : ''}`} data-testid="inbox-item">
              {i.event.severity === 'warning' && <strong class="alert-flag">{t('alerts.warning')}: </strong>}
              {internalHref(i.event.link) ? <a href={internalHref(i.event.link)}>{i.event.title}</a> : i.event.title}
              <div class="muted">
                {i.event.summary} {i.event.occurred && `(${date(i.event.occurred)})`}
              </div>
            </li>
          ))}
        </ul>
      )}
      {unread.length > 0 && (
        <button type="button" class="btn btn-small" onClick={() => void markRead()} data-testid="inbox-mark-read">
          {t('alerts.markRead')}
        </button>
      )}
    </section>
  );
}

function Searches({ feeds, onFeed }: { feeds: FeedToken[]; onFeed: () => void }) {
  const { t } = useI18n();
  const { data, error, reload } = useApi<{ items: SavedSearch[] }>('/alerts/searches');
  const [feedUrl, setFeedUrl] = useState<string | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const remove = async (id: number) => {
    await apiDelete(`/alerts/searches/${id}`).catch(setProblem);
    reload();
  };
  const makeFeed = async (subject: string) => {
    try {
      const made = await apiPost<{ url: string }>('/alerts/feeds', { subject });
      setFeedUrl(made.url);
      onFeed();
    } catch (err) {
      setProblem(err);
    }
  };
  const items = itemsOf<SavedSearch>(data);
  return (
    <section aria-labelledby="searches-h">
      <h2 id="searches-h">{t('alerts.searches')}</h2>
      <ErrorBox error={error ?? problem} onRetry={reload} />
      {data && items.length === 0 && <Empty>{t('alerts.noSearches')}</Empty>}
      <ul class="plain-list" data-testid="saved-searches">
        {items.map((s) => (
          <li key={s.id}>
            <a href={`/search?${new URLSearchParams({ q: s.query, ...(s.filters as Record<string, string>) })}`}>{s.name}</a>{' '}
            <button type="button" class="btn btn-small" onClick={() => void makeFeed(`search:${s.id}`)}>
              {t('alerts.feed')}
            </button>{' '}
            <button type="button" class="btn btn-small" onClick={() => void remove(s.id)}>
              {t('alerts.delete')}
            </button>
          </li>
        ))}
      </ul>
      {feedUrl && (
        <p class="notice notice-info">
          {t('alerts.feedUrl')} <code data-testid="feed-url">{feedUrl}</code>
        </p>
      )}
      {feeds.length > 0 && <FeedList feeds={feeds} onChange={onFeed} />}
    </section>
  );
}

function FeedList({ feeds, onChange }: { feeds: FeedToken[]; onChange: () => void }) {
  const { t, dateTime } = useI18n();
  const revoke = async (id: number) => {
    await apiDelete(`/alerts/feeds/${id}`);
    onChange();
  };
  return (
    <>
      <h3>{t('alerts.feeds')}</h3>
      <ul class="plain-list">
        {feeds.map((f) => (
          <li key={f.id}>
            {f.subject} — {dateTime(f.createdAt)}{' '}
            {f.revokedAt ? (
              <span class="muted">{t('alerts.revoked')}</span>
            ) : (
              <button type="button" class="btn btn-small" onClick={() => void revoke(f.id)}>
                {t('alerts.revoke')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Suggestions for the item's id: the programme's targets and indicators by id, with their names. */
function useSuggestions(kind: WatchKind): { value: string; label: string }[] {
  const { name } = useI18n();
  const targets = useApi<{ targets: { target: { id: string; name: { vi: string; en?: string } } }[] }>(kind === 'target' ? '/programme/targets' : null);
  const indicators = useApi<{ items: { id: string; name: { vi: string; en?: string } }[] }>(kind === 'indicator' ? '/programme/indicators' : null);
  if (kind === 'target') return (targets.data?.targets ?? []).map((a) => ({ value: a.target.id, label: name(a.target.name) }));
  if (kind === 'indicator') return (indicators.data?.items ?? []).map((i) => ({ value: i.id, label: name(i.name) }));
  return [];
}

function Watchlists() {
  const { t } = useI18n();
  const { data, error, reload } = useApi<{ items: Watchlist[] }>('/alerts/watchlists');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<WatchKind>('target');
  const [ref, setRef] = useState('');
  const [problem, setProblem] = useState<unknown>(null);
  const suggestions = useSuggestions(kind);
  const create = async (e: Event) => {
    e.preventDefault();
    try {
      const label = suggestions.find((o) => o.value === ref.trim())?.label ?? null;
      await apiPost('/alerts/watchlists', { name: name.trim(), items: ref.trim() ? [{ kind, ref: ref.trim(), label }] : [] });
      setName('');
      setRef('');
      reload();
    } catch (err) {
      setProblem(err);
    }
  };
  const removeItem = async (w: Watchlist, index: number) => {
    await apiPut(`/alerts/watchlists/${w.id}/items`, { items: w.items.filter((_, i) => i !== index) });
    reload();
  };
  const items = itemsOf<Watchlist>(data);
  return (
    <section aria-labelledby="watch-h">
      <h2 id="watch-h">{t('alerts.watchlists')}</h2>
      <ErrorBox error={error ?? problem} onRetry={reload} />
      {data && items.length === 0 && <Empty>{t('alerts.noWatchlists')}</Empty>}
      {items.map((w) => (
        <div key={w.id} class="card" data-testid="watchlist">
          <strong>{w.name}</strong>
          <ul class="plain-list">
            {w.items.map((item, i) => (
              <li key={`${item.kind}:${item.ref}`}>
                {t(`alerts.kind.${item.kind}`)}: {item.label ?? item.ref}{' '}
                <button type="button" class="link-button" onClick={() => void removeItem(w, i)}>
                  {t('alerts.delete')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <form class="filters" onSubmit={(e) => void create(e)}>
        <div class="field">
          <label for="watch-name">{t('alerts.watchName')}</label>
          <input id="watch-name" type="text" required value={name} onInput={(e) => setName(e.currentTarget.value)} data-testid="watch-name" />
        </div>
        <div class="field">
          <label for="watch-kind">{t('alerts.watchKind')}</label>
          <select id="watch-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as WatchKind)}>
            {WATCH_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`alerts.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="watch-ref">{t('alerts.watchRef')}</label>
          <input id="watch-ref" type="text" list="watch-ref-suggestions" value={ref} onInput={(e) => setRef(e.currentTarget.value)} data-testid="watch-ref" />
          <datalist id="watch-ref-suggestions">
            {suggestions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </datalist>
        </div>
        <button type="submit" class="btn btn-primary" data-testid="watch-create">
          {t('alerts.newWatchlist')}
        </button>
      </form>
    </section>
  );
}

function EmailSettings() {
  const { t } = useI18n();
  const { data, error, reload } = useApi<AlertSettings>('/alerts/settings');
  const [email, setEmail] = useState('');
  const [frequency, setFrequency] = useState<AlertSettings['frequency']>('daily');
  const [state, setState] = useState<unknown>(null);
  useEffect(() => {
    if (!data) return;
    setEmail(data.email ?? '');
    setFrequency(data.frequency);
  }, [data]);
  const save = async (e: Event) => {
    e.preventDefault();
    try {
      await apiPut('/alerts/settings', { email: email.trim() || null, frequency });
      setState('saved');
    } catch (err) {
      setState(err);
    }
  };
  return (
    <section aria-labelledby="email-h">
      <h2 id="email-h">{t('alerts.email')}</h2>
      <ErrorBox error={error ?? (state === 'saved' ? null : state)} onRetry={reload} />
      <form class="filters" onSubmit={(e) => void save(e)}>
        <div class="field">
          <label for="alert-email">{t('alerts.emailAddress')}</label>
          <input id="alert-email" type="email" value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="alert-frequency">{t('alerts.frequency')}</label>
          <select id="alert-frequency" value={frequency} onChange={(e) => setFrequency(e.currentTarget.value as AlertSettings['frequency'])}>
            {(['off', 'immediate', 'daily', 'weekly'] as const).map((f) => (
              <option key={f} value={f}>
                {t(`alerts.freq.${f}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="btn btn-primary">
          {t('alerts.save')}
        </button>
      </form>
      <p class="hint">{t('alerts.emailHint')}</p>
      {state === 'saved' && <p role="status">{t('alerts.saved')}</p>}
    </section>
  );
}

function AlertsContent() {
  const feeds = useApi<{ items: FeedToken[] }>('/alerts/feeds');
  return (
    <>
      <Inbox />
      <Searches feeds={itemsOf<FeedToken>(feeds.data)} onFeed={feeds.reload} />
      <Watchlists />
      <EmailSettings />
    </>
  );
}

export function AlertsPage() {
  const { t } = useI18n();
  useTitle(t('alerts.title'));
  return (
    <section class="alerts-page">
      <h1>{t('alerts.title')}</h1>
      <Guard allow={(u) => u !== null}>
        <AlertsContent />
      </Guard>
    </section>
  );
}
