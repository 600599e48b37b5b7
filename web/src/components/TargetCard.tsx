// A target on the dashboard: latest value against the target, deadline, status and evidence count.
// "Show chart" opens the chart and the evidence in place; the title leads to the target's page.
import { useState } from 'preact/hooks';
import { datesInText, formatValue, noteText, observationValue } from '../format.ts';
import { useI18n, type I18n } from '../i18n.ts';
import type { Conflict, TargetAssessment } from '../types.ts';
import { EvidenceList } from './Evidence.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { TargetChart, hasChartData } from './TargetChart.tsx';

const COMPARATOR: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };

/** `≥ 90 %`, `≤ 50 hạng`, `16–18 %`, or the description of a target without a figure. */
export function targetText(i18n: I18n, a: TargetAssessment): string {
  const tg = a.target;
  const unit = tg.unit ?? a.indicator?.unit;
  if (tg.value === undefined) return i18n.t('prog.qualitative');
  if (tg.comparator === 'between') return formatValue(i18n, tg.value, unit, 'range', tg.valueMax);
  return `${COMPARATOR[tg.comparator ?? '='] ?? ''} ${formatValue(i18n, tg.value, unit)}`.trim();
}

/** The conflicts about this target's indicator and scope. */
export function conflictsOf(a: TargetAssessment, conflicts: readonly Conflict[]): Conflict[] {
  return conflicts.filter((c) => c.indicator === a.target.indicator && c.scope === a.target.scope);
}

export function TargetCard({ a, conflicts, onReviewed }: { a: TargetAssessment; conflicts: Conflict[]; onReviewed: () => void }) {
  const i18n = useI18n();
  const { t, date, name } = i18n;
  const [open, setOpen] = useState(false);
  const tg = a.target;
  const unit = tg.unit ?? a.indicator?.unit;
  const mine = conflictsOf(a, conflicts);
  const panelId = `target-panel-${tg.id}`;
  return (
    <article class={`card target-card st-${a.status}${open ? ' expanded' : ''}`} data-testid="target-card" data-target-id={tg.id} data-status={a.status}>
      <div class="target-head">
        <h3>
          <a href={`/programme/targets/${encodeURIComponent(tg.id)}`}>{name(tg.name)}</a>
        </h3>
        <StatusBadge status={a.status} />
      </div>
      <dl class="figures">
        <div>
          <dt>{t('prog.latest')}</dt>
          <dd>
            {a.latest ? observationValue(i18n, a.latest, unit) : '—'}
            {a.latest?.asOf && <small>{date(a.latest.asOf)}</small>}
          </dd>
        </div>
        <div>
          <dt>{t('prog.target')}</dt>
          <dd>{targetText(i18n, a)}</dd>
        </div>
        <div>
          <dt>{t('prog.deadline')}</dt>
          <dd>{date(tg.deadline)}</dd>
        </div>
      </dl>
      {tg.value === undefined && noteText(i18n, tg.description) && <p class="target-description">{noteText(i18n, tg.description)}</p>}
      <p class="target-reason">{datesInText(a.reason)}</p>
      {mine.length > 0 && (
        <p class="conflict-flag">
          ⚠ {t('prog.conflicts')}: {mine.length}
        </p>
      )}
      <div class="target-foot">
        <span>
          {t('prog.evidence', { n: a.evidenceCount ?? a.evidence.length })} · {tg.setBy}
        </span>
        {(hasChartData(a) || a.evidence.length > 0) && (
          <button type="button" class="btn btn-small" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)} data-testid="target-expand">
            {open ? t('prog.collapse') : t('prog.expand')}
          </button>
        )}
      </div>
      {open && (
        <div id={panelId} class="stack">
          {hasChartData(a) && <TargetChart assessment={a} />}
          <EvidenceList items={a.evidence} unit={unit} conflicts={mine} onReviewed={onReviewed} />
        </div>
      )}
    </article>
  );
}
