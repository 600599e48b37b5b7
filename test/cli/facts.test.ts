// The commands over extracted facts as a user runs them: facts, entity, reextract, search filters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO, SEED_DIR, tempDir } from '../helpers.ts';

const BIN = join(REPO, 'bin', 'radar57.js');

function radar57(db: string, args: string[]) {
  const r = spawnSync(process.execPath, [BIN, '--db', db, ...args], { encoding: 'utf8', cwd: REPO });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function json(db: string, args: string[]) {
  const r = radar57(db, [...args, '--json']);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout);
}

test('facts, entity, search filters and reextract over the ingested seeds', (t) => {
  const db = join(tempDir(t), 'facts.db');
  assert.equal(radar57(db, ['ingest', SEED_DIR]).code, 0);

  const persons = json(db, ['facts', '--kind', 'person', '--limit', '3']);
  assert.equal(persons.count, 3);
  for (const m of persons.mentions) {
    assert.equal(m.kind, 'person');
    for (const key of ['documentId', 'field', 'index', 'start', 'end', 'text', 'name', 'confidence', 'extractor', 'extractorVersion']) {
      assert.ok(key in m, `missing ${key}`);
    }
    assert.equal(m.extractedBy, `${m.extractor}@${m.extractorVersion}`);
  }
  const table = radar57(db, ['facts', '--kind', 'person', '--limit', '3']);
  assert.equal(table.code, 0, table.stderr);
  assert.match(table.stdout, /^Tài liệu\s+Loại\s+Vị trí/);
  assert.equal(table.stdout.split('\n').filter((l) => /^#\d+/.test(l)).length, 3);

  const found = json(db, ['entity', 'to lam']);
  assert.equal(found.count, 1);
  const toLam = found.entities[0];
  assert.equal(toLam.name, 'Tô Lâm');
  assert.equal(toLam.kind, 'person');
  assert.ok(toLam.mentionCount >= 2);
  const monthly = toLam.byMonth.reduce((n: number, m: { mentions: number }) => n + m.mentions, 0);
  assert.equal(monthly + toLam.undatedMentions, toLam.mentionCount);
  const human = radar57(db, ['entity', 'Tô Lâm']);
  assert.match(human.stdout, /Số lần nhắc: \d+ trong \d+ tài liệu/);

  // Documents mentioning him, with and without query words.
  const listed = json(db, ['search', '', '--person', 'Tô Lâm']);
  const docIds = new Set(toLam.documents.map((d: { id: number }) => d.id));
  assert.equal(listed.count, docIds.size);
  assert.ok(listed.hits.every((h: { id: number; similar: number }) => docIds.has(h.id) && h.similar === 0));
  const citing = json(db, ['search', 'khoa hoc', '--cites', '57-NQ/TW', '--limit', '100']);
  const all = json(db, ['search', 'khoa hoc', '--limit', '100']);
  assert.ok(citing.count > 0 && citing.count < all.count);
  const unknown = json(db, ['search', 'khoa hoc', '--person', 'Không Ai Cả']);
  assert.equal(unknown.count, 0);

  const nothing = json(db, ['reextract']);
  assert.equal(nothing.selected, 0);
  const again = json(db, ['reextract', '--all']);
  assert.equal(again.reextracted, again.selected);
  assert.ok(again.selected > 0);
  assert.equal(json(db, ['entity', 'to lam']).entities[0].mentionCount, toLam.mentionCount);
});

test('facts and entity refuse unknown kinds clearly', (t) => {
  const db = join(tempDir(t), 'kinds.db');
  const facts = radar57(db, ['facts', '--kind', 'novel']);
  assert.notEqual(facts.code, 0);
  assert.match(facts.stderr, /kind must be one of/);
  const entity = radar57(db, ['entity', 'x', '--kind', 'date']);
  assert.notEqual(entity.code, 0);
  assert.match(entity.stderr, /kind must be one of/);
  const none = radar57(db, ['entity', 'không có']);
  assert.equal(none.code, 0);
  assert.match(none.stdout, /Không tìm thấy/);
});
