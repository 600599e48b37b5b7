// "Tải về: CSV · XLSX": a table of the page as a file, through the API's export routes (the
// browser sends the session cookie with the link; nothing is built in the page).
import { apiUrl, type QueryValue } from '../api.ts';
import { useI18n } from '../i18n.ts';

export function DownloadLinks({ path, query = {}, testId }: { path: string; query?: Record<string, QueryValue>; testId?: string }) {
  const { t } = useI18n();
  return (
    <p class="downloads no-print" data-testid={testId}>
      {t('download.label')}{' '}
      <a href={apiUrl(path, { ...query, format: 'csv' })} download>
        CSV
      </a>
      {' · '}
      <a href={apiUrl(path, { ...query, format: 'xlsx' })} download>
        XLSX
      </a>
    </p>
  );
}
