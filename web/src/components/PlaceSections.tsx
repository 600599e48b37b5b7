// What a province's page and an agency's page share: its targets, its figures with their evidence, its
// tasks and how timely they are, the news naming it and the people named with it.
import { useI18n } from '../i18n.ts';
import { datesInText, percent } from '../format.ts';
import type { PlaceScorecard, PlaceTarget, PlaceTask, ProvincePageData } from '../types.ts';
import { useAgencyNames } from '../use-agencies.ts';
import { useIndicators } from '../use-indicators.ts';
import { DocLink } from './DocRef.tsx';
import { EvidenceItem } from './Evidence.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { TaskRow } from './TaskRow.tsx';
import { observationValue } from '../format.ts';
import { internalHref } from '../links.ts';

export function PlaceTargets({ targets }: { targets: PlaceTarget[] }) {
  const i18n = useI18n();
  const { t, name, date } = i18n;
  return (
    <section class="panel" data-testid="place-targets">
      <h2>{t('place.targets')}</h2>
      {targets.length === 0 ? (
        <p class="hint">{t('place.noTargets')}</p>
      ) : (
        <ul class="plain-list">
          {targets.map((a) => (
            <li key={a.target.id} data-testid="place-target">
              <a href={`/programme/targets/${encodeURIComponent(a.target.id)}`}>{name(a.target.name)}</a> <StatusBadge status={a.status} />
              <div>{datesInText(a.reason)}</div>
              <div class="muted">
                {t('prog.latest')}: {a.latest ? `${observationValue(i18n, a.latest, a.target.unit)} (${date(a.latest.asOf)})` : '—'} · {t('prog.deadline')}: {date(a.target.deadline)} · {t('prog.evidence', { n: a.evidenceCount })}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function PlaceRanks({ ranks }: { ranks: ProvincePageData['ranks'] }) {
  const i18n = useI18n();
  const { t, name, date } = i18n;
  return (
    <section class="panel" data-testid="place-ranks">
      <h2>{t('place.ranks')}</h2>
      {ranks.length === 0 ? (
        <p class="hint">{t('place.noRanks')}</p>
      ) : (
        <div class="table-wrap">
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{t('review.indicator')}</th>
                <th scope="col" class="num">{t('doc.value')}</th>
                <th scope="col">{t('common.date')}</th>
                <th scope="col" class="num">{t('tasks.rank')}</th>
              </tr>
            </thead>
            <tbody>
              {ranks.map((r) => (
                <tr key={`${r.indicator.id}-${r.figure.province}`} data-testid="place-rank">
                  <td>
                    <a href={`/programme?indicator=${encodeURIComponent(r.indicator.id)}`}>{name(r.indicator.name)}</a>
                    {r.figure.view === 'provinces63' && <div class="muted">{t('place.formerFigure', { name: r.figure.name })}</div>}
                  </td>
                  <td class="num">{observationValue(i18n, { ...r.figure, unit: r.figure.unitOfMeasure } as never, r.indicator.unit)}</td>
                  <td>{date(r.figure.asOf)}</td>
                  <td class="num">{r.rank !== null ? t('place.rankOf', { rank: r.rank, of: r.of }) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function PlaceFigures({ figures, count }: { figures: ProvincePageData['figures']; count: number }) {
  const { t, name } = useI18n();
  const indicators = useIndicators();
  return (
    <section class="panel" data-testid="place-figures">
      <h2>
        {t('place.figures')} <span class="muted">({count})</span>
      </h2>
      {figures.length === 0 ? (
        <p class="hint">{t('place.noFigures')}</p>
      ) : (
        <ul class="evidence-list">
          {figures.map((o) => (
            <EvidenceItem key={o.key} o={o} unit={indicators.get(o.indicator)?.unit} indicatorLabel={name(indicators.get(o.indicator)?.name) || o.indicator} />
          ))}
        </ul>
      )}
    </section>
  );
}

export function PlaceTasks({ tasks, scorecard, reload }: { tasks: PlaceTask[]; scorecard: PlaceScorecard; reload: () => void }) {
  const { t, num } = useI18n();
  const agencyName = useAgencyNames();
  const i18n = useI18n();
  const card = scorecard.card;
  return (
    <section class="panel" data-testid="place-tasks">
      <h2>{t('place.tasks')}</h2>
      {card && card.tasks > 0 && (
        <dl class="figures scorecard-figures">
          <div>
            <dt>{t('tasks.count')}</dt>
            <dd>{num(card.tasks)}</dd>
          </div>
          <div>
            <dt>{t('place.shareDueDone')}</dt>
            <dd>{percent(i18n, scorecard.shareDueDone)}</dd>
          </div>
          <div>
            <dt>{t('place.shareOverdue')}</dt>
            <dd>{percent(i18n, scorecard.shareOverdue)}</dd>
          </div>
          <div>
            <dt>{t('tasks.shareOnTime')}</dt>
            <dd>{percent(i18n, card.shareOnTime)}</dd>
          </div>
          <div>
            <dt>{t('tasks.rank')}</dt>
            <dd>{card.rank ?? '—'}</dd>
          </div>
        </dl>
      )}
      {tasks.length === 0 ? (
        <p class="hint">{t('place.noTasks')}</p>
      ) : (
        <ul class="task-list">
          {tasks.map((task) => (
            <TaskRow key={task.key} task={task} agencyName={agencyName} onChanged={reload} />
          ))}
        </ul>
      )}
    </section>
  );
}

export function PlaceNews({ news, people, searchHref }: { news: ProvincePageData['news']; people: ProvincePageData['people']; searchHref: string }) {
  const { t } = useI18n();
  return (
    <>
      <section class="panel" data-testid="place-news">
        <h2>{t('place.news')}</h2>
        {news.length === 0 ? (
          <p class="hint">{t('place.noNews')}</p>
        ) : (
          <ul class="plain-list">
            {news.map((n) => (
              <li key={n.id}>
                <DocLink doc={{ id: n.id, title: n.title, label: n.label, published: n.published }} />
                {n.site && <span class="muted"> · {n.site}</span>}
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={internalHref(searchHref)}>{t('place.allNews')}</a>
        </p>
      </section>
      <section class="panel" data-testid="place-people">
        <h2>{t('place.people')}</h2>
        {people.length === 0 ? (
          <p class="hint">{t('place.noPeople')}</p>
        ) : (
          <ul class="tag-list">
            {people.map((p) => (
              <li key={p.id} class="tag">
                <a href={`/entities/${p.id}`}>{p.name}</a> <span class="muted">{t('place.documentsN', { n: p.documents })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
