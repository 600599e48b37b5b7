// Tổng quan, the home page: where the programme stands (targets by status, the worst first), what
// changed in the last seven days (new figures, status changes, new conflicts, tasks overdue or due
// soon), and the provinces' map.
import { Empty, ErrorBox, Loading } from '../components/Feedback.tsx';
import { ProvinceMapPanel } from '../components/ProvinceMapPanel.tsx';
import { StatusBadge, TaskBadge } from '../components/StatusBadge.tsx';
import { targetText } from '../components/TargetCard.tsx';
import { observationValue } from '../format.ts';
import { useI18n } from '../i18n.ts';
import type { Overview, ProgrammeTargets, TargetAssessment, TargetStatus, Task } from '../types.ts';
import { useApi } from '../use-api.ts';
import { useTitle } from '../use-title.ts';
import { evidenceHref, internalHref } from '../links.ts';
import { useAgencyNames } from '../use-agencies.ts';
import { ScopeName } from '../components/ScopeName.tsx';

/** Worst first; targets that cannot be judged come last, after those on track. */
export const STATUS_ORDER: TargetStatus[] = ['off_track', 'at_risk', 'on_track', 'achieved', 'not_assessable', 'no_data'];

function TargetsByStatus({ targets }: { targets: TargetAssessment[] }) {
  const i18n = useI18n();
  const { t, name, date } = i18n;
  const rank = (s: TargetStatus) => STATUS_ORDER.indexOf(s);
  const sorted = [...targets].sort((a, b) => rank(a.status) - rank(b.status));
  const counts = STATUS_ORDER.map((s) => [s, targets.filter((a) => a.status === s).length] as const);
  const judged = sorted.filter((a) => a.status !== 'no_data' && a.status !== 'not_assessable');
  const unjudged = sorted.filter((a) => a.status === 'no_data' || a.status === 'not_assessable');
  const row = (a: TargetAssessment) => (
    <tr key={a.target.id} data-testid="overview-target" data-status={a.status}>
      <th scope="row">
        <a href={`/programme/targets/${encodeURIComponent(a.target.id)}`}>{name(a.target.name)}</a>
      </th>
      <td>
        <StatusBadge status={a.status} />
      </td>
      <td class="num" data-label={t('prog.latest')}>
        {a.latest ? observationValue(i18n, a.latest, a.target.unit ?? a.indicator?.unit) : '—'}
        {a.latest?.asOf && <div class="muted">{date(a.latest.asOf)}</div>}
      </td>
      <td class="num" data-label={t('overview.goal')}>
        {targetText(i18n, a)}
      </td>
      <td data-label={t('prog.deadline')}>{date(a.target.deadline)}</td>
    </tr>
  );
  const head = (
    <thead>
      <tr>
        <th scope="col">{t('prog.target')}</th>
        <th scope="col">{t('tasks.status')}</th>
        <th scope="col" class="num">{t('prog.latest')}</th>
        <th scope="col" class="num">{t('overview.goal')}</th>
        <th scope="col">{t('prog.deadline')}</th>
      </tr>
    </thead>
  );
  return (
    <section class="panel" aria-labelledby="overview-targets">
      <h2 id="overview-targets">{t('overview.targets')}</h2>
      <ul class="status-summary" data-testid="status-summary">
        {counts.filter(([s, n]) => n > 0 || s !== 'not_assessable').map(([s, n]) => (
          <li key={s}>
            <a href={`/programme?status=${s}`}>
              <StatusBadge status={s} /> <strong>{n}</strong>
            </a>
          </li>
        ))}
      </ul>
      <div class="table-wrap">
        <table class="data stack-on-phone">
          {head}
          <tbody>{judged.map(row)}</tbody>
        </table>
      </div>
      {unjudged.length > 0 && (
        <details>
          <summary>{t('overview.unjudged', { n: unjudged.length })}</summary>
          <div class="table-wrap">
            <table class="data stack-on-phone">
              {head}
              <tbody>{unjudged.map(row)}</tbody>
            </table>
          </div>
        </details>
      )}
    </section>
  );
}

function TaskList({ tasks, agencyName }: { tasks: Task[]; agencyName: (id: string) => string }) {
  const { date } = useI18n();
  return (
    <ul class="plain-list">
      {tasks.slice(0, 5).map((task) => (
        <li key={task.key}>
          <a href={`/tasks?agency=${encodeURIComponent(task.agency)}#${encodeURIComponent(task.key)}`}>{task.title}</a>
          <div class="muted">
            <a href={`/agencies/${encodeURIComponent(task.agency)}`}>{agencyName(task.agency)}</a> · {date(task.deadline)} · <TaskBadge task={task} />
          </div>
        </li>
      ))}
    </ul>
  );
}

