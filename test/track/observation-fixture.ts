// Observations for track tests: a pack row with sensible defaults.
import type { Observation } from '../../src/track/observation.ts';

let nextId = 1;
export function obs(value: number, asOf: string | null, extra: Partial<Observation> = {}): Observation {
  const id = nextId++;
  return {
    id,
    key: `p:test:${id}`,
    origin: 'pack',
    indicator: 'coverage',
    scope: 'national',
    value,
    valueMax: null,
    unit: '%',
    qualifier: 'exact',
    stance: 'reported',
    asOf,
    asOfFrom: 'pack',
    reported: null,
    documentId: null,
    field: null,
    index: null,
    start: null,
    end: null,
    factText: null,
    sentence: null,
    sources: ['https://example.org'],
    confidence: 1,
    extractorVersion: null,
    verified: true,
    note: null,
    review: null,
    ...extra,
  };
}
