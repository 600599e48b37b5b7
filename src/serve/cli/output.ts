// Everything the CLI prints goes through here. Titles, names and file names come from the public
// record and from uploaded files: printed raw, an escape sequence in a title (ESC [ … m, a C1 CSI,
// an OSC that sets the window title or writes a hyperlink) or a bidi override would be run by the
// operator's terminal. Human-readable output shows such characters as visible escapes; JSON output
// escapes them as \uXXXX, so that it stays the same JSON value and is safe in a terminal too.

/**
 * Characters a terminal acts on or that reorder what it shows: C0 controls but tab and line feed,
 * DEL, C1 controls, and the bidirectional marks, embeddings, overrides and isolates.
 */
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The same characters and the line and paragraph separators, which JSON.stringify leaves raw. */
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const hex = (c: string, width: number) => c.charCodeAt(0).toString(16).padStart(width, '0');

/** Text as a terminal may show it: each unsafe character written out as `\xHH` or `\uHHHH`. */
export function terminalSafe(text: string): string {
  return text.replace(TERMINAL_UNSAFE, (c) => (c.charCodeAt(0) <= 0xff ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));
}

/** JSON text with the characters above escaped as \uXXXX (valid JSON, the same value). */
export function jsonSafe(json: string): string {
  return json.replace(JSON_UNSAFE, (c) => `\\u${hex(c, 4)}`);
}

/** Human-readable output. Returns false when the pipe is full (see `drained`). */
export function printText(text: string): boolean {
  return process.stdout.write(terminalSafe(text));
}

/** Messages and warnings for the operator, on standard error. */
export function printError(text: string): void {
  process.stderr.write(terminalSafe(text));
}

export function printJson(value: unknown): void {
  process.stdout.write(`${jsonSafe(JSON.stringify(value, null, 2))}\n`);
}

/** One line of JSON (JSON Lines), waiting when the reader of the pipe is slower than the writer. */
export async function printJsonLine(value: unknown): Promise<void> {
  const ok = process.stdout.write(`${jsonSafe(JSON.stringify(value))}\n`);
  return ok ? Promise.resolve() : new Promise((resolve) => process.stdout.once('drain', () => resolve()));
}
