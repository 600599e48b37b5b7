// The records that flow through the pipeline, one type per hand-off between stages:
//
//   SourceFile ─decode→ DecodedText ─structure→ StructuredDocument[] ─extract→ DocumentFacts
//        ─link→ (entities, observations) ─store→ database ─serve→ CLI, HTTP, web
//
// Every stage is a function from one of these records to the next; I/O happens only at the edges
// (reading files, fetching URLs, the database). Keep this file free of logic.

/** Raw bytes as they arrived, with where they came from. */
export interface SourceFile {
  /** File path, or URL for fetched content. Used in every error message about this input. */
  origin: string;
  bytes: Uint8Array;
  /** Content-Type header or similar hint, when the transport gave one. */
  contentType?: string | null;
  /** URL of the page, when known (fetched pages, JSONL records that carry one). */
  url?: string | null;
}

/** Names of the encodings the decoder understands. */
export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'tcvn3' | 'viscii' | 'windows-1258';

/** Text decoded to NFC Unicode. */
export interface DecodedText {
  origin: string;
  text: string;
  encoding: EncodingName;
  /** How the encoding was chosen: a byte-order mark, forced by the user, or a detection heuristic. */
  encodingEvidence: 'bom' | 'forced' | 'detected' | 'declared';
  url?: string | null;
  contentType?: string | null;
}

export type DocumentKind = 'article' | 'brief' | 'teaser';

/** How precisely the published time is known. */
export type TimePrecision = 'datetime' | 'date' | 'month' | 'year' | 'unknown';

export interface Caption {
  text: string;
  /** Photo credit split off the caption (`Ảnh: VGP` → `VGP`). */
  credit: string | null;
}

export interface RelatedLink {
  title: string;
  url: string | null;
}

/** Input formats the structure stage can read. */
export type InputFormat = 'page' | 'ledes' | 'plain' | 'jsonl' | 'html';

/**
 * One clean document, as the structure stage makes it. All text is NFC; nothing is folded.
 * `parent` is the index, within the same extraction result, of the document this one was found on
 * (teasers listed under an article's "Tin bài khác").
 */
export interface StructuredDocument {
  kind: DocumentKind;
  title: string | null;
  /** ISO-8601; with offset (+07:00 for Vietnamese sites without one) when precision is datetime. */
  published: string | null;
  publishedPrecision: TimePrecision;
  author: string | null;
  /** What followed the author's name in the byline, e.g. `tổng hợp`, `theo TTXVN`. */
  authorNote: string | null;
  site: string | null;
  category: string | null;
  lede: string | null;
  body: string[];
  captions: Caption[];
  related: RelatedLink[];
  parent: number | null;
  url: string | null;
}

/** The output of the structure stage for one input. */
export interface StructureResult {
  origin: string;
  format: InputFormat;
  documents: StructuredDocument[];
  /** Non-fatal problems (a bad JSONL line, …): reported, never silently dropped. */
  warnings: string[];
  /**
   * The day the input was captured (YYYY-MM-DD), when the capture says so (a ` date 2025-12-11` prefix
   * written by the scraper). Never a publication date; it only completes dates that lack a year.
   */
  capturedOn?: string | null;
}

/** Where a fact sits inside a StructuredDocument. */
export type DocumentField = 'title' | 'lede' | 'body' | 'caption';

/** Provenance of every extracted fact: document field, paragraph index, character offsets. */
export interface Span {
  field: DocumentField;
  /** Paragraph index for body, caption index for caption, 0 for title and lede. */
  index: number;
  /** UTF-16 code-unit offsets into the NFC text of that field (JavaScript string indices). */
  start: number;
  end: number;
  text: string;
}
