// Reads the charset a transport declared (HTTP Content-Type, or a similar hint) and maps it onto
// the encodings the decoder knows. Unknown names give null, and detection takes over.
import type { EncodingName } from '../records.ts';

const ALIASES: Readonly<Record<string, EncodingName>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'windows-1258': 'windows-1258',
  cp1258: 'windows-1258',
  'x-cp1258': 'windows-1258',
  viscii: 'viscii',
  'x-viet-viscii': 'viscii',
  tcvn: 'tcvn3',
  tcvn3: 'tcvn3',
  'tcvn-3': 'tcvn3',
  'tcvn5712-1': 'tcvn3',
  'x-viet-tcvn5712': 'tcvn3',
};

/** Every encoding the decoder accepts, by its canonical name. */
export const ENCODING_NAMES: readonly EncodingName[] = ['utf-8', 'utf-16le', 'utf-16be', 'tcvn3', 'viscii', 'windows-1258'];

/**
 * The encoding a user or a document means by `name` (canonical names and common aliases such as
 * utf8, cp1258, tcvn, x-viet-tcvn5712; any case), or null when it is not one the decoder knows.
 */
export function encodingFromName(name: string): EncodingName | null {
  return ALIASES[name.trim().toLowerCase()] ?? null;
}

/** The encoding named by `charset=` in a Content-Type value, or null. */
export function parseDeclaredCharset(contentType: string | null | undefined): EncodingName | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType);
  if (!match?.[1]) return null;
  return encodingFromName(match[1]);
}
