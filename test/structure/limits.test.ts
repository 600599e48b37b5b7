// Inputs the stage must refuse, quickly and with a message that says which input and why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_LINE_LENGTH, structureText, StructureError } from '../../src/structure/index.ts';
import type { InputFormat } from '../../src/records.ts';

const input = (text: string) => ({ origin: 'input/huge.txt', text, encoding: 'utf-8' as const, encodingEvidence: 'detected' as const });

test('a 50 MB single-line input fails fast, for every format', () => {
  const huge = 'Nghị quyết 57 '.repeat(Math.ceil(50_000_000 / 14)).slice(0, 50_000_000);
  assert.equal(huge.length, 50_000_000);
  for (const format of [undefined, 'page', 'ledes', 'plain', 'jsonl'] as (InputFormat | undefined)[]) {
    const started = performance.now();
    assert.throws(
      () => structureText(input(huge), format ? { format } : {}),
      (error: unknown) =>
        error instanceof StructureError &&
        error.message.includes('input/huge.txt') &&
        /line 1 is longer than 1,000,000 characters/.test(error.message),
    );
    assert.ok(performance.now() - started < 1000, `${format ?? 'detected'}: ${performance.now() - started} ms`);
  }
});

test('the limit counts each line separately, whatever the line ending', () => {
  const line = 'x'.repeat(MAX_LINE_LENGTH);
  assert.doesNotThrow(() => structureText(input(`Tiêu đề\n${line}\r\n${line}\r${line}`), { format: 'plain' }));
  assert.throws(() => structureText(input(`Tiêu đề\n${line}y`), { format: 'plain' }), /line 2 is longer/);
});

test('empty and whitespace-only inputs are StructureErrors naming the origin', () => {
  for (const text of ['', '\n\n   \n', '\uFEFF']) {
    for (const format of ['page', 'ledes', 'plain', 'jsonl'] as InputFormat[]) {
      assert.throws(() => structureText(input(text), { format }), (e: unknown) => e instanceof StructureError && e.message.startsWith('input/huge.txt: '));
    }
  }
});

test('HTML is not read here: the caller must route it to the HTML extractor', () => {
  assert.throws(() => structureText(input('<!doctype html><html></html>')), /input\/huge\.txt: .*HTML/);
});

test('a page dump with no paragraph of text is a StructureError', () => {
  assert.throws(() => structureText(input('acecook\nTiêu đề ngắn\n02/07/2025 17:12\nmca'), { format: 'page' }), /no paragraph/);
});
