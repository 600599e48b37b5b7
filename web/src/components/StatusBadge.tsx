// Coloured status labels: green achieved / on track, orange at risk, red off track, grey no data.
// The colour is never the only signal: the label is always written out.
import { useI18n } from '../i18n.ts';
import type { TargetStatus, Task } from '../types.ts';

export function StatusBadge({ status }: { status: TargetStatus }) {
  const { t } = useI18n();
  return <span class={`badge status-${status}`}>{t(`status.${status}`)}</span>;
}

/** A task's tone: red overdue, orange due soon, green done on time, neutral otherwise. */
export function taskTone(task: Task): 'red' | 'orange' | 'green' | 'neutral' {
  const p = task.progress;
  if (p.timeliness === 'qua_han' && p.status !== 'hoan_thanh') return 'red';
  if (p.dueSoon) return 'orange';
  if (p.status === 'hoan_thanh') return p.timeliness === 'qua_han' ? 'orange' : 'green';
  return 'neutral';
}

export function TaskBadge({ task }: { task: Task }) {
  const { t } = useI18n();
  const p = task.progress;
  const tone = taskTone(task);
  let extra = '';
  if (p.daysOverdue !== null && p.daysOverdue > 0) extra = t('tasks.daysOverdue', { n: p.daysOverdue });
  else if (p.dueSoon && p.daysLeft !== null) extra = t('tasks.daysLeft', { n: p.daysLeft });
  return (
    <span class={`badge tone-${tone}`}>
      {p.label || t(`taskStatus.${p.status}`)}
      {extra && <span class="badge-extra"> · {extra}</span>}
    </span>
  );
}
