// The record the track stage works on: an observation as stored, with its review applied.
import type { AsOfSource } from '../link/observations.ts';
import type { PackObservation } from '../programme/schema.ts';

export type Qualifier = PackObservation['qualifier'];

export interface ReviewState {
  verdict: 'confirmed' | 'rejected' | 'corrected';
  reviewer: string;
  at: string;
  note: string | null;
  /** The fields a correction changed, with their original values (the extraction is kept). */
  original: Record<string, unknown> | null;
}

export interface Observation {
  id: number;
  /** Stable identity: `p:…` for a pack row, `x:<document>:<field>:<index>:<start>-<end>:<indicator>` for a fact. */
  key: string;
  /** pack: a pack row; extracted: a news figure; submitted: an accepted submission (store/tracking/submissions.ts). */
  origin: 'pack' | 'extracted' | 'submitted';
  indicator: string;
  scope: string;
  value: number;
  valueMax: number | null;
  unit: string | null;
  qualifier: Qualifier;
  stance: 'reported' | 'target';
  /** `2025-07-02`, `2025-10` or `2025`; null when nothing dates it. */
  asOf: string | null;
  asOfFrom: AsOfSource;
  /** When a pack row's value was announced, if later than asOf. */
  reported: string | null;
  documentId: number | null;
  field: string | null;
  index: number | null;
  start: number | null;
  end: number | null;
  factText: string | null;
  sentence: string | null;
  sources: string[];
  confidence: number;
  extractorVersion: string | null;
  verified: boolean;
  note: string | null;
  /** The latest review, if any. A rejected observation is kept but left out of series and status. */
  review: ReviewState | null;
}
