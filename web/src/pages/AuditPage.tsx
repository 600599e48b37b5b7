// Nhật ký: the append-only audit log, newest first, filtered by target prefix (`task:`,
// `observation:`) and actor. Actions and the fields before and after are named in words (audit-labels.ts).
import { useLocation } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { itemsOf } from '../api.ts';
import { canSeeAudit } from '../auth.tsx';
import { Empty, ErrorBox, Loading } from '../components/Feedback.tsx';
import { Guard } from '../components/Guard.tsx';
import { useI18n } from '../i18n.ts';
import type { AuditEntry } from '../types.ts';
import { useApi } from '../use-api.ts';
import { useTitle } from '../use-title.ts';
import { auditAction, auditRecord, auditTarget } from '../audit-labels.ts';

const PREFIXES = ['task:', 'observation:', 'fact:', 'programme:', 'source:', 'user:'];

function AuditTable() {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const { query, route } = useLocation();
  const [target, setTarget] = useState(query.target ?? '');
  const [actor, setActor] = useState(query.actor ?? '');
  useEffect(() => {
    setTarget(query.target ?? '');
    setActor(query.actor ?? '');
  }, [query.target, query.actor]);
  const { data, error, loading, reload } = useApi<unknown>('/audit', { target: query.target, actor: query.actor, limit: 500 });
  const items = itemsOf<AuditEntry>(data, 'entries');

  const apply = (e: Event) => {
    e.preventDefault();
    const qs = new URLSearchParams();
    if (target.trim()) qs.set('target', target.trim());
    if (actor.trim()) qs.set('actor', actor.trim());
    route(`/audit${qs.size ? `?${qs}` : ''}`);
  };

  return (
    <>
      <form class="filters" onSubmit={apply}>
        <div class="field">
          <label for="audit-target">{t('audit.targetFilter')}</label>
          <input id="audit-target" type="text" list="audit-prefixes" value={target} onInput={(e) => setTarget(e.currentTarget.value)} placeholder="task:" data-testid="audit-target" />
          <datalist id="audit-prefixes">
            {PREFIXES.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
        </div>
        <div class="field">
          <label for="audit-actor">{t('audit.actorFilter')}</label>
          <input id="audit-actor" type="text" value={actor} onInput={(e) => setActor(e.currentTarget.value)} data-testid="audit-actor" />
        </div>
        <button type="submit" class="btn btn-primary">
          {t('common.filter')}
        </button>
      </form>
      {loading && !data && <Loading />}
      <ErrorBox error={error} onRetry={reload} />
      {data !== null && items.length === 0 && <Empty>{t('audit.none')}</Empty>}
      {items.length > 0 && (
        <div class="table-wrap">
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{t('audit.time')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.target')}</th>
                <th scope="col">{t('audit.change')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.id} data-testid="audit-row">
                  <td style={{ whiteSpace: 'nowrap' }}>{dateTime(a.at)}</td>
                  <td>{a.actor}</td>
                  <td style={{ whiteSpace: 'nowrap' }}>
                    <span title={a.action}>{auditAction(i18n, a.action)}</span>
                  </td>
                  <td class="break" title={a.target}>
                    {auditTarget(i18n, a.target)}
                  </td>
                  <td style={{ minWidth: '16rem' }}>
                    <pre class="json">
                      {auditRecord(i18n, a.before)}
                      {'\n→ '}
                      {auditRecord(i18n, a.after)}
                    </pre>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

export function AuditPage() {
  const { t } = useI18n();
  useTitle(t('audit.title'));
  return (
    <section>
      <h1>{t('audit.title')}</h1>
      <Guard allow={canSeeAudit}>
        <AuditTable />
      </Guard>
    </section>
  );
}
