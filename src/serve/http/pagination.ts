// Opaque cursors: the position to continue from, base64url JSON, so clients cannot depend on what
// is inside and the server may change it.
import { HttpProblem } from './problem.ts';

export function encodeCursor(position: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

export function decodeCursor<T extends Record<string, unknown>>(cursor: string | undefined): T | null {
  if (!cursor) return null;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (value && typeof value === 'object') return value as T;
  } catch {
    // fall through
  }
  throw new HttpProblem(400, 'cursor: con trỏ phân trang không hợp lệ', [{ field: 'query.cursor', message: 'invalid cursor' }]);
}

/** Offset paging over a list computed in full: `{items, nextCursor}`. */
export function pageOf<T>(all: readonly T[], limit: number, cursor: string | undefined): { items: T[]; nextCursor: string | null } {
  const offset = Number(decodeCursor<{ o: number }>(cursor)?.o ?? 0);
  const items = all.slice(offset, offset + limit);
  return { items, nextCursor: offset + limit < all.length ? encodeCursor({ o: offset + limit }) : null };
}
