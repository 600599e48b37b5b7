// Metadata rules added for pages never tuned on (issue 11's title/date/author targets): each test is
// a small page of our own making with the one shape the rule handles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDate } from '../../src/structure/html/dates.ts';

test('an English date keeps the day it names: a late-evening time with a zone is not moved to the next day', () => {
  assert.equal(parseDate('December 19, 2025 11:30 PM EST', false)?.iso, '2025-12-19');
  assert.equal(parseDate('Nov 25, 2025 5:00 am PST', false)?.iso, '2025-11-25T13:00:00Z');
});

test('an English date among words (`on Friday December 19, 2025 @08:00PM`) is read', () => {
  assert.equal(parseDate('on Friday December 19, 2025 @08:00PM', false)?.iso, '2025-12-19');
});

test('a line naming two English dates is left to the visible-date reader, even run together with a word', () => {
  assert.equal(parseDate('HealthDECEMBER 22, 2022Updated: JANUARY 02, 2026', false), null);
  assert.equal(parseDate('DECEMBER 22, 2022', false)?.iso, '2022-12-22');
});
