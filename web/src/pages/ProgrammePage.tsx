// Chương trình: every target of the programme as a card, grouped by the pillar of its indicator,
// with a status summary that doubles as a filter; then the targets documents state that the pack
// does not hold, and conflicting figures. `?indicator=ID` narrows the page to one indicator and
// lists all of its values (documents link here from their observations).
import { useLocation } from 'preact-iso';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { apiGet, itemsOf, nextCursorOf } from '../api.ts';
import { LoadMore } from '../components/LoadMore.tsx';
import { ConflictList } from '../components/Conflicts.tsx';
import { EvidenceItem, EvidenceList } from '../components/Evidence.tsx';
import { Empty, ErrorBox, Loading } from '../components/Feedback.tsx';
import { TargetCard } from '../components/TargetCard.tsx';
import { ReportDownload } from '../components/ReportDownload.tsx';
import { useI18n } from '../i18n.ts';
import type { Indicator, Observation, ProgrammeInfo, ProgrammeTargets, TargetAssessment, TargetStatus } from '../types.ts';
import { useApi } from '../use-api.ts';
import { useIndicators } from '../use-indicators.ts';
import { useTitle } from '../use-title.ts';

const STATUSES: TargetStatus[] = ['achieved', 'on_track', 'at_risk', 'off_track', 'not_assessable', 'no_data'];

interface Group {
  id: string;
  title: string;
  targets: TargetAssessment[];
}

function groupByPillar(targets: TargetAssessment[], info: ProgrammeInfo | null, indicators: Map<string, Indicator>, name: (n: { vi: string; en?: string }) => string, other: string): Group[] {
  const pillars = info?.programme.pillars ?? [];
  const groups = new Map<string, Group>(pillars.map((p) => [p.id, { id: p.id, title: name(p.name), targets: [] }]));
  const rest: Group = { id: '_other', title: other, targets: [] };
  for (const a of targets) {
    const ind = a.indicator ?? (a.target.indicator ? indicators.get(a.target.indicator) : undefined);
    const pillar = ind?.pillar;
    const g = pillar ? groups.get(pillar) : undefined;
    if (g) g.targets.push(a);
    else if (pillar) groups.set(pillar, { id: pillar, title: pillar, targets: [a] });
    else rest.targets.push(a);
  }
  return [...groups.values(), rest].filter((g) => g.targets.length > 0);
}

