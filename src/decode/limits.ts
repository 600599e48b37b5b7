// Size limits checked before decoding, so a huge file fails fast with a clear reason instead of
// exhausting memory halfway through the pipeline.
import type { SourceFile } from '../records.ts';
import { DecodeError } from './decode-error.ts';

/** Largest input the decoder accepts by default: 64 MiB, far above any news article or feed dump. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/**
 * Largest size gzip data may inflate to, wherever it is inflated (ingest, uploads, crawled pages,
 * feeds and sitemaps): 32 MiB. Compression makes size checks on the bytes received meaningless (a
 * 1 MB file of zeros inflates to 1 GB), so inflation itself stops at this size. No news page comes
 * close (the largest seen are a few MB of HTML); a sitemap past it is split by any real site.
 */
export const MAX_INFLATED_BYTES = 32 * 1024 * 1024;

/** Throws a DecodeError naming the file when it is larger than `limit` bytes. */
export function checkInputSize(file: SourceFile, limit: number = MAX_INPUT_BYTES): void {
  if (file.bytes.length > limit) {
    throw new DecodeError(
      file.origin,
      'too-large',
      `file is too large: ${file.bytes.length} bytes, the limit is ${limit} bytes`,
    );
  }
}

/**
 * Length in UTF-16 code units of the longest line (split on \n, \r\n or \r). A cheap signal for
 * the structure stage, which decides what counts as suspiciously long for an article.
 */
export function longestLineLength(text: string): number {
  let longest = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (i === text.length || c === 10 || c === 13) {
      longest = Math.max(longest, i - start);
      start = i + 1;
    }
  }
  return longest;
}
