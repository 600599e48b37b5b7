// The periodic report from the app: a period (month, quarter, half, nine months, year), the whole
// country or one province, and a format; the link downloads what `radar57 report` writes.
import { useState } from 'preact/hooks';
import { apiUrl, itemsOf } from '../api.ts';
import { useI18n } from '../i18n.ts';
import type { ProvinceUnit } from '../types.ts';
import { useApi } from '../use-api.ts';
import { internalHref } from '../links.ts';

const FORMATS = ['docx', 'xlsx', 'pdf', 'html'] as const;
const PERIOD = /^\d{4}(?:-(?:0[1-9]|1[0-2]|Q[1-4]|H[12]|9M))?$/i;

/** The half-year before the one `today` falls in: what is usually reported on. */
function lastHalf(today: Date): string {
  const y = today.getFullYear();
  return today.getMonth() < 6 ? `${y - 1}-H2` : `${y}-H1`;
}

export function ReportDownload() {
  const { t } = useI18n();
  const provinces = useApi<unknown>('/provinces');
  const [period, setPeriod] = useState(() => lastHalf(new Date()));
  const [province, setProvince] = useState('');
  const [format, setFormat] = useState<(typeof FORMATS)[number]>('docx');
  const valid = PERIOD.test(period.trim());
  const href = apiUrl('/report', { period: period.trim(), scope: province ? `province:${province}` : undefined, format });
  return (
    <details class="report-download no-print" data-testid="report-download">
      <summary>{t('report.open')}</summary>
      <div class="report-form">
        <label>
          {t('report.period')}
          <input value={period} onInput={(e) => setPeriod((e.target as HTMLInputElement).value)} aria-invalid={!valid} placeholder="2025-H1" size={9} />
        </label>
        <label>
          {t('report.scope')}
          <select value={province} onChange={(e) => setProvince((e.target as HTMLSelectElement).value)}>
            <option value="">{t('report.national')}</option>
            {itemsOf<ProvinceUnit>(provinces.data).map((p) => (
              <option key={p.id} value={p.name}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('report.format')}
          <select value={format} onChange={(e) => setFormat((e.target as HTMLSelectElement).value as (typeof FORMATS)[number])}>
            {FORMATS.map((f) => (
              <option key={f} value={f}>
                {f.toUpperCase()}
              </option>
            ))}
          </select>
        </label>
        {valid ? (
          <a class="btn btn-primary" href={internalHref(href)} download data-testid="report-link">
            {t('report.download')}
          </a>
        ) : (
          <span class="muted">{t('report.periodHelp')}</span>
        )}
      </div>
      <p class="muted">{t('report.periodHelp')}</p>
    </details>
  );
}
