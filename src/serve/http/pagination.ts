// Paging: `{items, nextCursor}` from an offset (the `cursor` parameter of params.ts decodes it).
import { encodeCursor } from './params.ts';

export { encodeCursor };

/** Offset paging over a list computed in full. */
export function pageOf<T>(all: readonly T[], limit: number, offset: number): { items: T[]; nextCursor: string | null } {
  const items = all.slice(offset, offset + limit);
  return { items, nextCursor: offset + limit < all.length ? encodeCursor(offset + limit) : null };
}

/** A page read with one row more than asked: the extra row says whether there is a next page. */
export function pageOfRows<T>(rows: readonly T[], limit: number, offset: number): { items: T[]; nextCursor: string | null } {
  return { items: rows.slice(0, limit), nextCursor: rows.length > limit ? encodeCursor(offset + limit) : null };
}
