// From raw bytes to structured documents: decode, then the reader the input's format calls for.
// Pure: no file system, no database. The ingest loop and `radar57 extract` both use it.
import type { EncodingName, InputFormat, SourceFile, StructuredDocument, StructureResult } from '../records.ts';
import { decode } from '../decode/index.ts';
import { structureText, detectFormat } from '../structure/index.ts';
import { decodeHtmlBytes, extractHtmlArticle } from '../structure/html/index.ts';
import { withoutControls } from '../text/controls.ts';

export interface ReadOptions {
  /** Force a reader instead of detecting the format. */
  format?: InputFormat;
  /** Force an encoding instead of detecting it (text inputs). */
  encoding?: EncodingName;
}

const GZIP_MAGIC = [0x1f, 0x8b];

/** HTML is recognised before decoding: its charset comes from the page itself, not from text heuristics. */
function looksLikeHtml(file: SourceFile): boolean {
  if (/\.html?(\.gz)?$/i.test(file.origin)) return true;
  if (file.contentType && /html/i.test(file.contentType)) return true;
  const b = file.bytes;
  if (b[0] === GZIP_MAGIC[0] && b[1] === GZIP_MAGIC[1]) return true;
  const head = Buffer.from(b.subarray(0, 512)).toString('latin1').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

/** Every path that stores documents reads through here: control sequences are dropped once, for all. */
export function readInput(file: SourceFile, options: ReadOptions = {}): StructureResult {
  const result = readStructured(file, options);
  return { ...result, documents: result.documents.map(cleanControls) };
}

function cleanControls(doc: StructuredDocument): StructuredDocument {
  const line = (t: string | null) => (t === null ? null : withoutControls(t) || null);
  return {
    ...doc,
    title: line(doc.title),
    author: line(doc.author),
    authorNote: line(doc.authorNote),
    site: line(doc.site),
    category: line(doc.category),
    lede: line(doc.lede),
    body: doc.body.map(withoutControls).filter((p) => p.length > 0),
    captions: doc.captions.map((c) => ({ ...c, text: withoutControls(c.text), credit: line(c.credit) })),
    related: doc.related.map((r) => ({ ...r, title: withoutControls(r.title) })),
  };
}

function readStructured(file: SourceFile, options: ReadOptions): StructureResult {
  if (options.format === 'html' || (options.format === undefined && looksLikeHtml(file))) {
    const html = decodeHtmlBytes(file.bytes, file.contentType ?? null);
    const document = extractHtmlArticle(html, { url: file.url ?? null });
    return { origin: file.origin, format: 'html', documents: [document], warnings: [] };
  }
  const decoded = decode(file, options.encoding ? { encoding: options.encoding } : undefined);
  const format = options.format ?? detectFormat(decoded.text);
  if (format === 'html') return readStructured(file, { ...options, format: 'html' });
  return structureText(decoded, { format });
}
