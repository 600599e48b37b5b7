// Nhiệm vụ: tasks filtered by status, agency, overdue or due soon (filters in the URL), grouped
// by status or by agency; each with its history and, for those allowed, a status form. Below, the
// agency scorecards and ranking.
import { useLocation } from 'preact-iso';
import { useMemo, useState } from 'preact/hooks';
import { apiPost, itemsOf } from '../api.ts';
import { isEditor, useSession } from '../auth.tsx';
import { Empty, ErrorBox, Loading, Notice } from '../components/Feedback.tsx';
import { TaskRow } from '../components/TaskRow.tsx';
import { TASK_STATUSES } from '../components/TaskStatusForm.tsx';
import { percent } from '../format.ts';
import { DownloadLinks } from '../components/DownloadLinks.tsx';
import { useI18n } from '../i18n.ts';
import type { AgenciesResponse, Agency, ProvinceUnit, Task } from '../types.ts';
import { useApi } from '../use-api.ts';
import { useTitle } from '../use-title.ts';

function Scorecards({ data, agencyName }: { data: AgenciesResponse; agencyName: (id: string) => string }) {
  const i18n = useI18n();
  const { t, num, date } = i18n;
  if (data.scorecards.length === 0) return <Empty />;
  return (
    <div class="table-wrap">
      <table class="data" data-testid="scorecards">
        <caption class="visually-hidden">{t('tasks.scorecards')}</caption>
        <thead>
          <tr>
            <th scope="col" class="num">
              {t('tasks.rank')}
            </th>
            <th scope="col">{t('tasks.agency')}</th>
            <th scope="col" class="num">
              {t('tasks.count')}
            </th>
            <th scope="col" class="num">
              {t('tasks.doneOnTime')}
            </th>
            <th scope="col" class="num">
              {t('tasks.doneLate')}
            </th>
            <th scope="col" class="num">
              {t('tasks.openOnTime')}
            </th>
            <th scope="col" class="num">
              {t('tasks.overdue')}
            </th>
            <th scope="col" class="num">
              {t('tasks.shareOnTime')}
            </th>
            <th scope="col">{t('tasks.latestActivity')}</th>
            <th scope="col" class="num">
              {t('tasks.coTasks')}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.scorecards.map((s) => (
            <tr key={s.agency} data-testid="scorecard-row">
              <td class="num">{s.rank ?? '—'}</td>
              <th scope="row">
                <a href={`/tasks?agency=${encodeURIComponent(s.agency)}`}>{s.name || agencyName(s.agency)}</a>
              </th>
              <td class="num">{num(s.tasks)}</td>
              <td class="num">{num(s.doneOnTime)}</td>
              <td class="num">{num(s.doneLate)}</td>
              <td class="num">{num(s.openOnTime)}</td>
              <td class="num" style={s.overdue > 0 ? { color: 'var(--red)', fontWeight: 700 } : undefined}>
                {num(s.overdue)}
              </td>
              <td class="num">{percent(i18n, s.shareOnTime)}</td>
              <td>{date(s.latestActivity)}</td>
              <td class="num">{num(s.coTasks)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function NewTaskForm({ agencies, onCreated }: { agencies: { id: string; name: string }[]; onCreated: (key: string) => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState({ key: '', title: '', setBy: '', agency: '', deadline: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const set = (k: keyof typeof form) => (e: Event) => setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });
  const onSubmit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await apiPost('/tasks', form);
      onCreated(form.key);
      setForm({ key: '', title: '', setBy: '', agency: '', deadline: '' });
      setOpen(false);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="panel" style={{ marginBottom: '1rem' }}>
      <button type="button" class="btn btn-small" aria-expanded={open} aria-controls="new-task" onClick={() => setOpen(!open)} data-testid="task-add-toggle">
        + {t('tasks.addTask')}
      </button>
      {open && (
        <form id="new-task" class="form-grid cols-2" style={{ marginTop: '0.75rem' }} onSubmit={onSubmit} data-testid="task-add-form">
          <div class="field">
            <label for="nt-key">{t('tasks.newKey')}</label>
            <input id="nt-key" type="text" required maxLength={64} pattern="[A-Za-z0-9._/\-]+" value={form.key} onInput={set('key')} />
          </div>
          <div class="field">
            <label for="nt-setby">{t('tasks.newSetBy')}</label>
            <input id="nt-setby" type="text" required value={form.setBy} onInput={set('setBy')} />
          </div>
          <div class="field field-wide">
            <label for="nt-title">{t('tasks.newTitle')}</label>
            <input id="nt-title" type="text" required value={form.title} onInput={set('title')} />
          </div>
          <div class="field">
            <label for="nt-agency">{t('tasks.agency')}</label>
            <select id="nt-agency" required value={form.agency} onChange={set('agency')}>
              <option value="" />
              {agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="nt-deadline">{t('tasks.newDeadline')}</label>
            <input id="nt-deadline" type="text" required pattern="\d{4}(-\d{2}(-\d{2})?)?" placeholder="2025-12-31" value={form.deadline} onInput={set('deadline')} />
          </div>
          <div class="field-wide">
            <ErrorBox error={error} />
            <button type="submit" class="btn btn-primary" disabled={busy}>
              {t('common.save')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

export function TasksPage() {
  const { t, num } = useI18n();
  const { user } = useSession();
  const { query, route } = useLocation();
  const [created, setCreated] = useState<string | null>(null);
  useTitle(t('tasks.title'));
  const filters = {
    status: (TASK_STATUSES as string[]).includes(query.status ?? '') ? query.status : undefined,
    agency: query.agency || undefined,
    overdue: query.overdue === 'true' ? 'true' : undefined,
    dueSoon: query.dueSoon === 'true' ? 'true' : undefined,
  };
  const groupBy = query.group === 'agency' ? 'agency' : 'status';
  const tasks = useApi<unknown>('/tasks', { ...filters, limit: 200 });
  const agencies = useApi<AgenciesResponse>('/agencies');
  const provinces = useApi<unknown>('/provinces');

  const choices = useMemo(() => {
    const list: { id: string; name: string }[] = [];
    for (const a of agencies.data?.agencies ?? []) if ((a as Agency).kind !== 'former_province') list.push({ id: a.id, name: a.name });
    for (const p of itemsOf<ProvinceUnit>(provinces.data)) list.push({ id: p.id, name: p.name });
    return list.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  }, [agencies.data, provinces.data]);
  const names = useMemo(() => {
    const m = new Map(choices.map((c) => [c.id, c.name]));
    for (const s of agencies.data?.scorecards ?? []) if (s.name) m.set(s.agency, s.name);
    return m;
  }, [choices, agencies.data]);
  const agencyName = (id: string) => names.get(id) ?? id;

  const items = itemsOf<Task>(tasks.data);
  const overdue = items.filter((x) => x.progress.timeliness === 'qua_han' && x.progress.status !== 'hoan_thanh').length;
  const soon = items.filter((x) => x.progress.dueSoon).length;

  const groups = useMemo(() => {
    const map = new Map<string, Task[]>();
    if (groupBy === 'status') for (const s of TASK_STATUSES) map.set(s, []);
    for (const task of items) {
      const k = groupBy === 'status' ? task.progress.status : task.agency;
      const list = map.get(k);
      if (list) list.push(task);
      else map.set(k, [task]);
    }
    return [...map.entries()].filter(([, list]) => list.length > 0);
  }, [items, groupBy]);

  const setParam = (k: string, v: string | undefined) => {
    const qs = new URLSearchParams(query);
    if (v) qs.set(k, v);
    else qs.delete(k);
    route(`/tasks${qs.size ? `?${qs}` : ''}`, true);
  };
  const reloadAll = () => {
    tasks.reload();
    agencies.reload();
  };

  return (
    <section>
      <div class="page-head">
        <h1>{t('tasks.title')}</h1>
        {tasks.data !== null && <p class="muted">{t('tasks.summary', { total: num(items.length), overdue: num(overdue), soon: num(soon) })}</p>}
      </div>

      <form class="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('common.filter')}>
        <div class="field">
          <label for="f-status">{t('tasks.filterStatus')}</label>
          <select id="f-status" value={filters.status ?? ''} onChange={(e) => setParam('status', e.currentTarget.value || undefined)} data-testid="task-filter-status">
            <option value="">{t('common.all')}</option>
            {TASK_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`taskStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-agency">{t('tasks.filterAgency')}</label>
          <select id="f-agency" value={filters.agency ?? ''} onChange={(e) => setParam('agency', e.currentTarget.value || undefined)} data-testid="task-filter-agency">
            <option value="">{t('common.all')}</option>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-group">{t('tasks.groupBy')}</label>
          <select id="f-group" value={groupBy} onChange={(e) => setParam('group', e.currentTarget.value === 'agency' ? 'agency' : undefined)}>
            <option value="status">{t('tasks.group.status')}</option>
            <option value="agency">{t('tasks.group.agency')}</option>
          </select>
        </div>
        <label class="check">
          <input type="checkbox" checked={filters.overdue === 'true'} onChange={(e) => setParam('overdue', e.currentTarget.checked ? 'true' : undefined)} data-testid="task-filter-overdue" />
          {t('tasks.overdueOnly')}
        </label>
        <label class="check">
          <input type="checkbox" checked={filters.dueSoon === 'true'} onChange={(e) => setParam('dueSoon', e.currentTarget.checked ? 'true' : undefined)} data-testid="task-filter-due-soon" />
          {t('tasks.dueSoonOnly')}
        </label>
      </form>

      {isEditor(user) && (
        <NewTaskForm
          agencies={choices}
          onCreated={(key) => {
            setCreated(key);
            reloadAll();
          }}
        />
      )}
      {created && <Notice kind="success">{t('tasks.created', { key: created })}</Notice>}

      {tasks.loading && tasks.data === null && <Loading />}
      <ErrorBox error={tasks.error} onRetry={tasks.reload} />
      {tasks.data !== null && items.length === 0 && <Empty>{t('tasks.none')}</Empty>}
      {groups.map(([k, list]) => (
        <section key={k} class="task-group">
          <h2>
            {groupBy === 'status' ? t(`taskStatus.${k as Task['progress']['status']}`) : agencyName(k)} <span class="muted">({num(list.length)})</span>
          </h2>
          <ul class="task-list">
            {list.map((task) => (
              <TaskRow key={task.key} task={task} agencyName={agencyName} onChanged={reloadAll} />
            ))}
          </ul>
        </section>
      ))}

      <section class="pillar">
        <h2>{t('tasks.scorecards')}</h2>
        {agencies.loading && !agencies.data && <Loading />}
        <ErrorBox error={agencies.error} />
        {agencies.data && <Scorecards data={agencies.data} agencyName={agencyName} />}
        {agencies.data && agencies.data.scorecards.length > 0 && <DownloadLinks path="/export/agencies" testId="scorecard-downloads" />}
      </section>
    </section>
  );
}