function IndicatorFocus({ id, indicator, onReviewed }: { id: string; indicator: Indicator | undefined; onReviewed: () => void }) {
  const { t, name } = useI18n();
  const obs = useApi<unknown>('/programme/observations', { indicator: id });
  // The list comes a page at a time; later pages are added below the first.
  const [more, setMore] = useState<{ items: Observation[]; next: string | null } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  useEffect(() => setMore(null), [obs.data]);
  const items = [...itemsOf<Observation>(obs.data, 'observations'), ...(more?.items ?? [])];
  const next = more ? more.next : nextCursorOf(obs.data);
  const loadMore = async () => {
    setLoadingMore(true);
    setMoreError(null);
    try {
      const data = await apiGet<unknown>('/programme/observations', { indicator: id, cursor: next });
      setMore({ items: [...(more?.items ?? []), ...itemsOf<Observation>(data)], next: nextCursorOf(data) });
    } catch (error) {
      setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  };
  return (
    <section class="panel" style={{ marginBottom: '1.5rem' }}>
      <div class="page-head">
        <h2>{t('prog.indicatorFilter', { name: name(indicator?.name) || id })}</h2>
        <a class="btn btn-small" href="/programme">
          {t('common.clear')}
        </a>
      </div>
      {indicator?.note && <p class="hint">{indicator.note}</p>}
      <h3>{t('prog.indicatorObservations')}</h3>
      {obs.loading && <Loading />}
      <ErrorBox error={obs.error} />
      {obs.data !== null && items.length === 0 && <Empty />}
      <EvidenceList
        items={items}
        unit={indicator?.unit}
        onReviewed={() => {
          obs.reload();
          onReviewed();
        }}
      />
      <ErrorBox error={moreError} />
      {next && <LoadMore onClick={() => void loadMore()} loading={loadingMore} />}
    </section>
  );
}

export function ProgrammePage() {
  const i18n = useI18n();
  const { t, date, name, num } = i18n;
  const { query, route } = useLocation();
  const statusFilter = (STATUSES as string[]).includes(query.status ?? '') ? (query.status as TargetStatus) : null;
  const indicatorFilter = query.indicator ?? null;
  useTitle(t('prog.title'));

  const targets = useApi<ProgrammeTargets>('/programme/targets');
  const info = useApi<ProgrammeInfo>('/programme');
  const indicators = useIndicators();

  const all = targets.data?.targets ?? [];
  const counts = useMemo(() => Object.fromEntries(STATUSES.map((s) => [s, all.filter((a) => a.status === s).length])) as Record<TargetStatus, number>, [all]);
  const shown = all.filter((a) => (!statusFilter || a.status === statusFilter) && (!indicatorFilter || a.target.indicator === indicatorFilter));
  const groups = groupByPillar(shown, info.data, indicators, name, t('prog.otherPillar'));

  const setParam = (k: string, v: string | null) => {
    const qs = new URLSearchParams(query);
    if (v) qs.set(k, v);
    else qs.delete(k);
    route(`/programme${qs.size ? `?${qs}` : ''}`);
  };

  return (
    <section>
      <div class="page-head">
        <h1>{info.data ? name(info.data.programme.name) || t('prog.title') : t('prog.title')}</h1>
        {targets.data && <p class="muted">{t('prog.subtitle', { date: date(targets.data.today) })}</p>}
        <ReportDownload />
      </div>

      {targets.data && (
        <div class="status-summary" role="group" aria-label={t('prog.filterStatus')}>
          {STATUSES.map((s) => (
            <button
              key={s}
              type="button"
              class={`badge status-${s}`}
              style={{ cursor: 'pointer', fontSize: '0.85rem', outline: statusFilter === s ? '2px solid currentColor' : undefined }}
              aria-pressed={statusFilter === s}
              onClick={() => setParam('status', statusFilter === s ? null : s)}
              data-testid={`status-filter-${s}`}
            >
              {t(`status.${s}`)}: {num(counts[s])}
            </button>
          ))}
        </div>
      )}

      {indicatorFilter && <IndicatorFocus id={indicatorFilter} indicator={indicators.get(indicatorFilter)} onReviewed={targets.reload} />}

      {targets.loading && !targets.data && <Loading />}
      <ErrorBox error={targets.error} onRetry={targets.reload} />
      {targets.data && shown.length === 0 && <Empty />}

      {groups.map((g) => (
        <section key={g.id} class="pillar" aria-labelledby={`pillar-${g.id}`}>
          <h2 id={`pillar-${g.id}`}>
            {g.title} <span class="muted">({num(g.targets.length)})</span>
          </h2>
          <div class="target-grid">
            {g.targets.map((a) => (
              <TargetCard key={a.target.id} a={a} conflicts={targets.data?.conflicts ?? []} onReviewed={targets.reload} />
            ))}
          </div>
        </section>
      ))}

      {targets.data && targets.data.conflicts.length > 0 && !indicatorFilter && (
        <section class="pillar">
          <h2>{t('prog.conflicts')}</h2>
          <ConflictList conflicts={targets.data.conflicts} indicators={indicators} />
        </section>
      )}

      {targets.data && targets.data.statedTargets.length > 0 && !indicatorFilter && (
        <section class="pillar">
          <h2>{t('prog.statedTargets')}</h2>
          <ul class="evidence-list">
            {targets.data.statedTargets.map((o) => {
              const ind = indicators.get(o.indicator);
              return <EvidenceItem key={o.key} o={o} unit={ind?.unit} indicatorLabel={name(ind?.name) || o.indicator} />;
            })}
          </ul>
        </section>
      )}
    </section>
  );
}
