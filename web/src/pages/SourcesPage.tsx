// Nguồn tin: the live sources (feeds, sitemaps, pages) with what the crawler did with them; admins
// can add and remove sources.
import { useState } from 'preact/hooks';
import { apiDelete, apiPost, itemsOf } from '../api.ts';
import { isAdmin, useSession } from '../auth.tsx';
import { Empty, ErrorBox, Loading, Notice } from '../components/Feedback.tsx';
import { useI18n } from '../i18n.ts';
import type { Source } from '../types.ts';
import { useApi } from '../use-api.ts';
import { useTitle } from '../use-title.ts';
import { ExternalLink } from '../components/ExternalLink.tsx';

const KINDS = ['feed', 'sitemap', 'page'] as const;

function AddSource({ onAdded }: { onAdded: () => void }) {
  const { t } = useI18n();
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [ok, setOk] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setOk(false);
    try {
      await apiPost('/sources', { url: url.trim(), ...(name.trim() ? { name: name.trim() } : {}), ...(kind ? { kind } : {}) });
      setUrl('');
      setName('');
      setOk(true);
      onAdded();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="panel form-grid cols-2" onSubmit={submit} data-testid="source-form" style={{ marginBottom: '1rem' }}>
      <h2 class="field-wide">{t('sources.add')}</h2>
      <div class="field field-wide">
        <label for="src-url">{t('sources.url')}</label>
        <input id="src-url" type="url" required placeholder="https://…/rss" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="src-name">{t('sources.name')}</label>
        <input id="src-name" type="text" value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="src-kind">{t('sources.kind')}</label>
        <select id="src-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
          <option value="">{t('sources.kindAuto')}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`sources.kind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="field-wide">
        <ErrorBox error={error} />
        {ok && <Notice kind="success">{t('sources.added')}</Notice>}
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {t('sources.add')}
        </button>
      </div>
    </form>
  );
}

export function SourcesPage() {
  const { t, num, dateTime } = useI18n();
  const { user } = useSession();
  const admin = isAdmin(user);
  useTitle(t('sources.title'));
  const { data, error, loading, reload } = useApi<unknown>('/sources');
  const [removeError, setRemoveError] = useState<unknown>(null);
  const items = itemsOf<Source>(data, 'sources');

  const remove = async (s: Source) => {
    if (!window.confirm(t('sources.removeConfirm', { url: s.url }))) return;
    setRemoveError(null);
    try {
      await apiDelete(`/sources/${s.id}`);
      reload();
    } catch (err) {
      setRemoveError(err);
    }
  };

  return (
    <section>
      <h1>{t('sources.title')}</h1>
      {admin && <AddSource onAdded={reload} />}
      {loading && !data && <Loading />}
      <ErrorBox error={error ?? removeError} onRetry={reload} />
      {data !== null && items.length === 0 && <Empty>{t('sources.none')}</Empty>}
      {items.length > 0 && (
        <div class="table-wrap">
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{t('sources.name')}</th>
                <th scope="col">{t('sources.kind')}</th>
                <th scope="col" class="num">
                  {t('sources.stored')}
                </th>
                <th scope="col" class="num">
                  {t('sources.pending')}
                </th>
                <th scope="col" class="num">
                  {t('sources.failed')}
                </th>
                <th scope="col">{t('sources.lastCheck')}</th>
                <th scope="col">{t('sources.lastError')}</th>
                {admin && (
                  <th scope="col">
                    <span class="visually-hidden">{t('sources.remove')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {items.map((s) => (
                <tr key={s.id} data-testid="source-row">
                  <td class="break">
                    <strong>{s.name ?? s.url.replace(/^https?:\/\//, '')}</strong>
                    <div>
                      <ExternalLink url={s.url} />
                    </div>
                  </td>
                  <td>{t(`sources.kind.${s.kind}`)}</td>
                  <td class="num">{num(s.stored)}</td>
                  <td class="num">{num(s.pending)}</td>
                  <td class="num">{num(s.failed)}</td>
                  <td>{dateTime(s.lastCheckedAt)}</td>
                  <td class="break" style={s.lastError ? { color: 'var(--red)' } : undefined}>
                    {s.lastError ?? '—'}
                  </td>
                  {admin && (
                    <td>
                      <button type="button" class="btn btn-small" onClick={() => void remove(s)} aria-label={`${t('sources.remove')} ${s.name ?? s.url}`}>
                        {t('sources.remove')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
