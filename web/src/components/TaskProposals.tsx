// The task review queues on the review page (editors): tasks read from documents, to accept into
// the register or reject, and documents that may complete a register task, to confirm or reject.
// Each card shows the sentence it was read from; the server audits every decision.
import { useState } from 'preact/hooks';
import { apiPost, itemsOf } from '../api.ts';
import { useI18n } from '../i18n.ts';
import type { TaskCompletion, TaskProposal } from '../types.ts';
import { useApi } from '../use-api.ts';
import { Empty, ErrorBox, Loading, Notice } from './Feedback.tsx';

function ProposalCard({ p, onDone }: { p: TaskProposal; onDone: (message: string) => void }) {
  const { t, date } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // A proposal without a deadline read can be accepted once the editor gives one.
  const [deadline, setDeadline] = useState('');
  const act = async (action: 'accept' | 'reject') => {
    setBusy(true);
    setError(null);
    try {
      const body = action === 'accept' && deadline.trim() ? { deadline: deadline.trim() } : {};
      const result = await apiPost<{ key?: string }>(`/tasks/proposals/${encodeURIComponent(p.key)}/${action}`, body);
      onDone(action === 'accept' ? t('proposals.accepted', { key: result.key ?? '' }) : t('proposals.rejected'));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const d = p.task.deadline;
  return (
    <li class="panel task-proposal" data-testid="task-proposal" data-proposal-key={p.key}>
      <blockquote class="sentence">{p.sentence}</blockquote>
      <dl class="pairs">
        <dt>{t('tasks.agency')}</dt>
        <dd>
          <strong>{p.task.lead.name}</strong>
          {p.task.coAgencies.length > 0 && <span class="muted"> · {p.task.coAgencies.map((a) => a.name).join('; ')}</span>}
        </dd>
        <dt>{t('tasks.deadline')}</dt>
        <dd>
          {d ? (
            d.value ? date(d.value) : d.precision
          ) : (
            <>
              <span class="muted">{t('proposals.noDeadline')}</span>{' '}
              <input
                type="text"
                aria-label={t('tasks.newDeadline')}
                placeholder="2026-12-31"
                pattern="\d{4}(-\d{2}(-\d{2})?)?"
                value={deadline}
                onInput={(e) => setDeadline(e.currentTarget.value)}
                data-testid="proposal-deadline"
              />
            </>
          )}
        </dd>
        {p.task.product && (
          <>
            <dt>{t('tasks.product')}</dt>
            <dd>{p.task.product}</dd>
          </>
        )}
        {p.documentId !== null && (
          <>
            <dt>{t('common.source')}</dt>
            <dd>
              <a href={`/documents/${p.documentId}`}>
                {t('prog.openDoc')} #{p.documentId}
              </a>
            </dd>
          </>
        )}
      </dl>
      <div class="review-actions">
        <button type="button" class="btn btn-green" disabled={busy || (!d && !deadline.trim())} onClick={() => void act('accept')} data-testid="proposal-accept">
          {t('proposals.accept')}
        </button>
        <button type="button" class="btn btn-red" disabled={busy} onClick={() => void act('reject')} data-testid="proposal-reject">
          {t('proposals.reject')}
        </button>
      </div>
      <ErrorBox error={error} />
    </li>
  );
}

function CompletionCard({ c, onDone }: { c: TaskCompletion; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const act = async (action: 'confirm' | 'reject') => {
    setBusy(true);
    setError(null);
    try {
      await apiPost(`/tasks/completions/${encodeURIComponent(c.key)}/${action}`, {});
      onDone(action === 'confirm' ? t('completions.confirmed', { key: c.taskKey }) : t('completions.rejected'));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <li class="panel task-proposal" data-testid="task-completion" data-completion-key={c.key}>
      <blockquote class="sentence">{c.sentence}</blockquote>
      <dl class="pairs">
        <dt>{t('completions.task')}</dt>
        <dd>
          <a href={`/tasks#${encodeURIComponent(c.taskKey)}`}>{c.taskKey}</a>
        </dd>
        <dt>{t('completions.proposed')}</dt>
        <dd>
          <strong>{t(`taskStatus.${c.proposedStatus}`)}</strong>
        </dd>
        <dt>{t('completions.reasons')}</dt>
        <dd>{c.reasons.join('; ')}</dd>
        {c.documentId !== null && (
          <>
            <dt>{t('common.source')}</dt>
            <dd>
              <a href={`/documents/${c.documentId}`}>{c.legalId ?? `#${c.documentId}`}</a>
            </dd>
          </>
        )}
      </dl>
      <div class="review-actions">
        <button type="button" class="btn btn-green" disabled={busy} onClick={() => void act('confirm')} data-testid="completion-confirm">
          {t('completions.confirm')}
        </button>
        <button type="button" class="btn btn-red" disabled={busy} onClick={() => void act('reject')} data-testid="completion-reject">
          {t('completions.reject')}
        </button>
      </div>
      <ErrorBox error={error} />
    </li>
  );
}

export function TaskProposals() {
  const { t } = useI18n();
  const proposals = useApi<unknown>('/tasks/proposals', { limit: 200 });
  const completions = useApi<unknown>('/tasks/completions', { limit: 200 });
  const [message, setMessage] = useState<string | null>(null);
  const done = (text: string) => {
    setMessage(text);
    proposals.reload();
    completions.reload();
  };
  const waiting = itemsOf<TaskProposal>(proposals.data);
  const candidates = itemsOf<TaskCompletion>(completions.data);
  return (
    <>
      {message && <Notice kind="success">{message}</Notice>}
      <section class="pillar" data-testid="task-proposals">
        <h2>{t('proposals.title')}</h2>
        <p class="hint">{t('proposals.hint')}</p>
        {proposals.loading && proposals.data === null && <Loading />}
        <ErrorBox error={proposals.error} onRetry={proposals.reload} />
        {proposals.data !== null && waiting.length === 0 && <Empty>{t('proposals.empty')}</Empty>}
        <ul class="plain-list">
          {waiting.map((p) => (
            <ProposalCard key={p.key} p={p} onDone={done} />
          ))}
        </ul>
      </section>
      <section class="pillar" data-testid="task-completions">
        <h2>{t('completions.title')}</h2>
        {completions.loading && completions.data === null && <Loading />}
        <ErrorBox error={completions.error} onRetry={completions.reload} />
        {completions.data !== null && candidates.length === 0 && <Empty>{t('completions.empty')}</Empty>}
        <ul class="plain-list">
          {candidates.map((c) => (
            <CompletionCard key={c.key} c={c} onDone={done} />
          ))}
        </ul>
      </section>
    </>
  );
}
