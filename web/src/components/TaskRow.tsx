// One task: title, agencies, deadline and where it stands (red overdue, orange due soon), its
// status history, and the status form for those allowed to use it.
import { useState } from 'preact/hooks';
import { canUpdateTask, useSession } from '../auth.tsx';
import { useI18n } from '../i18n.ts';
import type { Task } from '../types.ts';
import { Notice } from './Feedback.tsx';
import { TaskBadge, taskTone } from './StatusBadge.tsx';
import { TaskStatusForm } from './TaskStatusForm.tsx';
import { ExternalLink } from './ExternalLink.tsx';

export function TaskRow({ task, agencyName, onChanged }: { task: Task; agencyName: (id: string) => string; onChanged: () => void }) {
  const { t, date } = useI18n();
  const { user } = useSession();
  const [formOpen, setFormOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const tone = taskTone(task);
  const history = [...task.history].reverse();
  const formId = `task-form-${task.key}`.replace(/[^\w-]/g, '_');
  return (
    <li id={task.key} class={`task tone-${tone}`} data-testid="task-row" data-task-key={task.key} data-tone={tone}>
      <div class="task-head">
        <p class="task-title">
          <span class="task-key">{task.key}</span>
          {task.title}
        </p>
        <TaskBadge task={task} />
      </div>
      <p class="task-meta">
        <span>
          {t('tasks.agency')}:{' '}
          <strong>
            <a href={`/agencies/${encodeURIComponent(task.agency)}`}>{agencyName(task.agency)}</a>
          </strong>
        </span>
        {task.coAgencies.length > 0 && (
          <span>
            {t('tasks.coAgencies')}: {task.coAgencies.map(agencyName).join('; ')}
          </span>
        )}
        <span>
          {t('tasks.deadline')}: <strong>{date(task.deadline)}</strong>
        </span>
        <span>
          {t('tasks.setBy')}: {task.setBy}
        </span>
      </p>
      {task.provenance && (
        <div class="task-provenance" data-testid="task-provenance">
          <span class="muted">{t('tasks.assignedIn')}:</span>
          <blockquote class="sentence">{task.provenance.sentence}</blockquote>
          {task.provenance.documentId !== null && (
            <a href={`/documents/${task.provenance.documentId}`}>
              {t('prog.openDoc')} #{task.provenance.documentId}
            </a>
          )}
        </div>
      )}
      <details>
        <summary>{t('tasks.history', { n: task.history.length })}</summary>
        {history.length === 0 ? (
          <p class="hint">{t('tasks.noHistory')}</p>
        ) : (
          <ol class="history" reversed>
            {history.map((ev, i) => (
              <li key={`${ev.recordedAt}-${i}`} data-testid="task-event">
                <strong>{t(`taskStatus.${ev.status}`)}</strong> · {date(ev.at)} · {ev.actor}
                {ev.evidence && (
                  <div>
                    {t('tasks.evidence')}: <ExternalLink url={ev.evidence} />
                  </div>
                )}
                {ev.note && <div class="muted">{ev.note}</div>}
              </li>
            ))}
          </ol>
        )}
      </details>
      {saved && <Notice kind="success">{t('tasks.saved')}</Notice>}
      {canUpdateTask(user, task.agency) && (
        <>
          <button type="button" class="link-button" aria-expanded={formOpen} aria-controls={formId} onClick={() => setFormOpen(!formOpen)} data-testid="task-status-toggle">
            {t('tasks.addStatus')}
          </button>
          {formOpen && (
            <div id={formId}>
              <TaskStatusForm
                task={task}
                onSaved={() => {
                  setSaved(true);
                  setFormOpen(false);
                  onChanged();
                }}
              />
            </div>
          )}
        </>
      )}
    </li>
  );
}
