import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dateRangeTokens, facetExpression, facetTokens } from '../../src/store/sqlite/facets.ts';

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Every day a token stands for, expanded back, for checking the decomposition against the range. */
function daysOf(token: string): string[] {
  const y = Number(token.slice(1, 5));
  const m = token.length >= 7 ? Number(token.slice(5, 7)) - 1 : null;
  const start = token[0] === 'y' ? Date.UTC(y, 0, 1) : Date.UTC(y, m ?? 0, token[0] === 'd' ? Number(token.slice(7, 9)) : 1);
  const end = token[0] === 'y' ? Date.UTC(y, 11, 31) : token[0] === 'm' ? Date.UTC(y, (m ?? 0) + 1, 0) : start;
  const out: string[] = [];
  for (let t = start; t <= end; t += DAY) out.push(iso(t));
  return out;
}

test('a date range is covered by year, month and day tokens exactly, without overlap', () => {
  const day = fc.integer({ min: Date.UTC(2023, 0, 1) / DAY, max: Date.UTC(2026, 11, 31) / DAY }).map((d) => iso(d * DAY));
  fc.assert(
    fc.property(day, day, (a, b) => {
      const [from, to] = a <= b ? [a, b] : [b, a];
      const covered = dateRangeTokens(from, to).flatMap(daysOf);
      const expected: string[] = [];
      for (let t = Date.parse(from); t <= Date.parse(to); t += DAY) expected.push(iso(t));
      assert.deepEqual(covered, expected);
    }),
    { numRuns: 300 },
  );
});

test('whole years and months collapse into one token each', () => {
  assert.deepEqual(dateRangeTokens('2024-01-01', '2024-12-31'), ['y2024']);
  assert.deepEqual(dateRangeTokens('2024-02-01', '2024-02-29'), ['m202402']);
  assert.deepEqual(dateRangeTokens('2024-12-31', '2025-02-28'), ['d20241231', 'm202501', 'm202502']);
  // Worst case: 30 days + 11 months at each end, whole years between.
  assert.equal(dateRangeTokens('2024-01-02', '2025-12-30').length, 30 + 22 + 30);
});

test('a document gets date tokens down to its precision', () => {
  const base = { kind: 'article' as const, site: null };
  assert.equal(facetTokens({ ...base, published: '2025-07-02T17:12:00+07:00' }), 'karticle y2025 m202507 d20250702');
  assert.equal(facetTokens({ ...base, published: '2025-07' }), 'karticle y2025 m202507');
  assert.equal(facetTokens({ ...base, published: null }), 'karticle');
  assert.match(facetTokens({ kind: 'brief', site: 'Báo "Nhân Dân"', published: null }), /^kbrief s[0-9a-f]{16}$/);
});

test('filter expressions: none, impossible, and clipped to the stored years', () => {
  const bounds = { earliestYear: 2024, latestYear: 2025 };
  assert.equal(facetExpression({}, bounds), '');
  assert.equal(facetExpression({ from: '2025-02-01', to: '2025-01-01' }, bounds), null);
  assert.equal(facetExpression({ from: '2020-01-01' }, null), null);
  assert.equal(facetExpression({ from: '2026-01-01' }, bounds), null);
  assert.equal(facetExpression({ from: '1900-01-01', to: '2999-12-31' }, bounds), '{facets} : (("y2024" OR "y2025"))');
});
