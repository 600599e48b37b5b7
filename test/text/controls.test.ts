// Terminal control sequences and control characters do not enter the store (issue 10, items 12
// and the hostile-input corpus): a title from a page must not clear or retitle the terminal of
// whoever lists it later.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withoutControls } from '../../src/text/controls.ts';
import { readInput } from '../../src/pipeline/read-input.ts';

test('escape sequences go whole, control characters go, tab and line feed stay', () => {
  assert.equal(withoutControls('Tin \u001b[2J\u001b]0;bị chiếm\u0007nóng'), 'Tin nóng');
  assert.equal(withoutControls('Tin \u001b[1;31m đỏ \u001b[0m hết'), 'Tin đỏ hết');
  assert.equal(withoutControls('C1: \u009b31mđỏ\u009d0;tiêu đề\u009c xong'), 'C1: đỏ xong');
  assert.equal(withoutControls('a\u0000b\u0007c\u007fd'), 'abcd');
  assert.equal(withoutControls('cột\tcột\ndòng'), 'cột\tcột\ndòng');
  const plain = 'Hà Nội có 1.250 trạm 5G.';
  assert.equal(withoutControls(plain), plain);
});

test('documents read from any input have no control sequences in their fields', () => {
  const html = '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tin \u001b[2J nóng</title></head><body><article><h1>Tin \u001b[2J nóng \u001b[31mđỏ</h1><p>Theo báo cáo, tỉnh đã có 1.250 trạm 5G\u0007 được lắp đặt trong năm 2025.</p></article></body></html>';
  const jsonl = JSON.stringify({ title: 'Bản ghi \u001b]0;x\u0007 thường', body: ['Đoạn \u001b[2K một.'] });
  for (const [origin, text] of [['a.html', html], ['b.jsonl', jsonl]] as const) {
    const { documents } = readInput({ origin, bytes: Buffer.from(text) });
    const fields = documents.flatMap((d) => [d.title ?? '', d.lede ?? '', ...d.body]);
    assert.ok(fields.some((f) => f.length > 0), origin);
    for (const f of fields) assert.doesNotMatch(f, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/, `${origin}: ${JSON.stringify(f)}`);
  }
});
