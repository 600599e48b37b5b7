// Loading, error and empty states, shared by every page. Errors are problem details (docs/api.md):
// title, detail and each bad field are shown; 401 and 403 get a plain-language explanation.
import type { ComponentChildren } from 'preact';
import { ApiError } from '../api.ts';
import { noteText } from '../format.ts';
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
  const i18n = useI18n();
  const { t } = i18n;
  if (!error) return null;
  // Server messages written for developers (validation, parsing) are English: the Vietnamese
  // interface says the same in its own words and keeps what the server wrote in Vietnamese.
  const inLanguage = (text: string | undefined, fallback: string) => (text && noteText(i18n, text) ? text : fallback);
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
    else if ([400, 404, 409, 413, 415, 429, 500, 503].includes(error.status)) title = t(`problem.${error.status}` as MessageKey);
    else title = inLanguage(p.title, title);
    detail = p.detail && p.detail !== title && noteText(i18n, p.detail) ? p.detail : undefined;
    fields = (p.errors ?? []).map((f) => ({ field: f.field, message: inLanguage(f.message, t('problem.field')) }));
  } else if (error instanceof Error) {
    title = inLanguage(error.message, title);
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
