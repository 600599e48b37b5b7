// Số liệu báo cáo: figures sent by the provinces and agencies (the /submissions API). A reporter
// sees their own and sends a value for an indicator, a period and their scope, with a note and an
// evidence address; an editor sees those waiting and accepts, rejects with a reason, or asks for an
// explanation; the reporter answers, or corrects a rejected figure and sends it again.
import { useState } from 'preact/hooks';
import { apiPost, itemsOf } from '../api.ts';
import { isEditor, useSession } from '../auth.tsx';
import { Empty, ErrorBox, Loading, Notice } from '../components/Feedback.tsx';
import { externalHref } from '../links.ts';
import { useI18n } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';
import type { ProvinceUnit } from '../types.ts';
import { useApi } from '../use-api.ts';
import { useIndicators } from '../use-indicators.ts';
import { useTitle } from '../use-title.ts';

type Status = 'chua_gui' | 'cho_duyet' | 'tu_choi' | 'da_duyet';
interface Submission {
  id: number;
  indicator: string;
  scope: string;
  period: string;
  asOf: string;
  value: number;
  valueMax: number | null;
  note: string | null;
  evidence: string | null;
  status: Status;
  explanationRequested: boolean;
  createdBy: string;
  reason: string | null;
  events: { action: string; actor: string; at: string; note: string | null }[];
}

const STATUS_LABEL: Record<Status, MessageKey> = {
  chua_gui: 'sub.status.chua_gui',
  cho_duyet: 'sub.status.cho_duyet',
  tu_choi: 'sub.status.tu_choi',
  da_duyet: 'sub.status.da_duyet',
};

const ACTION_LABEL: Record<string, MessageKey> = {
  draft: 'sub.action.draft',
  submit: 'sub.action.submit',
  resubmit: 'sub.action.resubmit',
  accept: 'sub.action.accept',
  reject: 'sub.action.reject',
  explain_request: 'sub.action.explain_request',
  explain_answer: 'sub.action.explain_answer',
};

/** `province:Điện Biên` → `Điện Biên`; an agency scope shown as its id. */
const scopeName = (scope: string) => scope.replace(/^(province|agency):/, '');

