// The task extractor among the others: extractFacts gives its tasks, its version is part of
// EXTRACTION_VERSION (so a change re-extracts stored facts), the store keeps task mentions with
// their span and version, and the pre-check before the costly rules loses no task.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFacts, EXTRACTION_VERSION } from '../../src/extract/index.ts';
import { extractTasks, readTasks, EXTRACTOR } from '../../src/extract/tasks/index.ts';
import { mayAssignTasks } from '../../src/extract/tasks/precheck.ts';
import { documentOf, parseTaskGold } from '../../src/extract/tasks/score.ts';
import { fieldsOf } from '../../src/extract/facts.ts';
import { openStore } from '../../src/store/index.ts';
import { factRecords } from '../../src/store/mentions.ts';
import { REPO } from '../helpers.ts';
import { docOf } from './tasks-helpers.ts';

const ASSIGNING = 'Giao Bộ Khoa học và Công nghệ chủ trì, phối hợp với Bộ Tài chính xây dựng Nghị định quy định chi tiết về quỹ đổi mới sáng tạo, trình Chính phủ trong quý II/2026.';

test('extractFacts gives the tasks and EXTRACTION_VERSION names the task extractor', () => {
  const { doc, ctx } = docOf([ASSIGNING], 'Nghị quyết phiên họp Chính phủ', '2026-01-10');
  const facts = extractFacts(doc, ctx);
  assert.equal(facts.tasks?.length, 1);
  const task = facts.tasks![0]!;
  assert.equal(task.lead.agencyId, 'bo-khcn');
  assert.equal(task.product, 'nghi_dinh');
  assert.deepEqual([task.deadline?.value, task.deadline?.precision], ['2026-06-30', 'quarter']);
  assert.ok(EXTRACTION_VERSION.includes(`${EXTRACTOR.name}@${EXTRACTOR.version}`));
});

test('the store keeps task mentions like other mentions, with span, version and fields', async () => {
  const store = await openStore(':memory:');
  try {
    const { doc, ctx } = docOf([ASSIGNING], 'Nghị quyết phiên họp Chính phủ', '2026-01-10');
    const facts = extractFacts(doc, ctx);
    await store.saveFile({ origin: 'a.txt', sourceHash: 'h1', format: 'text', documents: [doc], facts: [facts], extractionVersion: EXTRACTION_VERSION });
    const stored = await store.listMentions({ kind: 'task' });
    assert.equal(stored.length, 1);
    const m = stored[0]!;
    assert.equal(m.kind, 'task');
    if (m.kind !== 'task') return;
    assert.equal(m.extractor, 'tasks');
    assert.equal(m.field, 'body');
    assert.equal(m.text, ASSIGNING.slice(m.start, m.end));
    assert.equal(m.lead.name, 'Bộ Khoa học và Công nghệ');
    assert.deepEqual(m.coAgencies.map((a) => a.agencyId), ['bo-tai-chinh']);
    assert.ok(factRecords(facts).some((r) => r.kind === 'task'));
  } finally {
    await store.close();
  }
});

test('the pre-check passes every gold item that has a task and gives the same tasks as the rules alone', () => {
  for (const file of ['tuning.json', 'heldout.json']) {
    const gold = parseTaskGold(JSON.parse(readFileSync(join(REPO, 'test/gold/tasks', file), 'utf8')) as unknown, file);
    for (const item of gold.items) {
      const { doc, ctx } = documentOf(item);
      assert.deepEqual(extractTasks(doc, ctx), readTasks(doc, ctx), `${file}: ${JSON.stringify(item).slice(0, 120)}`);
    }
  }
});

test('the pre-check turns away text without any anchor word, list colon or table row', () => {
  const plain = docOf(
    ['Sáng 28/9, lúc 10:30, hàng nghìn người dân đã đến xem triển lãm sản phẩm công nghệ tại Hà Nội.', 'Ban tổ chức cho biết triển lãm kéo dài ba ngày.'],
    'Điện Biên đẩy mạnh thực hiện Nghị quyết 57-NQ/TW: nhiều mô hình hay',
  );
  assert.equal(mayAssignTasks(fieldsOf(plain.doc)), false);
  for (const text of [
    'Giao Sở Y tế triển khai bệnh án điện tử.',
    '1. Bộ Công an:',
    'Nhiệm vụ | Bộ Tài chính | Quý II/2026',
    'Sở Tài chính phối hợp xây dựng Đề án trong năm 2026.',
    // A weak marker with a deadline written without its year.
    'Sở Y tế phối hợp hoàn thiện hồ sơ trong tháng 7.',
  ]) {
    assert.equal(mayAssignTasks(fieldsOf(docOf([text]).doc)), true, text);
  }
});
