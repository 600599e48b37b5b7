// A small stand-in reader for the two seed formats, used by the evaluation only when the structure
// stage (src/structure/index.ts, `structureText`) is not available. It follows the document
// conventions of test/gold/README.md and nothing more: it is not the project's reader.
import type { Caption, StructuredDocument } from '../../records.ts';
import { normalizeText } from '../../text/normalize.ts';
import { emptyDocument } from '../../structure/document.ts';

const doc = emptyDocument;

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
const endsSentence = (s: string): boolean => /[.!?…]["”’)]?$/.test(s);
const DATE_LINE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})$/;
const CREDIT = /\s+Ảnh:\s*(.+)$/;

/** Lede list: one brief per non-empty line, the line as its only body paragraph. */
function readLedes(lines: string[]): StructuredDocument[] {
  return lines.filter((l) => l).map((l) => ({ ...doc('brief'), body: [l] }));
}

/** Page dump: title, date line, lede, body paragraphs and captions, then `Tin bài khác` teasers. */
function readPage(lines: string[]): StructuredDocument[] {
  const dateAt = lines.findIndex((l) => DATE_LINE.test(l));
  if (dateAt < 0) throw new Error('page dump without a date line');
  const article = doc('article');
  const m = DATE_LINE.exec(lines[dateAt]!)!;
  const two = (s: string): string => s.padStart(2, '0');
  article.published = `${m[3]}-${two(m[2]!)}-${two(m[1]!)}T${two(m[4]!)}:${m[5]}:00+07:00`;
  article.publishedPrecision = 'datetime';
  // Title: the last line of six words or more before the date line (the category is shorter).
  for (let i = dateAt - 1; i >= 0; i--) if (words(lines[i]!) >= 6) { article.title = lines[i]!; break; }
  const teasersAt = lines.findIndex((l) => /^tin bài khác$/i.test(l));
  const end = teasersAt < 0 ? lines.length : teasersAt;
  const captions: Caption[] = [];
  for (let i = dateAt + 1; i < end; i++) {
    const line = lines[i]!;
    if (!line || line === article.title) continue; // blank, or a photo's alt text
    const credit = CREDIT.exec(line);
    if (credit && article.lede) {
      captions.push({ text: line.slice(0, credit.index), credit: credit[1]! });
      continue;
    }
    // Prose paragraphs end a sentence; ad labels, link runs, bylines and site names do not.
    if (words(line) < 8 || !endsSentence(line)) continue;
    if (!article.lede) article.lede = line;
    else article.body.push(line);
  }
  article.captions = captions;
  const docs = [article];
  if (teasersAt >= 0) {
    let current: StructuredDocument | null = null;
    for (const line of lines.slice(teasersAt + 1)) {
      if (!line || !/\s/.test(line)) continue; // blank, or a slug
      if (current && line === current.title) continue; // the title repeated
      if (current && !current.lede && endsSentence(line) && words(line) >= 8) {
        current.lede = line;
        continue;
      }
      current = { ...doc('teaser'), title: line, parent: 0 };
      docs.push(current);
    }
  }
  return docs;
}

/** Reads a seed file's text in the given format (`ledes` or `page`). */
export function readSeedFallback(text: string, format: string): StructuredDocument[] {
  const lines = normalizeText(text)
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim());
  if (format === 'ledes') return readLedes(lines);
  if (format === 'page') return readPage(lines);
  throw new Error(`the fallback reader does not read format "${format}"`);
}