/** Runs one POST, keeping its error to show beside the form and reloading the list after it. */
function useAction(onDone: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async (path: string, body: unknown) => {
    setBusy(true);
    setError(null);
    try {
      await apiPost(path, body);
      onDone();
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}

function NewSubmission({ scopes, onDone }: { scopes: string[]; onDone: () => void }) {
  const { t, name } = useI18n();
  const indicators = [...useIndicators().values()];
  const [form, setForm] = useState({ indicator: '', scope: '', period: '', value: '', note: '', evidence: '' });
  const { busy, error, run } = useAction(onDone);
  const set = (k: keyof typeof form) => (e: Event) => setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });
  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const ok = await run('/submissions', {
      indicator: form.indicator || indicators[0]?.id,
      scope: form.scope || scopes[0],
      period: form.period,
      value: Number(form.value),
      ...(form.note ? { note: form.note } : {}),
      ...(form.evidence ? { evidence: form.evidence } : {}),
    });
    if (ok) setForm({ ...form, period: '', value: '', note: '', evidence: '' });
  };
  return (
    <form class="panel form-grid cols-2" onSubmit={onSubmit} data-testid="sub-form">
      <h2 style={{ gridColumn: '1 / -1' }}>{t('sub.new')}</h2>
      <div class="field">
        <label for="sub-indicator">{t('sub.indicator')}</label>
        <select id="sub-indicator" value={form.indicator || indicators[0]?.id} onChange={set('indicator')} data-testid="sub-indicator">
          {indicators.map((i) => (
            <option key={i.id} value={i.id}>
              {name(i.name)} ({i.unit})
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="sub-scope">{t('sub.scope')}</label>
        <select id="sub-scope" value={form.scope || scopes[0]} onChange={set('scope')} data-testid="sub-scope">
          {scopes.map((s) => (
            <option key={s} value={s}>
              {scopeName(s)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="sub-period">{t('sub.period')}</label>
        <input id="sub-period" type="text" required value={form.period} onInput={set('period')} placeholder="2025-Q2" aria-describedby="sub-period-hint" data-testid="sub-period" />
        <small id="sub-period-hint" class="muted">
          {t('sub.periodHint')}
        </small>
      </div>
      <div class="field">
        <label for="sub-value">{t('sub.value')}</label>
        <input id="sub-value" required type="number" step="any" value={form.value} onInput={set('value')} data-testid="sub-value" />
      </div>
      <div class="field">
        <label for="sub-note">{t('sub.note')}</label>
        <textarea id="sub-note" value={form.note} onInput={set('note')} data-testid="sub-note" />
      </div>
      <div class="field">
        <label for="sub-evidence">{t('sub.evidence')}</label>
        <input id="sub-evidence" type="url" value={form.evidence} onInput={set('evidence')} placeholder="https://" data-testid="sub-evidence" />
      </div>
      <div style={{ gridColumn: '1 / -1' }}>
        <ErrorBox error={error} />
        <button type="submit" class="btn btn-primary" disabled={busy} data-testid="sub-send">
          {t('sub.send')}
        </button>
      </div>
    </form>
  );
}

/** What the user may do to one submission: decide (editor), answer or resubmit (its reporter). */
function Actions({ s, editor, onDone }: { s: Submission; editor: boolean; onDone: () => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [value, setValue] = useState(String(s.value));
  const { busy, error, run } = useAction(onDone);
  const decide = (action: 'accept' | 'reject' | 'explain_request') => void run(`/submissions/${s.id}/decision`, action === 'accept' ? { action } : { action, reason: text });
  if (editor && s.status === 'cho_duyet') {
    return (
      <div class="sub-actions">
        <label>
          {t('sub.reason')} <input value={text} onInput={(e) => setText(e.currentTarget.value)} data-testid="sub-reason" />
        </label>{' '}
        <button type="button" class="btn btn-small btn-green" disabled={busy} onClick={() => decide('accept')} data-testid="sub-accept">
          {t('sub.accept')}
        </button>{' '}
        <button type="button" class="btn btn-small btn-red" disabled={busy || !text.trim()} onClick={() => decide('reject')} data-testid="sub-reject">
          {t('sub.reject')}
        </button>{' '}
        <button type="button" class="btn btn-small" disabled={busy || !text.trim()} onClick={() => decide('explain_request')} data-testid="sub-explain">
          {t('sub.askExplain')}
        </button>
        <ErrorBox error={error} />
      </div>
    );
  }
  if (s.status === 'cho_duyet' && s.explanationRequested) {
    return (
      <div class="sub-actions">
        <label>
          {t('sub.answer')} <input value={text} onInput={(e) => setText(e.currentTarget.value)} data-testid="sub-answer" />
        </label>{' '}
        <button type="button" class="btn btn-small" disabled={busy || !text.trim()} onClick={() => void run(`/submissions/${s.id}/answer`, { note: text })} data-testid="sub-answer-send">
          {t('sub.sendAnswer')}
        </button>
        <ErrorBox error={error} />
      </div>
    );
  }
  if (s.status === 'tu_choi' || s.status === 'chua_gui') {
    return (
      <div class="sub-actions">
        <label>
          {t('sub.value')} <input type="number" step="any" value={value} onInput={(e) => setValue(e.currentTarget.value)} data-testid="sub-new-value" />
        </label>{' '}
        <label>
          {t('sub.note')} <input value={text} onInput={(e) => setText(e.currentTarget.value)} data-testid="sub-new-note" />
        </label>{' '}
        <button type="button" class="btn btn-small" disabled={busy} onClick={() => void run(`/submissions/${s.id}/resubmit`, { value: Number(value), ...(text ? { note: text } : {}) })} data-testid="sub-resubmit">
          {t('sub.resubmit')}
        </button>
        <ErrorBox error={error} />
      </div>
    );
  }
  return null;
}

export function SubmissionsPage() {
  const { t, num, date, dateTime, name } = useI18n();
  const { user } = useSession();
  useTitle(t('sub.title'));
  const editor = isEditor(user);
  // Until chosen: an editor sees what waits for them, a reporter everything they sent. (The session
  // may arrive after the first render, so the default follows the role rather than being fixed once.)
  const [chosen, setStatus] = useState<Status | '' | null>(null);
  const status = chosen ?? (editor ? 'cho_duyet' : '');
  const list = useApi<unknown>(user ? '/submissions' : null, { status: status || undefined });
  const provinces = itemsOf<ProvinceUnit>(useApi<unknown>('/provinces').data, 'provinces');
  const indicators = useIndicators();
  const [sent, setSent] = useState(false);
  if (!user) return <Notice kind="warning">{t('sub.loginFirst')}</Notice>;
  // A reporter's own scopes; an editor may send for any of the 34 units.
  const scopes = editor
    ? provinces.map((p) => `province:${p.name}`).sort((a, b) => a.localeCompare(b, 'vi'))
    : user.agencies.map((a) => {
        const unit = provinces.find((p) => p.id === a);
        return unit ? `province:${unit.name}` : `agency:${a}`;
      });
  const items = itemsOf<Submission>(list.data, 'items');
  return (
    <section>
      <div class="page-head">
        <h1>{t('sub.title')}</h1>
        <p class="muted">{editor ? t('sub.subtitleEditor') : t('sub.subtitleReporter')}</p>
      </div>
      {sent && <Notice kind="success">{t('sub.done')}</Notice>}
      {scopes.length > 0 && (
        <NewSubmission
          scopes={scopes}
          onDone={() => {
            setSent(true);
            list.reload();
          }}
        />
      )}
      <h2 class="section-title">{t('sub.list')}</h2>
      <p>
        <label>
          {t('sub.filter')}{' '}
          <select value={status} onChange={(e) => setStatus(e.currentTarget.value as Status | '')} data-testid="sub-filter">
            <option value="">{t('sub.all')}</option>
            {(Object.keys(STATUS_LABEL) as Status[]).map((s) => (
              <option key={s} value={s}>
                {t(STATUS_LABEL[s])}
              </option>
            ))}
          </select>
        </label>
      </p>
      {list.loading && !list.data && <Loading />}
      <ErrorBox error={list.error} onRetry={list.reload} />
      {list.data !== null && items.length === 0 && <Empty>{t('sub.none')}</Empty>}
      <ul class="plain-list">
        {items.map((s) => {
          const href = externalHref(s.evidence);
          return (
            <li key={s.id} class="panel" data-testid="sub-row" data-id={s.id} data-status={s.status} style={{ marginBottom: '0.75rem' }}>
              <p>
                <strong>{name(indicators.get(s.indicator)?.name) || s.indicator}</strong> · {scopeName(s.scope)} · {s.period} ({date(s.asOf)})
              </p>
              <p>
                {t('sub.value')}: <strong data-testid="sub-row-value">{num(s.value)}{s.valueMax !== null ? `–${num(s.valueMax)}` : ''}</strong> {indicators.get(s.indicator)?.unit ?? ''} ·{' '}
                <span class="badge" data-testid="sub-row-status">{t(STATUS_LABEL[s.status])}</span>
                {s.explanationRequested && s.status === 'cho_duyet' && <span class="badge"> {t('sub.explainPending')}</span>}
              </p>
              {s.reason && (
                <p data-testid="sub-row-reason">
                  {t('sub.reason')}: {s.reason}
                </p>
              )}
              {s.note && (
                <p class="muted">
                  {t('sub.note')}: {s.note}
                </p>
              )}
              {s.evidence && <p class="muted">{t('sub.evidence')}: {href ? <a href={externalHref(s.evidence)} rel="noopener noreferrer" target="_blank">{s.evidence}</a> : s.evidence}</p>}
              <details>
                <summary>{t('sub.history', { n: s.events.length })}</summary>
                <ol class="plain-list">
                  {s.events.map((e, i) => (
                    <li key={i}>
                      {dateTime(e.at)} · {e.actor} · {ACTION_LABEL[e.action] ? t(ACTION_LABEL[e.action]!) : e.action}
                      {e.note ? `: ${e.note}` : ''}
                    </li>
                  ))}
                </ol>
              </details>
              <Actions s={s} editor={editor} onDone={list.reload} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
