// Posting a reviewer's verdict (POST /reviews), and who may review which observation. The server
// decides; this only hides buttons that would certainly be refused.
import { apiPost } from './api.ts';
import { isEditor } from './auth.tsx';
import type { Observation, User } from './types.ts';

export type Verdict = 'confirmed' | 'rejected' | 'corrected';

export interface ObservationCorrection {
  value?: number;
  valueMax?: number | null;
  unit?: string | null;
  asOf?: string;
  scope?: string;
}

export function postReview(key: string, verdict: Verdict, correction?: ObservationCorrection, note?: string): Promise<unknown> {
  return apiPost('/reviews', { kind: 'observation', key, verdict, ...(correction ? { correction } : {}), ...(note ? { note } : {}) });
}

/** `Điện Biên` → `dien-bien`: how the pack's ids are made from Vietnamese names. */
export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Editors review everything; a reporter the observations about one of their agencies or provinces. */
export function canReviewObservation(user: User | null, o: Observation): boolean {
  if (isEditor(user)) return true;
  if (user?.role !== 'reporter') return false;
  const m = /^(agency|province):(.*)$/.exec(o.scope);
  if (!m) return false;
  const id = m[1] === 'agency' ? m[2]! : slug(m[2]!);
  return user.agencies.includes(id);
}
