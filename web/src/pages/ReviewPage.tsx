// Duyệt: the review queue, one observation at a time, least sure first. Keyboard: c confirm,
// r reject, e edit (correction form), j next, k previous. A verdict removes the item from the
// queue and moves on; the server keeps the original and applies the latest review.
import { useEffect, useRef, useState } from 'preact/hooks';
import { apiGet, itemsOf, nextCursorOf } from '../api.ts';
import { canReview, isEditor, useSession } from '../auth.tsx';
import { TaskProposals } from '../components/TaskProposals.tsx';
import { Sentence } from '../components/Evidence.tsx';
import { Empty, ErrorBox, Loading, Notice } from '../components/Feedback.tsx';
import { Guard } from '../components/Guard.tsx';
import { observationValue, scopeLabel } from '../format.ts';
import { useI18n } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';
import { postReview, type ObservationCorrection, type Verdict } from '../review.ts';
import type { Observation } from '../types.ts';
import { useIndicators } from '../use-indicators.ts';
import { useTitle } from '../use-title.ts';

/** `39,52` (Vietnamese) or `39.52`; `12.106` with a thousands dot is read as 12106. */
export function parseNumber(text: string): number | null {
  let s = text.trim().replace(/\s/g, '');
  if (!s) return null;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else s = s.replace(',', '.');
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

function CorrectionForm({ o, onSubmit, onCancel, busy }: { o: Observation; onSubmit: (c: ObservationCorrection, note: string) => void; onCancel: () => void; busy: boolean }) {
  const { t, num } = useI18n();
  const [value, setValue] = useState(num(o.value, 6));
  const [asOf, setAsOf] = useState(o.asOf ?? '');
  const [scope, setScope] = useState(o.scope);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = (e: Event) => {
    e.preventDefault();
    const n = parseNumber(value);
    if (n === null) {
      setProblem(t('review.invalidValue'));
      return;
    }
    const c: ObservationCorrection = {};
    if (n !== o.value) c.value = n;
    if (asOf.trim() && asOf.trim() !== o.asOf) c.asOf = asOf.trim();
    if (scope.trim() && scope.trim() !== o.scope) c.scope = scope.trim();
    onSubmit(c, note.trim());
  };

  return (
    <form class="form-grid cols-2 panel" onSubmit={submit} data-testid="review-correction-form" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <h2 class="field-wide">{t('review.correction')}</h2>
      <div class="field">
        <label for="rc-value">{t('review.value')}</label>
        <input id="rc-value" ref={first} type="text" inputMode="decimal" value={value} onInput={(e) => setValue(e.currentTarget.value)} aria-invalid={problem !== null} aria-describedby={problem ? 'rc-problem' : undefined} />
      </div>
      <div class="field">
        <label for="rc-asof">{t('review.asOf')}</label>
        <input id="rc-asof" type="text" pattern="\d{4}(-\d{2}(-\d{2})?)?" placeholder="2025-10-31" value={asOf} onInput={(e) => setAsOf(e.currentTarget.value)} />
      </div>
      <div class="field field-wide">
        <label for="rc-scope">{t('review.scope')}</label>
        <input id="rc-scope" type="text" value={scope} onInput={(e) => setScope(e.currentTarget.value)} placeholder="national, province:Hà Nội, agency:viettel" />
      </div>
      <div class="field field-wide">
        <label for="rc-note">{t('review.note')}</label>
        <input id="rc-note" type="text" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </div>
      {problem && (
        <p id="rc-problem" class="error-box field-wide" role="alert">
          {problem}
        </p>
      )}
      <div class="form-actions field-wide">
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {t('review.submitCorrection')}
        </button>
        <button type="button" class="btn" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function Queue() {
  const i18n = useI18n();
  const { t, num, date, name } = i18n;
  const indicators = useIndicators();
  const [items, setItems] = useState<Observation[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [index, setIndex] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Verdict | null>(null);

  const load = async (from: string | null) => {
    setLoading(true);
    try {
      const data = await apiGet<unknown>('/reviews/queue', { limit: 50, cursor: from });
      const page = itemsOf<Observation>(data);
      setItems((prev) => (from ? [...prev, ...page] : page));
      setCursor(nextCursorOf(data));
      const tot = (data as { total?: unknown }).total;
      if (typeof tot === 'number') setTotal(tot);
      setError(null);
    } catch (err) {
      setError(err);
    } finally {
      setLoading(false);
    }
  };
  useEffect(() => {
    void load(null);
  }, []);

  const current = items[index] ?? null;

  const decide = async (verdict: Verdict, correction?: ObservationCorrection, note?: string) => {
    if (!current || busy) return;
    if (verdict === 'corrected' && correction && Object.keys(correction).length === 0) {
      setEditing(false);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await postReview(current.key, verdict, correction, note);
      const rest = items.filter((x) => x.key !== current.key);
      setItems(rest);
      setTotal((n) => (n === null ? n : Math.max(0, n - 1)));
      setIndex((i) => Math.min(i, Math.max(0, rest.length - 1)));
      setDone(verdict);
      setEditing(false);
      if (rest.length <= index + 1 && cursor) void load(cursor);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const move = (delta: number) => {
    setEditing(false);
    setDone(null);
    setIndex((i) => Math.max(0, Math.min(items.length - 1, i + delta)));
    if (delta > 0 && index + 1 >= items.length - 1 && cursor && !loading) void load(cursor);
  };

  // Single-letter shortcuts, ignored while typing in a field or with a modifier held.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const el = e.target as HTMLElement | null;
      if (el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))) return;
      if (editing) return;
      const action: Record<string, () => void> = {
        c: () => void decide('confirmed'),
        r: () => void decide('rejected'),
        e: () => setEditing(true),
        j: () => move(1),
        k: () => move(-1),
      };
      const fn = action[e.key.toLowerCase()];
      if (fn) {
        e.preventDefault();
        fn();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (loading && items.length === 0) return <Loading />;
  if (error && items.length === 0) return <ErrorBox error={error} onRetry={() => void load(null)} />;
  if (!current) return <Empty>{t('review.empty')}</Empty>;

  const ind = indicators.get(current.indicator);
  const count = total ?? items.length;
  return (
    <div class="review-card" data-testid="review-item" data-observation-key={current.key}>
      <div class="review-nav">
        <button type="button" class="btn btn-small" onClick={() => move(-1)} disabled={index === 0} aria-keyshortcuts="k">
          ← {t('common.previous')} <kbd>k</kbd>
        </button>
        <span aria-live="polite">{t('review.position', { i: num(index + 1), n: num(count) })}</span>
        <button type="button" class="btn btn-small" onClick={() => move(1)} disabled={index >= items.length - 1} aria-keyshortcuts="j">
          {t('common.next')} → <kbd>j</kbd>
        </button>
      </div>
      {done && <Notice kind="success">{t('review.done', { verdict: t(`review.verdict.${done}`) })}</Notice>}
      <section class="panel" style={{ marginTop: '0.75rem' }}>
        <h2>{t('review.sentence')}</h2>
        <Sentence o={current} />
        <dl class="pairs">
          <dt>{t('review.value')}</dt>
          <dd>
            <strong>{observationValue(i18n, current, ind?.unit)}</strong> <span class="muted">({t(`prog.stance.${current.stance}`)})</span>
          </dd>
          <dt>{t('review.indicator')}</dt>
          <dd>
            <a href={`/programme?indicator=${encodeURIComponent(current.indicator)}`}>{name(ind?.name) || current.indicator}</a>
          </dd>
          <dt>{t('review.scope')}</dt>
          <dd>{scopeLabel(i18n, current.scope)}</dd>
          <dt>{t('review.asOf')}</dt>
          <dd>
            {date(current.asOf)}
            {current.asOfFrom && <span class="muted"> ({t(`asOf.${current.asOfFrom}` as MessageKey)})</span>}
          </dd>
          <dt>{t('review.confidence')}</dt>
          <dd>{num(current.confidence * 100, 0)} %</dd>
          {current.documentId !== null && (
            <>
              <dt>{t('common.source')}</dt>
              <dd>
                <a href={`/documents/${current.documentId}`}>
                  {t('prog.openDoc')} #{current.documentId}
                </a>
              </dd>
            </>
          )}
        </dl>
        <div class="review-actions">
          <button type="button" class="btn btn-green" disabled={busy} onClick={() => void decide('confirmed')} aria-keyshortcuts="c" data-testid="review-confirm">
            {t('review.confirm')} <kbd>c</kbd>
          </button>
          <button type="button" class="btn btn-red" disabled={busy} onClick={() => void decide('rejected')} aria-keyshortcuts="r" data-testid="review-reject">
            {t('review.reject')} <kbd>r</kbd>
          </button>
          <button type="button" class="btn" disabled={busy} onClick={() => setEditing(true)} aria-expanded={editing} aria-keyshortcuts="e" data-testid="review-edit">
            {t('review.edit')} <kbd>e</kbd>
          </button>
        </div>
        <p class="hint">{t('review.keys')}</p>
        <ErrorBox error={error} />
      </section>
      {editing && <CorrectionForm key={current.key} o={current} busy={busy} onCancel={() => setEditing(false)} onSubmit={(c, note) => void decide('corrected', c, note)} />}
    </div>
  );
}

export function ReviewPage() {
  const { t } = useI18n();
  const { user } = useSession();
  useTitle(t('review.title'));
  return (
    <section>
      <h1>{t('review.title')}</h1>
      <Guard allow={canReview}>
        <Queue />
      </Guard>
      {isEditor(user) && <TaskProposals />}
    </section>
  );
}
