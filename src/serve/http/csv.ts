// CSV cells for exports opened in spreadsheets. A cell that begins with =, +, -, @, a tab or a
// carriage return is read by Excel, LibreOffice and Google Sheets as a formula, so a sentence from
// a crawled page could run one on an analyst's machine (OWASP "CSV injection"): such a cell gets a
// leading apostrophe, which spreadsheets show as text. A cell that is only a number (-12.5) is not
// a formula and stays a number.
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(' ') : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
