// Tải lên: files dropped on the page (or chosen with the file input, for keyboard users) are sent
// to POST /ingest as one multipart request with upload progress. The server queues them as a job
// and answers at once; the page polls the job (files processed of all) until it ends, then shows
// its summary: new, updated, unchanged and rejected documents with the reasons.
import { useEffect, useRef, useState } from 'preact/hooks';
import { apiGet, ApiError, uploadFiles } from '../api.ts';
import { canIngest } from '../auth.tsx';
import { ErrorBox } from '../components/Feedback.tsx';
import { Guard } from '../components/Guard.tsx';
import { useI18n } from '../i18n.ts';
import type { JobView, UploadSummary } from '../types.ts';

/** How often the page asks after a queued upload. */
const POLL_MS = 500;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
import { useTitle } from '../use-title.ts';
import { uploadMessage } from '../upload-messages.ts';

function Summary({ s }: { s: UploadSummary }) {
  const i18n = useI18n();
  const { t, num } = i18n;
  return (
    <section class="panel" data-testid="upload-summary" aria-live="polite">
      <h2>{t('upload.summary')}</h2>
      <div class="stat-row">
        {(
          [
            ['upload.files', s.files],
            ['upload.created', s.created],
            ['upload.updated', s.updated],
            ['upload.unchanged', s.unchanged],
            ['upload.rejected', s.rejected.length],
          ] as const
        ).map(([k, v]) => (
          <div class="stat" key={k} data-testid={`upload-${k.slice(7)}`}>
            <span class="value">{num(v)}</span>
            <span class="label">{t(k)}</span>
          </div>
        ))}
      </div>
      {s.rejected.length > 0 && (
        <>
          <h3>{t('upload.rejected')}</h3>
          <ul>
            {s.rejected.map((r, i) => (
              <li key={i}>
                <code>{r.origin}</code>: <span title={r.reason}>{uploadMessage(i18n, r.reason, t('upload.unreadable'))}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {s.warnings.length > 0 && (
        <>
          <h3>{t('upload.warnings')}</h3>
          <ul>
            {s.warnings.map((w, i) => (
              <li key={i}>
                <code>{w.origin}</code>: <span title={w.message}>{uploadMessage(i18n, w.message, t('upload.warning'))}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href="/search">{t('search.latest')} →</a>
      </p>
    </section>
  );
}

function Uploader() {
  const { t, num } = useI18n();
  const [files, setFiles] = useState<File[]>([]);
  const [over, setOver] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [summary, setSummary] = useState<UploadSummary | null>(null);
  const [error, setError] = useState<unknown>(null);
  /** The queued job while the server works on it: its files done of all. */
  const [job, setJob] = useState<JobView | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const alive = useRef(true);
  useEffect(() => () => void (alive.current = false), []);

  const add = (list: FileList | null) => {
    if (!list) return;
    const next = [...files];
    for (const f of Array.from(list)) if (!next.some((x) => x.name === f.name && x.size === f.size)) next.push(f);
    setFiles(next);
    setSummary(null);
    setError(null);
  };

  const send = async () => {
    if (files.length === 0) return;
    setProgress(0);
    setError(null);
    setSummary(null);
    try {
      let current = await uploadFiles<JobView>(files, setProgress);
      setFiles([]);
      setJob(current);
      // The job runs on the server whether or not this page waits; leaving the page stops asking.
      while (alive.current && (current.status === 'queued' || current.status === 'running')) {
        await sleep(POLL_MS);
        current = await apiGet<JobView>(`/jobs/${current.id}`);
        setJob(current);
      }
      if (current.status === 'done') setSummary(current.result as UploadSummary);
      else if (current.status === 'failed') setError(new ApiError(500, { status: 500, title: t('upload.failed'), detail: current.error ?? undefined }));
    } catch (err) {
      setError(err);
    } finally {
      setProgress(null);
      setJob(null);
    }
  };

  const pct = progress === null ? 0 : Math.round(progress * 100);
  const size = (n: number) => (n > 1048576 ? `${num(n / 1048576, 1)} MB` : `${num(Math.max(1, Math.round(n / 1024)))} KB`);

  return (
    <div class="stack">
      <div
        class={`dropzone${over ? ' over' : ''}`}
        data-testid="upload-dropzone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          add(e.dataTransfer?.files ?? null);
        }}
      >
        <p class="big">{t('upload.drop')}</p>
        <p class="muted">{t('upload.or')}</p>
        <input
          id="upload-input"
          ref={input}
          type="file"
          multiple
          class="visually-hidden"
          onChange={(e) => {
            add(e.currentTarget.files);
            e.currentTarget.value = '';
          }}
          data-testid="upload-input"
        />
        {/* The input stays in the tab order (visually hidden); its label is the visible button. */}
        <label for="upload-input" class="btn">
          {t('upload.choose')}
        </label>
        <p class="hint">{t('upload.formats')}</p>
      </div>
      {files.length > 0 && (
        <section class="panel">
          <h2>{t('upload.selected', { n: files.length })}</h2>
          <ul class="file-list">
            {files.map((f) => (
              <li key={`${f.name}-${f.size}`}>
                <span>
                  {f.name} <span class="muted">({size(f.size)})</span>
                </span>
                <button type="button" class="link-button" disabled={progress !== null} onClick={() => setFiles(files.filter((x) => x !== f))} aria-label={t('upload.remove', { name: f.name })}>
                  ×
                </button>
              </li>
            ))}
          </ul>
          {progress !== null && (
            <div aria-live="polite">
              <progress class="progress" max={100} value={pct} aria-label={t('upload.progress', { p: pct })} />
              <p class="hint" data-testid="upload-status">
                {pct < 100
                  ? t('upload.progress', { p: pct })
                  : job?.progress.total
                    ? t('upload.processingFiles', { done: job.progress.done, total: job.progress.total })
                    : job?.status === 'queued'
                      ? t('upload.queued')
                      : t('upload.processing')}
              </p>
            </div>
          )}
          <div class="form-actions">
            <button type="button" class="btn btn-primary" disabled={progress !== null} onClick={() => void send()} data-testid="upload-submit">
              {t('upload.send')}
            </button>
            <button type="button" class="btn" disabled={progress !== null} onClick={() => setFiles([])}>
              {t('upload.clear')}
            </button>
          </div>
        </section>
      )}
      <ErrorBox error={error} />
      {summary && <Summary s={summary} />}
    </div>
  );
}

export function UploadPage() {
  const { t } = useI18n();
  useTitle(t('upload.title'));
  return (
    <section>
      <h1>{t('upload.title')}</h1>
      <Guard allow={canIngest}>
        <Uploader />
      </Guard>
    </section>
  );
}
