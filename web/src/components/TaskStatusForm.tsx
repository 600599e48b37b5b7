// Appending a status change to a task (POST /tasks/:key/status). Shown only to users allowed to;
// the server checks again, and a refusal (403, or a date before the last event) is shown as sent.
import { useState } from 'preact/hooks';
import { apiPost } from '../api.ts';
import { useI18n } from '../i18n.ts';
import type { Task, TaskStatus } from '../types.ts';
import { ErrorBox } from './Feedback.tsx';

export const TASK_STATUSES: TaskStatus[] = ['chua_thuc_hien', 'dang_thuc_hien', 'hoan_thanh'];

/** Today in Vietnam (UTC+7), which is the day the server checks "not in the future" against. */
export function todayInVietnam(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

export function TaskStatusForm({ task, onSaved }: { task: Task; onSaved: () => void }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<TaskStatus>(task.progress.status);
  const [at, setAt] = useState(todayInVietnam());
  const [evidence, setEvidence] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const id = (name: string) => `task-${task.key}-${name}`.replace(/[^\w-]/g, '_');

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await apiPost(`/tasks/${encodeURIComponent(task.key)}/status`, {
        status,
        ...(at ? { at } : {}),
        ...(evidence.trim() ? { evidence: evidence.trim() } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      setEvidence('');
      setNote('');
      onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="status-form form-grid cols-2" onSubmit={onSubmit} data-testid="task-status-form" aria-label={`${t('tasks.addStatus')}: ${task.key}`}>
      <div class="field">
        <label for={id('status')}>{t('tasks.status')}</label>
        <select id={id('status')} name="status" value={status} onChange={(e) => setStatus(e.currentTarget.value as TaskStatus)} data-testid="task-status-select">
          {TASK_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`taskStatus.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={id('at')}>{t('tasks.statusAt')}</label>
        <input id={id('at')} name="at" type="date" value={at} max={todayInVietnam()} onInput={(e) => setAt(e.currentTarget.value)} data-testid="task-status-date" />
      </div>
      <div class="field field-wide">
        <label for={id('evidence')}>{t('tasks.evidence')}</label>
        <input id={id('evidence')} name="evidence" type="text" value={evidence} onInput={(e) => setEvidence(e.currentTarget.value)} maxLength={2000} data-testid="task-status-evidence" />
      </div>
      <div class="field field-wide">
        <label for={id('note')}>{t('common.note')}</label>
        <textarea id={id('note')} name="note" value={note} onInput={(e) => setNote(e.currentTarget.value)} maxLength={2000} data-testid="task-status-note" />
      </div>
      <div class="field-wide">
        <ErrorBox error={error} />
        <div class="form-actions">
          <button type="submit" class="btn btn-primary" disabled={busy} data-testid="task-status-submit">
            {t('tasks.submitStatus')}
          </button>
        </div>
      </div>
    </form>
  );
}
