// Exact-match scoring of title, author and publication date, after the normalisation any reader
// would accept as "the same": Unicode form, case, runs of whitespace, typographic quotes and
// dashes; for authors also the list separators; dates to the calendar day (YYYY-MM-DD).

/** NFC, lower-case, straight quotes, plain hyphens, single spaces, no surrounding punctuation. */
export function normaliseTitle(text: string | null | undefined): string {
  if (!text) return '';
  return text.normalize('NFC').toLowerCase()
    .replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, '"').replace(/[‐‑‒–—―]/g, '-')
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim()
    .replace(/^[\s"'.,:;|-]+|[\s"'.,:;|-]+$/g, '');
}

/** Names in order, each normalised like a title; `A, B and C`, `A & B`, `A; B` are one list. */
export function normaliseAuthors(text: string | null | undefined): string[] {
  if (!text) return [];
  return normaliseTitle(text.replace(/^\s*(by|bởi)\s+/i, ''))
    .split(/\s*(?:,|;|&|\band\b|\bvà\b)\s*/u)
    .map((name) => name.trim())
    .filter(Boolean);
}

/** `2025-09-04`, `2025-09-04T10:00:00+07:00`, `2025-09` → the date part as written (day or month). */
export function normaliseDate(text: string | null | undefined): string {
  const match = text ? /^\s*(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(text) : null;
  if (!match) return '';
  return match[3] ? `${match[1]}-${match[2]}-${match[3]}` : `${match[1]}-${match[2]}`;
}

export function titleMatches(truth: string, extracted: string | null | undefined): boolean {
  const want = normaliseTitle(truth);
  return want !== '' && want === normaliseTitle(extracted);
}

export function authorMatches(truth: string, extracted: string | null | undefined): boolean {
  const want = normaliseAuthors(truth);
  const got = normaliseAuthors(extracted);
  return want.length > 0 && want.length === got.length && want.every((name, index) => name === got[index]);
}

/** A truth given to the month only is matched by any day of that month. */
export function dateMatches(truth: string, extracted: string | null | undefined): boolean {
  const want = normaliseDate(truth);
  const got = normaliseDate(extracted);
  return want !== '' && got.startsWith(want);
}
