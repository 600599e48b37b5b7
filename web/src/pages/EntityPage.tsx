// One entity: its names, how often it is mentioned month by month (bar chart), what it appears
// with, its documents, and for a legal document the citation graph both ways.
import { DocLink } from '../components/DocRef.tsx';
import { BarChart } from '../components/BarChart.tsx';
import { Empty, ErrorBox, Loading } from '../components/Feedback.tsx';
import { searchHref } from '../search-params.ts';
import { useI18n } from '../i18n.ts';
import type { EntityDetail, EntityKind } from '../types.ts';
import { useApi } from '../use-api.ts';
import { useTitle } from '../use-title.ts';

/** Where "the documents mentioning it" lives in search: the filter parameter for its kind. */
const FILTER: Record<EntityKind, 'person' | 'org' | 'place' | 'cites'> = { person: 'person', organization: 'org', place: 'place', legalRef: 'cites' };

function Citations({ e }: { e: EntityDetail }) {
  const { t, num } = useI18n();
  if (e.kind !== 'legalRef') return null;
  const cites = e.cites ?? [];
  const citedBy = e.citedBy ?? [];
  return (
    <div class="two-col-even stack">
      <section class="panel">
        <h2>{t('entity.cites')}</h2>
        {cites.length === 0 ? (
          <Empty />
        ) : (
          <ul class="tag-list">
            {cites.map((c, i) => {
              const id = typeof c === 'string' ? c : (c.legalId ?? c.name ?? String(c.id ?? ''));
              return (
                <li key={i} class="tag">
                  <a href={`/entities?q=${encodeURIComponent(id)}&kind=legalRef`}>{id}</a>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section class="panel">
        <h2>
          {t('entity.citedBy')}
          {(e.citedByCount ?? 0) > citedBy.length && <span class="muted"> ({t('entity.newestOf', { shown: num(citedBy.length), total: num(e.citedByCount ?? 0) })})</span>}
        </h2>
        {citedBy.length === 0 ? (
          <Empty />
        ) : (
          <ul class="plain-list">
            {citedBy.map((d) => (
              <li key={d.id}>
                <DocLink doc={d} />
                {d.legalId && <span class="tag"> {d.legalId}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

export function EntityPage({ id }: { id?: string }) {
  const { t, num, date } = useI18n();
  const { data: e, error, loading, reload } = useApi<EntityDetail>(id && /^\d+$/.test(id) ? `/entities/${id}` : null);
  useTitle(e?.name ?? t('entity.title'));
  if (loading && !e) return <Loading />;
  if (error) return <ErrorBox error={error} onRetry={reload} />;
  if (!e) return <Empty>{t('entity.none')}</Empty>;

  return (
    <section>
      <p class="breadcrumb">
        <a href="/entities">{t('entity.title')}</a> / {t(`entity.kind.${e.kind}`)}
      </p>
      <div class="page-head">
        <h1>{e.name}</h1>
        <a class="btn btn-small" href={searchHref({ [FILTER[e.kind]]: e.kind === 'legalRef' && !e.key.startsWith('law:') ? e.key : e.name })}>
          {t('nav.search')} →
        </a>
      </div>
      {e.aliases.length > 0 && (
        <p>
          <span class="muted">{t('entity.aliases')}:</span> {e.aliases.join(' · ')}
        </p>
      )}
      <div class="stat-row">
        <div class="stat">
          <span class="value">{num(e.mentionCount)}</span>
          <span class="label">{t('entity.mentions')}</span>
        </div>
        <div class="stat">
          <span class="value">{num(e.documentCount)}</span>
          <span class="label">{t('entity.documents')}</span>
        </div>
      </div>
      <div class="two-col">
        <div class="stack">
          <section class="panel">
            <h2>{t('entity.byMonth')}</h2>
            {e.byMonth.length > 0 ? (
              <BarChart labels={e.byMonth.map((m) => date(m.month))} values={e.byMonth.map((m) => m.mentions)} label={t('entity.mentions')} ariaLabel={t('entity.chartLabel', { name: e.name })} testId="entity-chart" />
            ) : (
              <Empty />
            )}
            {e.undatedMentions > 0 && <p class="hint">{t('entity.undated', { n: num(e.undatedMentions) })}</p>}
          </section>
          <Citations e={e} />
          <section class="panel">
            <h2>
              {t('entity.documents')} ({num(e.documents.length)})
            </h2>
            <ul class="plain-list">
              {e.documents.map((d) => (
                <li key={d.id}>
                  <DocLink doc={d} />
                  <span class="muted"> · {num(d.mentions)} {t('entity.mentions').toLowerCase()}</span>
                </li>
              ))}
            </ul>
          </section>
        </div>
        <aside class="side">
          <section class="panel">
            <h2>{t('entity.cooccurring')}</h2>
            {e.cooccurring.length === 0 ? (
              <Empty />
            ) : (
              <ul class="plain-list">
                {e.cooccurring.map((c) => (
                  <li key={c.id}>
                    <a href={`/entities/${c.id}`}>{c.name}</a>{' '}
                    <span class="muted">
                      · {t(`entity.kind.${c.kind}`)} · {num(c.documents)} {t('entity.documents').toLowerCase()}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </aside>
      </div>
    </section>
  );
}
