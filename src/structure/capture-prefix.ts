// Some scrapers write the capture day in front of the page text: ` date 2025-12-11 <first line>`.
// It is when the page was saved, not when the article was published, so it is cut off the first
// line and kept apart (it still tells the year of dates written without one).
import { parseIsoDate } from '../text/datetime.ts';

const PREFIX = /^\s*date\s+(\d{4}-\d{2}-\d{2})(?:\s+|$)/;

export interface CapturePrefix {
  /** The lines with the prefix removed from the first non-blank one. */
  lines: string[];
  capturedOn: string | null;
}

export function stripCapturePrefix(lines: string[]): CapturePrefix {
  const first = lines.findIndex((line) => line.trim() !== '');
  const m = first < 0 ? null : PREFIX.exec(lines[first] ?? '');
  if (!m || !parseIsoDate(m[1] ?? '')) return { lines, capturedOn: null };
  const rest = [...lines];
  rest[first] = (lines[first] ?? '').slice(m[0].length).trim();
  return { lines: rest, capturedOn: m[1] ?? null };
}
