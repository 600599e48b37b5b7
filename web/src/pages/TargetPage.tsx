// One target: its figures and status, the chart of its observations with the target line and the
// projection, conflicts, and every piece of evidence (reviewable by editors).
import { ScopeName } from '../components/ScopeName.tsx';
import { datesInText, noteText } from '../format.ts';
import { ConflictList } from '../components/Conflicts.tsx';
import { EvidenceList, SourceLinks } from '../components/Evidence.tsx';
import { Empty, ErrorBox, Loading } from '../components/Feedback.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { conflictsOf, targetText } from '../components/TargetCard.tsx';
import { TargetChart, hasChartData } from '../components/TargetChart.tsx';
import { observationValue } from '../format.ts';
import { useI18n } from '../i18n.ts';
import type { TargetDetail } from '../types.ts';
import { useApi } from '../use-api.ts';
import { useIndicators } from '../use-indicators.ts';
import { useTitle } from '../use-title.ts';

export function TargetPage({ id }: { id?: string }) {
  const i18n = useI18n();
  const { t, date, name, num } = i18n;
  const { data, error, loading, reload } = useApi<TargetDetail>(`/programme/targets/${encodeURIComponent(id ?? '')}`);
  const indicators = useIndicators();
  const a = data ?? null;
  useTitle(a ? name(a.target.name) : t('prog.title'));

  if (loading && !data) return <Loading />;
  if (error) return <ErrorBox error={error} onRetry={reload} />;
  if (!a) return <Empty>{t('prog.targetNotFound')}</Empty>;

  const tg = a.target;
  const indicator = a.indicator ?? (tg.indicator ? indicators.get(tg.indicator) : undefined);
  const unit = tg.unit ?? indicator?.unit;
  const conflicts = conflictsOf(a, data?.conflicts ?? []);

  return (
    <section data-testid="target-detail" data-target-id={tg.id}>
      <p class="breadcrumb">
        <a href="/programme">{t('prog.title')}</a> / <span data-testid="breadcrumb-current">{name(tg.name)}</span>
      </p>
      <div class="page-head">
        <h1>{name(tg.name)}</h1>
        <StatusBadge status={a.status} />
      </div>
      <div class="two-col">
        <div class="stack">
          <section class="panel">
            {hasChartData(a) ? <TargetChart assessment={a} height={340} /> : <Empty>{t('status.no_data')}</Empty>}
          </section>
          {conflicts.length > 0 && (
            <section>
              <h2>{t('prog.conflicts')}</h2>
              <ConflictList conflicts={conflicts} indicators={indicators} />
            </section>
          )}
          <section>
            <h2>
              {t('prog.evidenceList')} ({num(a.evidenceCount ?? a.evidence.length)})
            </h2>
            {a.evidence.length === 0 ? <Empty /> : <EvidenceList items={a.evidence} unit={unit} conflicts={conflicts} onReviewed={reload} />}
          </section>
        </div>
        <aside class="side">
          <section class="panel">
            <dl class="pairs">
              <dt>{t('prog.latest')}</dt>
              <dd>
                <strong>{a.latest ? observationValue(i18n, a.latest, unit) : '—'}</strong>
                {a.latest?.asOf && <span class="muted"> · {date(a.latest.asOf)}</span>}
              </dd>
              <dt>{t('prog.target')}</dt>
              <dd>{targetText(i18n, a)}</dd>
              <dt>{t('prog.deadline')}</dt>
              <dd>{date(tg.deadline)}</dd>
              {a.trend && (
                <>
                  <dt>{t('prog.projection')}</dt>
                  <dd>
                    {num(a.trend.projected)}
                    {unit?.startsWith('%') ? unit : unit ? ` ${unit}` : ''}{' '}
                    <span class="muted">({t('prog.perYear', { v: num(a.trend.perYear) })})</span>
                  </dd>
                </>
              )}
              <dt>{t('prog.scope')}</dt>
              <dd>
                <ScopeName scope={tg.scope} />
              </dd>
              <dt>{t('prog.setBy')}</dt>
              <dd>{tg.setBy}</dd>
              {indicator && (
                <>
                  <dt>{t('review.indicator')}</dt>
                  <dd>
                    <a href={`/programme?indicator=${encodeURIComponent(indicator.id)}`}>{name(indicator.name)}</a>
                  </dd>
                </>
              )}
              <dt>{t('prog.reason')}</dt>
              <dd>{datesInText(a.reason)}</dd>
              <dt>{t('common.source')}</dt>
              <dd class="break">
                {tg.sources.map((s) => (
                  <div key={s}>
                    <SourceLinks sources={[s]} />
                  </div>
                ))}
              </dd>
              {noteText(i18n, tg.note) && (
                <>
                  <dt>{t('common.note')}</dt>
                  <dd>{noteText(i18n, tg.note)}</dd>
                </>
              )}
            </dl>
          </section>
        </aside>
      </div>
    </section>
  );
}
