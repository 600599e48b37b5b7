// Inflating gzip data with a bound on the output: the one place the pipeline gunzips (HTML pages,
// `.gz` files, feeds and sitemaps), so that no input can inflate past MAX_INFLATED_BYTES.
import { gunzipSync } from 'node:zlib';
import { DecodeError } from './decode-error.ts';
import { MAX_INFLATED_BYTES } from './limits.ts';

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

const megabytes = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/**
 * The inflated bytes of gzip data. zlib stops as soon as the output would pass `limit`, so a
 * bomb costs at most `limit` bytes of memory; it is then a DecodeError naming `origin`.
 */
export function gunzipLimited(bytes: Uint8Array, origin: string, limit: number = MAX_INFLATED_BYTES): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: limit });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new DecodeError(origin, 'too-large', `gzip data inflates to more than ${megabytes(limit)}, the limit for one input (${bytes.length} bytes compressed)`);
    }
    throw new DecodeError(origin, 'invalid-gzip', `not valid gzip data: ${(error as Error).message}`);
  }
}