function ThisWeek({ data }: { data: Overview }) {
  const i18n = useI18n();
  const { t, name, date, num } = i18n;
  const agencyName = useAgencyNames();
  return (
    <section class="panel" aria-labelledby="overview-week" data-testid="overview-week">
      <h2 id="overview-week">{t('overview.week', { from: date(data.since), to: date(data.today) })}</h2>
      <div class="week-grid">
        <div data-testid="week-figures">
          <h3>{t('overview.newFigures', { n: num(data.newFigureCount) })}</h3>
          {data.newFigures.length === 0 ? (
            <p class="hint">{t('overview.nothing')}</p>
          ) : (
            <ul class="plain-list">
              {data.newFigures.slice(0, 5).map((o) => (
                <li key={o.key}>
                  <a href={`/programme?indicator=${encodeURIComponent(o.indicator)}`}>{name(o.indicatorName)}</a>
                  <div>
                    <strong>{observationValue(i18n, o)}</strong> · {date(o.asOf)} · <ScopeName scope={o.scope} />
                    {o.documentId !== null && (
                      <>
                        {' '}
                        · <a href={internalHref(evidenceHref(o))}>{t('prog.openDoc')}</a>
                      </>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div data-testid="week-status">
          <h3>{t('overview.statusChanges', { n: data.statusChanges.length })}</h3>
          {data.statusChanges.length === 0 ? (
            <p class="hint">{t('overview.nothing')}</p>
          ) : (
            <ul class="plain-list">
              {data.statusChanges.map((c) => (
                <li key={c.target.id}>
                  <a href={`/programme/targets/${encodeURIComponent(c.target.id)}`}>{name(c.target.name)}</a>
                  <div>
                    {c.before ? <StatusBadge status={c.before} /> : '—'} → <StatusBadge status={c.after} />
                  </div>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div data-testid="week-conflicts">
          <h3>{t('overview.newConflicts', { n: data.newConflicts.length })}</h3>
          {data.newConflicts.length === 0 ? (
            <p class="hint">{t('overview.nothing')}</p>
          ) : (
            <ul class="plain-list">
              {data.newConflicts.slice(0, 5).map((c) => (
                <li key={`${c.a.key}|${c.b.key}`}>
                  <a href={`/programme?indicator=${encodeURIComponent(c.indicator)}`}>{name(c.indicatorName)}</a> <span class="muted">(<ScopeName scope={c.scope} />)</span>
                  <div>
                    {observationValue(i18n, c.a)} ({date(c.a.asOf)}) ≠ {observationValue(i18n, c.b)} ({date(c.b.asOf)})
                  </div>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div data-testid="week-tasks">
          <h3>{t('overview.tasksOverdue', { n: data.tasksOverdueCount })}</h3>
          {data.tasksOverdue.length === 0 ? <p class="hint">{t('overview.nothing')}</p> : <TaskList tasks={data.tasksOverdue} agencyName={agencyName} />}
          <h3>{t('overview.tasksDueSoon', { n: data.tasksDueSoonCount })}</h3>
          {data.tasksDueSoon.length === 0 ? <p class="hint">{t('overview.nothing')}</p> : <TaskList tasks={data.tasksDueSoon} agencyName={agencyName} />}
        </div>
      </div>
    </section>
  );
}

export function OverviewPage() {
  const { t, date } = useI18n();
  useTitle(t('overview.title'));
  const targets = useApi<ProgrammeTargets>('/programme/targets');
  const week = useApi<Overview>('/overview');
  return (
    <section class="overview-page" data-testid="overview-page">
      <div class="page-head">
        <h1>{t('overview.title')}</h1>
        {targets.data && <p class="muted">{t('prog.subtitle', { date: date(targets.data.today) })}</p>}
      </div>
      {(targets.loading && !targets.data) || (week.loading && !week.data) ? <Loading /> : null}
      <ErrorBox error={targets.error ?? week.error} onRetry={() => (targets.reload(), week.reload())} />
      <div class="overview-grid">
        <div class="stack">
          {targets.data && (targets.data.targets.length ? <TargetsByStatus targets={targets.data.targets} /> : <Empty />)}
          {week.data && <ThisWeek data={week.data} />}
        </div>
        <div class="panel">
          <ProvinceMapPanel compact />
        </div>
      </div>
    </section>
  );
}
