// Typed access to the HTTP API (/api/v1, docs/api.md). Every call goes to the same origin with the
// session cookie; writes carry the CSRF token the server gave at login or from /auth/me. Errors come
// back as application/problem+json and are thrown as ApiError so pages can show title, detail and
// each bad field.
import type { ProblemDetail } from './types.ts';

export const API_BASE = '/api/v1';

let csrfToken: string | null = null;

/** Set by the session (auth.tsx) whenever the server hands out a token. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetail;
  constructor(status: number, problem: ProblemDetail) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

export type QueryValue = string | number | boolean | null | undefined;

/** Builds `path?a=1&b=2`, leaving out empty values so the server applies its defaults. */
export function apiUrl(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, String(v));
  }
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

/** Reads an error response as a problem detail, whatever the server actually sent. */
async function problemOf(res: Response): Promise<ProblemDetail> {
  const text = await res.text().catch(() => '');
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object') {
      const p = parsed as ProblemDetail & { message?: string; error?: string };
      return { ...p, title: p.title ?? p.error, detail: p.detail ?? p.message };
    }
  } catch {
    // not JSON: fall through
  }
  return { status: res.status, title: res.statusText || `HTTP ${res.status}`, detail: text.slice(0, 300) || undefined };
}

async function request<T>(method: string, url: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  let payload: BodyInit | undefined;
  if (body instanceof FormData || typeof body === 'string') {
    payload = body;
    if (typeof body === 'string') headers['Content-Type'] = 'text/csv; charset=utf-8';
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers['Content-Type'] = 'application/json';
  }
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(url, { method, headers, body: payload, credentials: 'same-origin', signal });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, { title: 'Network error', detail: err instanceof Error ? err.message : String(err) });
  }
  if (!res.ok) throw new ApiError(res.status, await problemOf(res));
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  return (type.includes('json') ? await res.json() : await res.text()) as T;
}

export function apiGet<T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal): Promise<T> {
  return request<T>('GET', apiUrl(path, query), undefined, signal);
}

export function apiPost<T>(path: string, body?: unknown): Promise<T> {
  return request<T>('POST', apiUrl(path), body ?? {});
}

export function apiPut<T>(path: string, body: unknown): Promise<T> {
  return request<T>('PUT', apiUrl(path), body);
}

export function apiDelete<T>(path: string): Promise<T> {
  return request<T>('DELETE', apiUrl(path));
}

/**
 * The items of a list response. Lists are `{items, nextCursor}` by contract; a bare array or a
 * differently named array field is accepted too, so a small server-side variation does not blank a page.
 */
export function itemsOf<T>(data: unknown, ...names: string[]): T[] {
  if (Array.isArray(data)) return data as T[];
  if (data && typeof data === 'object') {
    const rec = data as Record<string, unknown>;
    for (const name of ['items', ...names]) {
      if (Array.isArray(rec[name])) return rec[name] as T[];
    }
  }
  return [];
}

export function nextCursorOf(data: unknown): string | null {
  if (data && typeof data === 'object' && 'nextCursor' in data) {
    const c = (data as { nextCursor: unknown }).nextCursor;
    return typeof c === 'string' && c ? c : null;
  }
  return null;
}

/**
 * Uploads files to POST /ingest as multipart with upload progress (fetch cannot report it).
 * Resolves with the parsed summary; rejects with ApiError like the other calls.
 */
export function uploadFiles<T>(files: File[], onProgress: (fraction: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const f of files) form.append('files', f, f.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl('/ingest'));
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('X-CSRF-Token', csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(xhr.responseText);
      } catch {
        parsed = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(parsed as T);
      } else {
        const p = (parsed && typeof parsed === 'object' ? parsed : {}) as ProblemDetail;
        reject(new ApiError(xhr.status, { status: xhr.status, title: p.title ?? xhr.statusText, detail: p.detail ?? undefined, errors: p.errors }));
      }
    };
    xhr.onerror = () => reject(new ApiError(0, { title: 'Network error' }));
    xhr.send(form);
  });
}
