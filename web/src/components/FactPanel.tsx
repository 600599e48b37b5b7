// The document page's fact controls: a legend that doubles as a toggle per kind, and the details
// of the fact the reader selected (value, extractor@version, confidence, where it is).
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n.ts';
import { isEditor, useSession } from '../auth.tsx';
import { apiPost } from '../api.ts';
import type { FactKind, MentionFact } from '../types.ts';
import { factValue } from './fact-value.ts';

export const FACT_KINDS: FactKind[] = ['person', 'organization', 'place', 'legalRef', 'date', 'quantity'];

export function FactLegend({ counts, enabled, onToggle }: { counts: Record<FactKind, number>; enabled: Set<FactKind>; onToggle: (k: FactKind) => void }) {
  const { t, num } = useI18n();
  return (
    <fieldset class="fact-legend">
      <legend>{t('doc.legend')}</legend>
      <ul>
        {FACT_KINDS.map((k) => (
          <li key={k}>
            <label class={`legend-item${counts[k] === 0 ? ' zero' : ''}`}>
              <input type="checkbox" checked={enabled.has(k)} onChange={() => onToggle(k)} aria-label={t('fact.toggle', { kind: t(`fact.${k}`) })} data-testid={`fact-toggle-${k}`} />
              <span class={`swatch fact-${k}`} aria-hidden="true" />
              <span>{t(`fact.${k}`)}</span>
              <span class="count">{num(counts[k])}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

const FIELD_NAMES: Record<string, { vi: string; en: string }> = {
  title: { vi: 'tiêu đề', en: 'title' },
  lede: { vi: 'sapo', en: 'lede' },
  body: { vi: 'đoạn', en: 'paragraph' },
  caption: { vi: 'chú thích', en: 'caption' },
};

export function FactDetail({ fact, onClose, onReviewed }: { fact: MentionFact | null; onClose: () => void; onReviewed?: () => void }) {
  const i18n = useI18n();
  const { t, num, lang, date } = i18n;
  const { user } = useSession();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (!fact) return <p class="hint">{t('doc.factHint')}</p>;
  const field = FIELD_NAMES[fact.field]?.[lang] ?? fact.field;
  const where = fact.field === 'body' || fact.field === 'caption' ? `${field} ${fact.index + 1}` : field;
  return (
    <div class="fact-detail" data-testid="fact-detail">
      <p class="fact-detail-head">
        <span class={`swatch fact-${fact.kind}`} aria-hidden="true" /> {t(`fact.${fact.kind}`)}
        <button type="button" class="link-button close" onClick={onClose} aria-label={t('common.close')}>
          ×
        </button>
      </p>
      <dl class="pairs">
        <dt>{t('doc.value')}</dt>
        <dd>
          <strong>{factValue(i18n, fact)}</strong>
        </dd>
        <dt>{t('doc.text')}</dt>
        <dd>“{fact.text}”</dd>
        <dt>{t('doc.extractor')}</dt>
        <dd>
          <code>
            {fact.extractor}@{fact.extractorVersion}
          </code>
        </dd>
        <dt>{t('doc.confidence')}</dt>
        <dd>{num(fact.confidence * 100, 0)} %</dd>
        <dt>{t('doc.position')}</dt>
        <dd>
          {where}, {fact.start}–{fact.end}
        </dd>
        {fact.review && (
          <>
            <dt>{t('doc.review')}</dt>
            <dd data-testid="fact-review">
              {t(`review.verdict.${fact.review.verdict}`)} · {fact.review.reviewer} · {date(fact.review.at)}
              {fact.review.correction && <> · {JSON.stringify(fact.review.correction)}</>}
              {fact.review.note && <> — {fact.review.note}</>}
            </dd>
          </>
        )}
      </dl>
      {isEditor(user) && fact.reviewKey && (
        <div class="actions">
          {(['confirmed', 'rejected'] as const).map((verdict) => (
            <button
              key={verdict}
              type="button"
              class="btn btn-small"
              disabled={busy}
              data-testid={`fact-${verdict === 'confirmed' ? 'confirm' : 'reject'}`}
              onClick={async () => {
                setBusy(true);
                setProblem(null);
                try {
                  await apiPost('/reviews', { kind: 'fact', key: fact.reviewKey, verdict });
                  onReviewed?.();
                } catch (error) {
                  setProblem(error instanceof Error ? error.message : String(error));
                } finally {
                  setBusy(false);
                }
              }}
            >
              {t(verdict === 'confirmed' ? 'review.confirm' : 'review.reject')}
            </button>
          ))}
        </div>
      )}
      {problem && <p class="error">{problem}</p>}
    </div>
  );
}
