// The evidence behind a target: each observation with its value, date and scope; an extracted one
// shows its sentence with the number highlighted and links to its document; a pack row shows its
// source URLs. Editors (and reporters, for their scope) can confirm or reject from here.
import { ScopeName } from './ScopeName.tsx';
import { evidenceHref, internalHref } from '../links.ts';
import { noteText } from '../format.ts';
import { useState } from 'preact/hooks';
import { useSession } from '../auth.tsx';
import { observationValue } from '../format.ts';
import { useI18n } from '../i18n.ts';
import { canReviewObservation, postReview, type Verdict } from '../review.ts';
import type { Conflict, Observation } from '../types.ts';
import { ErrorBox } from './Feedback.tsx';
import { ExternalLink } from './ExternalLink.tsx';
import { externalHref } from '../links.ts';

/** The sentence with the fact's text marked; the whole sentence when the text is not found in it. */
export function Sentence({ o }: { o: Observation }) {
  if (!o.sentence) return null;
  const s = o.sentence;
  const at = o.factText ? s.indexOf(o.factText) : -1;
  if (at < 0 || !o.factText) return <blockquote>{s}</blockquote>;
  return (
    <blockquote>
      {s.slice(0, at)}
      <mark>{o.factText}</mark>
      {s.slice(at + o.factText.length)}
    </blockquote>
  );
}

export function SourceLinks({ sources }: { sources: string[] }) {
  return (
    <>
      {sources.map((src) =>
        externalHref(src) ? (
          <ExternalLink key={src} url={src}>
            {src.replace(/^https?:\/\/(www\.)?/, '').slice(0, 70)}
            {src.length > 78 ? '…' : ''}
          </ExternalLink>
        ) : (
          <code key={src}>{src.replace(/^.*[\\/]/, '')}</code>
        ),
      )}
    </>
  );
}

function ReviewButtons({ o, onDone }: { o: Observation; onDone: () => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const send = async (verdict: Verdict) => {
    setBusy(true);
    setError(null);
    try {
      await postReview(o.key, verdict);
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <span class="review-buttons">
        <button type="button" class="btn btn-small" disabled={busy} onClick={() => void send('confirmed')} data-testid="evidence-confirm">
          {t('review.confirm')}
        </button>
        <button type="button" class="btn btn-small" disabled={busy} onClick={() => void send('rejected')} data-testid="evidence-reject">
          {t('review.reject')}
        </button>
      </span>
      {error !== null && <ErrorBox error={error} />}
    </>
  );
}

interface ItemProps {
  o: Observation;
  unit?: string;
  conflicts?: Conflict[];
  onReviewed?: () => void;
  /** Shown above the value, linking to the indicator, where the list mixes indicators. */
  indicatorLabel?: string;
}

export function EvidenceItem({ o, unit, conflicts = [], onReviewed, indicatorLabel }: ItemProps) {
  const i18n = useI18n();
  const { t, date, num } = i18n;
  const { user } = useSession();
  const others = conflicts.filter((c) => c.a.key === o.key || c.b.key === o.key).map((c) => (c.a.key === o.key ? c.b : c.a));
  return (
    <li class={`evidence stance-${o.stance}${others.length ? ' in-conflict' : ''}`} data-testid="evidence" data-observation-key={o.key}>
      {indicatorLabel && (
        <p class="evidence-indicator">
          <a href={`/programme?indicator=${encodeURIComponent(o.indicator)}`}>{indicatorLabel}</a>
        </p>
      )}
      <div class="evidence-head">
        <strong>{observationValue(i18n, o, unit)}</strong>
        <span>{date(o.asOf)}</span>
        <span>
          <ScopeName scope={o.scope} />
        </span>
        <span class="tag">{t(`prog.stance.${o.stance}`)}</span>
        <span class="muted">{o.origin === 'pack' ? t('prog.pack') : t('prog.extracted')}</span>
        {o.origin === 'extracted' && (
          <span class="muted">
            {t('doc.confidence').toLowerCase()} {num(o.confidence * 100, 0)} %
          </span>
        )}
        {o.verified && o.origin === 'pack' && <span class="muted">✓ {t('prog.verified')}</span>}
      </div>
      <Sentence o={o} />
      {o.review && (
        <p class="hint">
          {t('review.state', { verdict: t(`review.verdict.${o.review.verdict}`), who: o.review.reviewer })}
          {o.review.original && ` (${Object.entries(o.review.original).map(([k, v]) => `${k}: ${String(v)}`).join(', ')})`}
        </p>
      )}
      {others.map((x) => (
        <p key={x.key} class="conflict-flag" role="note">
          ⚠ {t('prog.conflictWith')}: {observationValue(i18n, x, unit)} ({date(x.asOf)}) — <SourceLinks sources={x.sources} />
        </p>
      ))}
      <div class="evidence-foot">
        {o.documentId !== null && <a href={internalHref(evidenceHref(o))} data-testid="evidence-link">{t('prog.openDoc')} #{o.documentId}</a>}
        {o.origin === 'pack' && <SourceLinks sources={o.sources} />}
        {noteText(i18n, o.note) && <span>{noteText(i18n, o.note)}</span>}
        {onReviewed && !o.review && o.origin === 'extracted' && canReviewObservation(user, o) && <ReviewButtons o={o} onDone={onReviewed} />}
      </div>
    </li>
  );
}

export function EvidenceList({ items, unit, conflicts, onReviewed }: { items: Observation[]; unit?: string; conflicts?: Conflict[]; onReviewed?: () => void }) {
  // Newest first: the latest figures are what a reader checks.
  const sorted = [...items].sort((a, b) => (b.asOf ?? '').localeCompare(a.asOf ?? '') || a.id - b.id);
  return (
    <ul class="evidence-list">
      {sorted.map((o) => (
        <EvidenceItem key={o.key} o={o} unit={unit} conflicts={conflicts} onReviewed={onReviewed} />
      ))}
    </ul>
  );
}
