// Titles and names from the public record reach the operator's terminal: escape sequences, C0 and
// C1 controls and bidi overrides in them are shown, never run, by every printing command; --json
// stays the same JSON value, with those characters escaped (issue 10, item 12, terminal part).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSafe, terminalSafe } from '../../src/serve/cli/output.ts';
import { withoutControls } from '../../src/text/controls.ts';
import { REPO, tempDir } from '../helpers.ts';

const BIN = join(REPO, 'bin', 'radar57.js');

/** What a terminal would act on: C0 controls but tab and line feed, DEL, C1 controls, bidi controls. */
const ACTIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const HOSTILE_TITLE = 'Tin \u001b[2J\u001b]0;pwned\u0007 Điện Biên \u009b31m đỏ \u202etxt.exe\u202c \r xong';

function radar57(db: string, args: string[]) {
  const r = spawnSync(process.execPath, [BIN, '--db', db, ...args], { encoding: 'utf8', cwd: REPO });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('terminalSafe writes every active character out visibly and keeps text, tabs and line breaks', () => {
  assert.equal(terminalSafe('a\u001b[31mb\u009bc\u202ed\te\nf\rg'), 'a\\x1b[31mb\\x9bc\\u202ed\te\nf\\x0dg');
  assert.equal(terminalSafe('Nghị quyết 57-NQ/TW «đột phá» — 85%'), 'Nghị quyết 57-NQ/TW «đột phá» — 85%');
  const json = jsonSafe(JSON.stringify({ t: HOSTILE_TITLE }));
  assert.doesNotMatch(json, ACTIVE);
  assert.deepEqual(JSON.parse(json), { t: HOSTILE_TITLE }, 'the same JSON value');
});

test('search, show, facts, extract and ingest print a hostile title without its escapes; --json keeps the value', (t) => {
  const dir = tempDir(t);
  const db = join(dir, 'esc.db');
  const file = join(dir, 'tin\u001b[31m.jsonl');
  writeFileSync(file, `${JSON.stringify({ title: HOSTILE_TITLE, body: ['Tỉnh Điện Biên có 40 trạm 5G mới theo báo cáo ngày 1/11/2025 của Sở Khoa học và Công nghệ Điện Biên.'] })}\n{"title": 5}\n`);
  const ingest = radar57(db, ['ingest', file]);
  assert.equal(ingest.code, 0, ingest.stderr);
  const outputs = {
    ingest,
    search: radar57(db, ['search', 'Điện Biên']),
    show: radar57(db, ['show', '1']),
    facts: radar57(db, ['facts', '--document', '1']),
    extract: radar57(db, ['extract', file]),
  };
  for (const [name, r] of Object.entries(outputs)) {
    assert.equal(r.code, 0, `${name}: ${r.stderr}`);
    assert.doesNotMatch(r.stdout + r.stderr, ACTIVE, `${name} prints no active character`);
  }
  // Ingest already drops control sequences (src/text/controls.ts); what is left that a terminal acts
  // on (bidi overrides) is printed visibly. The file name, never stored, is escaped by the printer.
  assert.match(outputs.search.stdout, /Tin Điện Biên đỏ \\u202etxt\.exe\\u202c xong/);
  assert.match(outputs.extract.stdout + outputs.ingest.stdout + outputs.ingest.stderr, /tin\\x1b\[31m\.jsonl/);
  const json = radar57(db, ['search', 'Điện Biên', '--json']);
  assert.doesNotMatch(json.stdout, ACTIVE);
  assert.equal(JSON.parse(json.stdout).hits[0].title, withoutControls(HOSTILE_TITLE), 'the stored title as a JSON value');
});
