// Conflicting figures: two reported values of one indicator and scope, a few days apart, that
// cannot both be true. Both are shown side by side with their sources.
import { observationValue, scopeLabel } from '../format.ts';
import { useI18n } from '../i18n.ts';
import type { Conflict, Indicator, Observation } from '../types.ts';
import { SourceLinks } from './Evidence.tsx';

function Side({ o, unit }: { o: Observation; unit?: string }) {
  const i18n = useI18n();
  return (
    <div>
      <strong>{observationValue(i18n, o, unit)}</strong> · {i18n.date(o.asOf)}
      <div class="evidence-foot">
        {o.documentId !== null && <a href={`/documents/${o.documentId}`}>{i18n.t('prog.openDoc')}</a>}
        <SourceLinks sources={o.sources} />
      </div>
    </div>
  );
}

export function ConflictList({ conflicts, indicators }: { conflicts: Conflict[]; indicators: Map<string, Indicator> }) {
  const i18n = useI18n();
  const { t, name } = i18n;
  return (
    <ul class="plain-list">
      {conflicts.map((c) => {
        const ind = indicators.get(c.indicator);
        return (
          <li key={`${c.a.key}|${c.b.key}`} class="conflict" data-testid="conflict">
            <strong>{name(ind?.name) || c.indicator}</strong> · {scopeLabel(i18n, c.scope)} · {t('prog.conflictDays', { n: c.days })}
            <div class="conflict-pair">
              <Side o={c.a} unit={ind?.unit} />
              <Side o={c.b} unit={ind?.unit} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
