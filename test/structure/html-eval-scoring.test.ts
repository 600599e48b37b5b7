// The HTML evaluation's scorers on tiny hand-made inputs whose figures can be worked out by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  authorMatches, dateMatches, meanF1, normaliseAuthors, normaliseDate, shingleCounts, shingleScore, titleMatches, wordF1, wordTokens,
} from '../../src/structure/html/eval/index.ts';

const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

test('word tokens: \\w+ runs, lower-cased, any script, punctuation dropped', () => {
  assert.deepEqual(wordTokens('Hà Nội, 2030: AI_lab rocks!'), ['hà', 'nội', '2030', 'ai_lab', 'rocks']);
});

test('word F1 counts tokens as multisets', () => {
  // truth: a a b c (4); extracted: a b b d (4); overlap: a 1 + b 1 = 2 → P 0.5, R 0.5, F1 0.5.
  const score = wordF1('a a b c', 'A, b b d');
  close(score.precision, 0.5);
  close(score.recall, 0.5);
  close(score.f1, 0.5);
  // Extracting everything plus as much again: recall 1, precision 0.5, F1 2/3.
  close(wordF1('one two', 'one two three four').f1, 2 / 3);
  assert.equal(wordF1('text', '').f1, 0);
  assert.equal(wordF1('', '').f1, 1);
});

test('word F1 over pages is the mean of the pages', () => {
  close(meanF1([wordF1('a b', 'a b'), wordF1('a b', 'c d')]).f1, 0.5);
});

test('shingle F1: 4-token shingles; P and R averaged over pages, F1 from the two means', () => {
  // 5 tokens → 2 shingles (a b c d, b c d e); extracted 4 tokens → 1 shingle (a b c d): tp 1, fp 0, fn 1.
  assert.deepEqual(shingleCounts('a b c d e', 'a b c d'), { tp: 1, fp: 0, fn: 1 });
  // Short texts make one shingle of all their tokens.
  assert.deepEqual(shingleCounts('x y', 'x y'), { tp: 1, fp: 0, fn: 0 });
  // Page 1: P 1, R 0.5; page 2: P 0, R 0 (tp 0, fp 1, fn 1) → P 0.5, R 0.25, F1 = 2·0.5·0.25/0.75 = 1/3.
  const score = shingleScore([{ tp: 1, fp: 0, fn: 1 }, { tp: 0, fp: 1, fn: 1 }]);
  close(score.precision, 0.5);
  close(score.recall, 0.25);
  close(score.f1, 1 / 3);
  // A page with nothing expected and nothing returned is perfect.
  close(shingleScore([{ tp: 0, fp: 0, fn: 0 }]).f1, 1);
});

test('titles match regardless of case, whitespace, quote and dash styles', () => {
  assert.ok(titleMatches('Top  Trends — “Fall” 2025', 'top trends - "fall" 2025'));
  assert.ok(titleMatches('Hà Nội tăng chi', 'Ha\u0300 Nội tăng chi'), 'NFC');
  assert.ok(!titleMatches('Top Trends', 'Top Trends | Site'));
  assert.ok(!titleMatches('', ''), 'no truth, no match');
});

test('authors: the same names in the same order, whatever the list separators', () => {
  assert.deepEqual(normaliseAuthors('By Danielle DeSiato, Donna Enzmann, and Natalie Nguyen'), ['danielle desiato', 'donna enzmann', 'natalie nguyen']);
  assert.ok(authorMatches('Maria & Katerina', 'maria, katerina'));
  assert.ok(authorMatches('Lê Phương', 'Lê Phương'));
  assert.ok(!authorMatches('Andrew King', 'Andrew King, Jane Roe'));
  assert.ok(!authorMatches('Andrew King', null));
});

test('dates compare by calendar day; a month-only truth accepts any day of it', () => {
  assert.equal(normaliseDate('2025-10-22 19:25:52+07:00'), '2025-10-22');
  assert.ok(dateMatches('2025-10-22', '2025-10-22T19:25:52+07:00'));
  assert.ok(dateMatches('2025-10', '2025-10-03'));
  assert.ok(!dateMatches('2025-10-22', '2025-10-23T01:00:00Z'));
  assert.ok(!dateMatches('2025-10-22', null));
});
