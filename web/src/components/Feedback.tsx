// Loading, error and empty states, shared by every page. Errors are problem details (docs/api.md):
// title, detail and each bad field are shown; 401 and 403 get a plain-language explanation.
import type { ComponentChildren } from 'preact';
import { ApiError } from '../api.ts';
import { useI18n } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';

export function Loading() {
  const { t } = useI18n();
  return (
    <p class="loading" role="status">
      <span class="spinner" aria-hidden="true" /> {t('common.loading')}
    </p>
  );
}

export function Empty({ children }: { children?: ComponentChildren }) {
  const { t } = useI18n();
  return <p class="empty">{children ?? t('common.none')}</p>;
}

export function Notice({ kind = 'info', children }: { kind?: 'info' | 'success' | 'warning'; children: ComponentChildren }) {
  return (
    <p class={`notice notice-${kind}`} role="status">
      {children}
    </p>
  );
}

export function ErrorBox({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  if (!error) return null;
  let title = t('common.error');
  let detail: string | undefined;
  let fields: { field: string; message: string }[] = [];
  let extra: ComponentChildren = null;
  if (error instanceof ApiError) {
    const p = error.problem;
    if (error.status === 0) title = t('common.network');
    else if (error.status === 401) {
      title = t('auth.needLogin');
      extra = (
        <a href={`/login?next=${encodeURIComponent(location.pathname + location.search)}`}>{t('auth.goLogin')}</a>
      );
    } else if (error.status === 403) title = t('auth.forbidden');
    else if ([400, 404, 409, 413, 415, 429, 500].includes(error.status)) title = t(`problem.${error.status}` as MessageKey);
    else title = p.title ?? title;
    detail = p.detail && p.detail !== title ? p.detail : undefined;
    fields = p.errors ?? [];
  } else if (error instanceof Error) {
    title = error.message || title;
  }
  return (
    <div class="error-box" role="alert">
      <p class="error-title">{title}</p>
      {detail && <p>{detail}</p>}
      {fields.length > 0 && (
        <ul>
          {fields.map((f) => (
            <li key={f.field}>
              <code>{f.field}</code>: {f.message}
            </li>
          ))}
        </ul>
      )}
      {extra}
      {onRetry && (
        <button type="button" class="btn btn-small" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
