// Review application: how a reviewer's latest verdict changes what an observation says. The store
// keeps reviews as rows of their own (store/tracking/reviews.ts); reading applies the latest one here.
import type { Observation, ReviewState } from './observation.ts';

export type ReviewTargetKind = 'fact' | 'observation' | 'link';
export type Verdict = 'confirmed' | 'rejected' | 'corrected';

export interface ReviewRecord {
  id: number;
  kind: ReviewTargetKind;
  key: string;
  verdict: Verdict;
  correction: Record<string, unknown> | null;
  original: Record<string, unknown>;
  originalVersion: string | null;
  reviewer: string;
  at: string;
  note: string | null;
}

/** The observation as the reviewer left it; the corrected fields' original values in review.original. */
export function applyReview(o: Observation, review: ReviewRecord | undefined): Observation {
  if (!review) return o;
  const state: ReviewState = { verdict: review.verdict, reviewer: review.reviewer, at: review.at, note: review.note, original: null };
  if (review.verdict !== 'corrected' || !review.correction) {
    return { ...o, confidence: review.verdict === 'confirmed' ? 1 : o.confidence, review: state };
  }
  const changed = review.correction as Partial<Observation>;
  const before = Object.fromEntries(Object.keys(changed).map((k) => [k, o[k as keyof Observation]]));
  return { ...o, ...changed, confidence: 1, review: { ...state, original: before } };
}
