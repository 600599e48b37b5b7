// Where a document came from, as each audience may see it. The store keeps the full origin of a
// file (an absolute path on the server: the demo's seed folder, an operator's share; an upload's
// is its content hash and name); readers see only its file name, editors and admins the whole path they need
// to find the file again. URLs and other origins without a folder are shown as they are.
import type { User } from '../../store/accounts.ts';

/** Editors and admins manage the inputs: they see the server's paths. */
export function seesServerPaths(user: User | null): boolean {
  return user?.role === 'editor' || user?.role === 'admin';
}

/** A file's name without its folders; a URL unchanged. */
export function originForReaders(origin: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(origin)) return origin;
  return origin.split(/[\\/]/).filter(Boolean).pop() ?? origin;
}

/**
 * A JSON.stringify replacer for readers: every `source` (a document's origin) and `sources` (an
 * observation's) anywhere in a response loses its folders. Applied to whole responses, so a new
 * route that returns documents or observations is covered without knowing about it.
 */
export function readerReplacer(key: string, value: unknown): unknown {
  if (key === 'source' && typeof value === 'string') return originForReaders(value);
  if (key === 'sources' && Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? originForReaders(v) : v));
  return value;
}

/**
 * A response as JSON for this user: as it is for editors and admins, with readerReplacer for
 * everyone else. Most answers carry no provenance at all: only those that name a `source` are
 * written a second time through the replacer (a replacer called on every key costs on every answer).
 */
export function jsonFor(user: User | null, value: unknown): string {
  const json = JSON.stringify(value);
  return seesServerPaths(user) || !json.includes('"source') ? json : JSON.stringify(value, readerReplacer);
}
