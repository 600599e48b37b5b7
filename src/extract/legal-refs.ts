// Legal and Party documents cited in Vietnamese news → LegalRefMention.
//
// Three kinds of mention, in this order of precedence where they overlap:
//  1. Full document numbers (`57-NQ/TW`, `13/2023/NĐ-CP`, `93/2025/QH15`): id rebuilt in the official
//     spelling; type and issuer expanded from the codes. The span is the number alone: the type noun
//     before it is reported in `type`.
//  2. Short references (`Nghị quyết 57`, `Kế hoạch số 01`, `NQ57`): resolved to a full id written
//     elsewhere in the same document, else to the programme's known documents; resolved only when
//     exactly one id fits. Unresolved ones are still emitted, with id null, the type set and a low
//     confidence, so a reader can see the citation; weak nouns (`Quyết định 759`, no `số`) are emitted
//     only when resolved.
//  3. Laws named without a number (`Luật Trí tuệ nhân tạo`): id null, `lawName` set.
// `N/YYYY/QHnn` is shared by laws and National Assembly resolutions, so its type is the noun written
// before it (`Luật số …`, `Nghị quyết số …`), else the type of that id in the known documents, else null.
// Issuer: the body named by `của …` right after the reference and its date (`của Bộ Chính trị`,
// `của Thành ủy Hà Nội`), else the known document's issuer, else the expansion of the issuer codes.
import type { StructuredDocument } from '../records.ts';
import { fieldsOf } from './facts.ts';
import type { ExtractContext, FieldText, LegalRefMention } from './facts.ts';
import { dateAfter, issuerAfter, typeNounBefore } from './legal/context.ts';
import { knownDocument, KNOWN_DOCUMENT_IDS } from './legal/known-documents.ts';
import { findLawNames } from './legal/law-names.ts';
import { findNumberedRefs } from './legal/numbered.ts';
import type { NumberedRef } from './legal/numbered.ts';
import { findShortRefs, resolveShortRef } from './legal/short-refs.ts';
import { nameKey } from './names/tone-key.ts';
import type { ShortRef } from './legal/short-refs.ts';

export { resolveShortRef } from './legal/short-refs.ts';

export const EXTRACTOR = { name: 'legal-refs', version: '2.0.0' } as const;

type Found = Omit<LegalRefMention, 'kind' | 'field' | 'index' | 'text' | 'extractor' | 'extractorVersion'>;

/** Known documents are written with their official leading zeros: `1-KH/BCĐTW` becomes `01-KH/BCĐTW`. */
function canonicalId(id: string): string {
  const unpadded = id.replace(/^0+(?=\d)/u, '');
  return KNOWN_DOCUMENT_IDS.find((k) => k.replace(/^0+(?=\d)/u, '') === unpadded) ?? id;
}

/** Issuer and date from the words after a reference, the known documents, then the id's codes. */
function issuerAndDate(
  text: string, end: number, id: string | null, issuerOfCodes: string | null,
): { date: string | null; issuer: string | null } {
  const date = dateAfter(text, end);
  const named = issuerAfter(text, date?.end ?? end);
  const known = id === null ? null : knownDocument(id);
  return { date: date?.iso ?? null, issuer: named ?? known?.issuer ?? issuerOfCodes };
}

function fromNumbered(text: string, ref: NumberedRef): Found {
  const id = canonicalId(ref.id);
  const known = knownDocument(id);
  const type = ref.typeName ?? typeNounBefore(text, ref.start) ?? known?.type ?? null;
  const { date, issuer } = issuerAndDate(text, ref.end, id, ref.issuerName);
  return {
    start: ref.start, end: ref.end, id, type, issuer, date, lawName: null,
    confidence: ref.typeCode === null ? 0.9 : 0.95,
  };
}

/** Decrees are issued by the Government alone, so `Nghị định 13/2023` can only be `13/2023/NĐ-CP`. */
function decreeId(short: ShortRef): string | null {
  return short.typeName === 'Nghị định' && short.year !== null ? `${short.number}/${short.year}/NĐ-CP` : null;
}

