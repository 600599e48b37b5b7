// Full document numbers, in the two official shapes:
//   Party  `N-TYPE/ISSUER`            57-NQ/TW, 02-KH/BCĐTW, 229-QĐ/TW
//   State  `N/[YYYY/]TYPE-ISSUER[-…]` 759/QĐ-TTg, 13/2023/NĐ-CP, 04/TTr-BKHCN-BTTTT
//          `N/YYYY/QHnn`             93/2025/QH15 (laws and resolutions of the National Assembly)
//   Letter `N/ISSUER-UNIT`           1234/BKHCN-VP (công văn: the issuer code comes first, then the
//                                    drafting unit; taken only when the issuer code is known)
// Spaces around the separators and en/em dashes are tolerated; the id is rebuilt in the official
// spelling. A number written in the other shape than its issuer uses (`57/NQ-TW`) is rebuilt in the
// issuer's shape, so the same document always gets the same id.
import { issuerCode, looksLikePartyIssuer, typeCode } from './codes.ts';

export interface NumberedRef {
  start: number;
  end: number;
  id: string;
  /** Official type code (`NQ`), or null for `N/YYYY/QHnn`. */
  typeCode: string | null;
  typeName: string | null;
  /** Issuer codes in official spelling; several for joint documents. */
  issuerCodes: string[];
  issuerName: string | null;
}

const GAP = '[ \\u00A0]{0,2}';
const DASH = `${GAP}[-–—]${GAP}`;
const SLASH = `${GAP}/${GAP}`;
/** A code: capitals (with Đ and Ư), an optional lowercase tail (`TTg`, `TTr`, `QĐi`), a legislature number. */
const CODE = '[A-ZĐƯ]{1,8}[gri]?\\d{0,2}';
/** Joint issuers are written without spaces (`BKHCN-BTTTT`): a spaced dash would start a new clause. */
const ISSUERS = `${CODE}(?:-${CODE})*`;
const BEFORE = '(?<![\\p{L}\\p{N}/.,\\-–])';
const AFTER = '(?![\\p{L}\\p{N}])';

const PARTY_RE = new RegExp(`${BEFORE}(?<num>\\d{1,5})${DASH}(?<type>${CODE})${SLASH}(?<issuers>${ISSUERS})${AFTER}`, 'gu');
const STATE_RE = new RegExp(
  `${BEFORE}(?<num>\\d{1,5})${SLASH}(?:(?<year>(?:19|20)\\d{2})${SLASH})?` +
    `(?:(?<type>${CODE})${DASH}(?<issuers>${ISSUERS})|(?<legislature>(?:UBTVQH|QH)\\d{1,2}))${AFTER}`,
  'gu',
);

function issuerNames(codes: string[]): string | null {
  const names = codes.map((c) => issuerCode(c)?.name ?? null);
  if (names.every((n) => n === null)) return null;
  return names.map((n, i) => n ?? codes[i]).join(' – ');
}

/** `1234/BKHCN-VP`: an official letter, numbered by its issuer and the unit that drafted it. */
function buildLetter(start: number, end: number, num: string, codes: string[]): NumberedRef | null {
  const issuer = issuerCode(codes[0] ?? '');
  if (!issuer || issuer.party || codes.length < 2) return null;
  const id = `${num}/${[issuer.code, ...codes.slice(1)].join('-')}`;
  return { start, end, id, typeCode: 'CV', typeName: 'Công văn', issuerCodes: [issuer.code], issuerName: issuer.name };
}

function build(
  start: number, end: number, num: string, year: string | undefined, typeWritten: string | null, issuersWritten: string[],
): NumberedRef | null {
  const type = typeWritten === null ? null : typeCode(typeWritten);
  if (typeWritten !== null && type === null) return null; // `123/UBND-VX` and other non-document codes
  const issuers = issuersWritten.map((c) => issuerCode(c)?.code ?? c);
  const first = issuers[0] ?? '';
  let id: string;
  if (type === null) id = `${num}/${year}/${first}`;
  else if (looksLikePartyIssuer(first) && year === undefined) id = `${num}-${type.code}/${issuers.join('-')}`;
  else id = `${num}/${year ? `${year}/` : ''}${type.code}-${issuers.join('-')}`;
  return {
    start, end, id,
    typeCode: type?.code ?? null,
    typeName: type?.name ?? null,
    issuerCodes: issuers,
    issuerName: issuerNames(issuers),
  };
}

/**
 * What every match of both patterns contains: digits then a dash or slash. Most paragraphs have
 * none, and testing for it is much cheaper than running the patterns with their lookbehinds.
 */
const CORE = /\d[ \u00A0]{0,2}[-–—/]/;

export function findNumberedRefs(text: string): NumberedRef[] {
  const out: NumberedRef[] = [];
  if (!CORE.test(text)) return out;
  for (const m of text.matchAll(PARTY_RE)) {
    const g = m.groups ?? {};
    const ref = build(m.index, m.index + m[0].length, g.num ?? '', undefined, g.type ?? '', (g.issuers ?? '').split('-'));
    if (ref) out.push(ref);
  }
  for (const m of text.matchAll(STATE_RE)) {
    const g = m.groups ?? {};
    const issuers = g.legislature ? [g.legislature] : (g.issuers ?? '').split('-');
    const [start, end] = [m.index, m.index + m[0].length];
    const ref = build(start, end, g.num ?? '', g.year, g.legislature ? null : (g.type ?? ''), issuers)
      ?? (g.type && !g.year ? buildLetter(start, end, g.num ?? '', [g.type, ...issuers]) : null);
    if (ref) out.push(ref);
  }
  return out.sort((a, b) => a.start - b.start);
}
