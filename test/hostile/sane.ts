// What "stored sanely" means for a hostile input: readable Unicode text, no control characters a
// terminal or spreadsheet would act on, no script URLs, and the words the input carried.
import type { StoredDocument } from '../../src/store/types.ts';

/** C0 controls but tab and line feed, DEL, C1 controls (ESC-less CSI 0x9b among them). */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function texts(doc: StoredDocument): string[] {
  return [doc.title ?? '', doc.lede ?? '', ...doc.body, ...doc.captions.map((c) => c.text), ...doc.related.map((r) => r.title)];
}

/** Everything wrong with one stored document; empty when it is sane. */
export function problems(doc: StoredDocument): string[] {
  const found: string[] = [];
  const all = texts(doc);
  if (!all.some((t) => /[\p{L}\p{N}]/u.test(t))) found.push(`document ${doc.id} has no letter or digit`);
  for (const t of all) {
    if (t.includes('\uFFFD')) found.push(`document ${doc.id}: replacement character in ${JSON.stringify(t.slice(0, 80))}`);
    if (CONTROL.test(t)) found.push(`document ${doc.id}: control character in ${JSON.stringify(t.slice(0, 80))}`);
    if (t !== t.normalize('NFC')) found.push(`document ${doc.id}: text not NFC`);
  }
  for (const url of [doc.url, ...doc.related.map((r) => r.url)]) {
    if (url !== null && !/^https?:\/\//i.test(url)) found.push(`document ${doc.id}: URL ${url.slice(0, 40)} is not http(s)`);
  }
  return found;
}

export function allText(docs: StoredDocument[]): string {
  return docs.flatMap(texts).join('\n');
}