/**
 * The official number of a document cited by its type, number and issuer (`Nghị quyết 57 của Bộ
 * Chính trị` → `57-NQ/TW`, `Quyết định 319 ngày 8/3/2022 của Thủ tướng Chính phủ` → `319/QĐ-TTg`):
 * each issuer numbers its documents in one shape. Issuers whose numbers carry a year (the Government's
 * decrees) take it from the issue date; the National Assembly's carry a legislature the text rarely
 * gives, so they are left unresolved.
 */
const ISSUER_SHAPES: ReadonlyArray<{ issuer: RegExp; shape: (num: string, code: string, year: string | null) => string | null }> = [
  { issuer: /^(?:Bộ Chính trị|Ban Chấp hành Trung ương|Ban Bí thư)/u, shape: (n, c) => `${n}-${c}/TW` },
  { issuer: /^Thủ tướng Chính phủ$/u, shape: (n, c) => (c === 'QĐ' || c === 'CT' ? `${n}/${c}-TTg` : null) },
  { issuer: /^Chính phủ$/u, shape: (n, c, y) => (c === 'NQ' ? `${n}/NQ-CP` : c === 'NĐ' && y ? `${n}/${y}/NĐ-CP` : null) },
  { issuer: /^Văn phòng Chính phủ$/u, shape: (n, c) => (c === 'TB' ? `${n}/TB-VPCP` : null) },
];

/** The rest of a list of numbers after one of them: `, 59, 66 và 68`. */
const LIST_REST = /^(?:[ \u00A0]*,[ \u00A0]*\d{1,4}|[ \u00A0]+và[ \u00A0]+\d{1,4})*/u;

function idFromIssuer(short: ShortRef, issuer: string | null, date: string | null): string | null {
  if (issuer === null || short.typeCode === null) return null;
  const year = short.year ?? date?.slice(0, 4) ?? null;
  for (const { issuer: re, shape } of ISSUER_SHAPES) if (re.test(issuer)) return shape(short.number, short.typeCode, year);
  return null;
}

function overlaps(a: { start: number; end: number }, taken: { start: number; end: number }[]): boolean {
  return taken.some((t) => a.start < t.end && a.end > t.start);
}

