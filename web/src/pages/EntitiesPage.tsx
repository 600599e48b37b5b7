// Đối tượng (entities): find people, organisations, places and legal documents by any of their names,
// diacritics optional (the API folds them).
import { useLocation } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { itemsOf } from '../api.ts';
import { Empty, ErrorBox, Loading } from '../components/Feedback.tsx';
import { useI18n } from '../i18n.ts';
import type { EntityKind, EntitySummary } from '../types.ts';
import { useApi } from '../use-api.ts';
import { useTitle } from '../use-title.ts';

const KINDS: EntityKind[] = ['person', 'organization', 'place', 'legalRef'];

export function EntitiesPage() {
  const { t, num } = useI18n();
  const { query, route } = useLocation();
  const q = query.q ?? '';
  const kind = (KINDS as string[]).includes(query.kind ?? '') ? (query.kind as EntityKind) : undefined;
  const [input, setInput] = useState(q);
  const [kindInput, setKindInput] = useState<string>(kind ?? '');
  useEffect(() => setInput(q), [q]);
  useEffect(() => setKindInput(kind ?? ''), [kind]);
  useTitle(q ? `${q} — ${t('entity.title')}` : t('entity.title'));
  // Without a name the API lists the most mentioned entities: something to browse from the start.
  const { data, error, loading, reload } = useApi<unknown>('/entities', { q: q || undefined, kind, limit: 100 });
  const items = itemsOf<EntitySummary>(data, 'entities');

  const onSubmit = (e: Event) => {
    e.preventDefault();
    const qs = new URLSearchParams();
    if (input.trim()) qs.set('q', input.trim());
    if (kindInput) qs.set('kind', kindInput);
    route(`/entities${qs.size ? `?${qs}` : ''}`);
  };

  return (
    <section>
      <h1>{t('entity.title')}</h1>
      <form class="filters" role="search" onSubmit={onSubmit}>
        <div class="field" style={{ flex: '3 1 16rem' }}>
          <label for="entity-q">{t('entity.search')}</label>
          <input id="entity-q" type="search" value={input} onInput={(e) => setInput(e.currentTarget.value)} placeholder={t('entity.placeholder')} data-testid="entity-input" />
        </div>
        <div class="field">
          <label for="entity-kind">{t('entity.kind')}</label>
          <select id="entity-kind" value={kindInput} onChange={(e) => setKindInput(e.currentTarget.value)}>
            <option value="">{t('common.all')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`entity.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="btn btn-primary">
          {t('search.submit')}
        </button>
      </form>
      {!q && <p class="hint">{t('entity.prompt')} {t('entity.top')}</p>}
      {loading && <Loading />}
      <ErrorBox error={error} onRetry={reload} />
      {q && data !== null && items.length === 0 && <Empty>{t('entity.none')}</Empty>}
      <ul class="entity-list">
        {items.map((e) => (
          <li key={e.id} class="entity-item" data-testid="entity-result">
            <h2>
              <a href={`/entities/${e.id}`}>{e.name}</a>
            </h2>
            <p class="result-meta">
              <span class="kind">{t(`entity.kind.${e.kind}`)}</span>
              <span>
                {num(e.mentionCount)} {t('entity.mentions').toLowerCase()}
              </span>
              <span>
                {num(e.documentCount)} {t('entity.documents').toLowerCase()}
              </span>
            </p>
            {e.aliases.length > 0 && (
              <p class="snippet">
                <span class="muted">{t('entity.aliases')}:</span> {e.aliases.slice(0, 6).join(' · ')}
                {e.aliases.length > 6 ? ' …' : ''}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
