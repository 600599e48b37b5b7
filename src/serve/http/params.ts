// Query and body parameters that several routes share, validated by zod so that a bad value is a
// 400 naming its field (never a 500 further down): dates in the forms the CLI accepts, checked
// against the calendar, and opaque paging cursors.
import { z } from 'zod';
import { parsePeriod } from '../../text/periods.ts';
import { parseReportingPeriod } from '../../track/periods.ts';

function periodOf(value: string, ctx: z.RefinementCtx, dayOnly: boolean): string {
  try {
    const period = parsePeriod(value);
    if (dayOnly && period.length !== 10) throw new RangeError('expected a day: YYYY-MM-DD or dd/mm/yyyy');
    return period;
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
}

/** A year, a month or a day (`2025`, `2025-07`, `2025-07-02`, `2/7/2025`), as YYYY[-MM[-DD]]. */
export const period = z
  .string()
  .meta({ description: 'YYYY, YYYY-MM, YYYY-MM-DD or dd/mm/yyyy', examples: ['2025-07', '2/7/2025'] })
  .transform((value, ctx) => periodOf(value, ctx, false));

/** One day (`2025-07-02`, `2/7/2025`), as YYYY-MM-DD. */
export const day = z
  .string()
  .meta({ description: 'YYYY-MM-DD or dd/mm/yyyy', examples: ['2025-07-02'] })
  .transform((value, ctx) => periodOf(value, ctx, true));

/** Offsets past this are refused: no list is paged that deep (the search stops at 10,000). */
const MAX_OFFSET = 1_000_000;

export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

/**
 * An opaque cursor (base64url JSON, so clients cannot depend on what is inside and the server may
 * change it), decoded to the offset to continue from; 0 without one.
 */
export const cursor = z
  .string()
  .optional()
  .meta({ description: 'the nextCursor of the previous page' })
  .transform((value, ctx) => {
    if (!value) return 0;
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    } catch {
      decoded = null;
    }
    const offset = decoded !== null && typeof decoded === 'object' && 'o' in decoded ? decoded.o : null;
    if (typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 0 || offset > MAX_OFFSET) {
      ctx.addIssue({ code: 'custom', message: 'con trỏ phân trang không hợp lệ (dùng nextCursor của trang trước)' });
      return z.NEVER;
    }
    return offset;
  });

/**
 * A reporting period (src/track/periods.ts): `2025-07`, `2025-Q2`, `2025-H1`, `2025-9M`, `2025`,
 * or its Vietnamese label (`Quý II/2025`); the parsed period, with its days and cut-off window.
 */
export const reportingPeriodParam = z
  .string()
  .meta({ description: 'YYYY-MM, YYYY-Qn, YYYY-H1|H2, YYYY-9M, YYYY, or the Vietnamese label (Quý II/2025)', examples: ['2025-Q2', '2025-H1'] })
  .transform((value, ctx) => {
    try {
      return parseReportingPeriod(value);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
      return z.NEVER;
    }
  });