function fieldMentions(field: FieldText, numberedRefs: readonly NumberedRef[], docIds: readonly string[]): Found[] {
  const text = field.text;
  const found: Found[] = numberedRefs.map((ref) => fromNumbered(text, ref));
  for (const short of findShortRefs(text)) {
    if (overlaps(short, found)) continue;
    const type = short.typeCode ?? short.typeName;
    const inDocument = resolveShortRef(type, short.number, docIds, short.year);
    // `Nghị quyết 57, 59, 66 và 68 của Bộ Chính trị`: the issuer after a list is every listed number's.
    const written = issuerAndDate(text, short.end + (LIST_REST.exec(text.slice(short.end))?.[0].length ?? 0), null, null);
    // The issuer the text names outranks the programme's list (`Nghị quyết 71 của Bộ Chính trị` is not `71/NQ-CP`).
    const id = inDocument ?? idFromIssuer(short, written.issuer, written.date) ??
      resolveShortRef(type, short.number, KNOWN_DOCUMENT_IDS, short.year) ?? decreeId(short);
    if (id === null && short.needsResolution) continue;
    const issuerOfId = id === null ? null : findNumberedRefs(id)[0]?.issuerName ?? null;
    const { date, issuer } = issuerAndDate(text, short.end, id, issuerOfId);
    const typeName = id === null ? short.typeName : knownDocument(id)?.type ?? short.typeName;
    const confidence = inDocument ? 0.85 : id ? 0.75 : 0.5;
    found.push({ start: short.start, end: short.end, id, type: typeName, issuer, date, lawName: null, confidence });
  }
  for (const law of findLawNames(text)) {
    if (overlaps(law, found)) continue;
    // `Luật Dữ liệu số 60/2024/QH15`, `… (số 91/2025/QH15)`: the name belongs to the numbered mention that follows it.
    const numbered = found.find((f) => f.id !== null && /^[ \u00A0]*[(,]?[ \u00A0]*số[ \u00A0]+$/u.test(text.slice(law.end, f.start)));
    if (numbered) {
      Object.assign(numbered, { type: law.type, lawName: law.name });
      continue;
    }
    found.push({ start: law.start, end: law.end, id: null, type: law.type, issuer: null, date: null, lawName: law.name, confidence: 0.85 });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Topics read the cited laws' names, so the same document is asked for twice in a row: results are
 * kept per document object (records are not mutated after the structure stage); a WeakMap holds
 * them no longer than the document itself. Callers get copies.
 */
const cache = new WeakMap<StructuredDocument, LegalRefMention[]>();

export function extractLegalRefs(doc: StructuredDocument, _ctx: ExtractContext): LegalRefMention[] {
  let found = cache.get(doc);
  if (!found) {
    found = computeLegalRefs(doc);
    cache.set(doc, found);
  }
  return found.map((m) => ({ ...m }));
}

function computeLegalRefs(doc: StructuredDocument): LegalRefMention[] {
  const fields = fieldsOf(doc);
  // Numbered references are read once per field: they give the document's ids and the field's mentions.
  const numbered = fields.map((f) => findNumberedRefs(f.text));
  const docIds = [...new Set(numbered.flatMap((refs) => refs.map((r) => canonicalId(r.id))))];
  const mentions = fields.flatMap((field, k) =>
    fieldMentions(field, numbered[k] ?? [], docIds).map((f) => ({
      kind: 'legalRef' as const,
      field: field.field,
      index: field.index,
      text: field.text.slice(f.start, f.end),
      ...f,
      extractor: EXTRACTOR.name,
      extractorVersion: EXTRACTOR.version,
    })),
  );
  return resolveLawNames(mentions, new Map(fields.map((f) => [`${f.field}:${f.index}`, f.text])));
}

/** `Luật Trí tuệ nhân tạo (AI)`: the short name the text gives a law in parentheses, as `Luật AI`. */
const LAW_ABBREVIATION_AFTER = /^[ \u00A0]*\((?<abbr>[A-ZĐ][A-Za-zĐđ0-9&]{0,9})\)/u;

/**
 * One law, one key through the document: a name said once with its number (`Luật Bảo vệ dữ liệu cá
 * nhân (số 91/2025/QH15)`) carries that number wherever it is named again, and a short name the
 * text gave it (`Luật AI`) is the full name.
 */
function resolveLawNames(mentions: LegalRefMention[], texts: ReadonlyMap<string, string>): LegalRefMention[] {
  const idOfLaw = new Map<string, string>();
  const fullOfShort = new Map<string, string>();
  for (const m of mentions) {
    if (m.lawName === null) continue;
    if (m.id !== null) idOfLaw.set(nameKey(m.lawName), m.id);
    const text = texts.get(`${m.field}:${m.index}`) ?? '';
    const abbr = LAW_ABBREVIATION_AFTER.exec(text.slice(m.end))?.groups?.abbr;
    if (abbr && m.id === null) fullOfShort.set(nameKey(`${m.type ?? 'Luật'} ${abbr}`), m.lawName);
  }
  if (idOfLaw.size === 0 && fullOfShort.size === 0) return mentions;
  return mentions.map((m) => {
    if (m.lawName === null || m.id !== null) return m;
    const lawName = fullOfShort.get(nameKey(m.lawName)) ?? m.lawName;
    const id = idOfLaw.get(nameKey(lawName)) ?? null;
    return lawName === m.lawName && id === null ? m : { ...m, lawName, id, confidence: Math.min(m.confidence, 0.8) };
  });
}

/** The distinct document ids a document cites, in order of first citation. */
export function citationsOf(docFacts: LegalRefMention[]): string[] {
  return [...new Set(docFacts.flatMap((m) => (m.id === null ? [] : [m.id])))];
}
