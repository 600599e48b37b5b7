// Person mentions. Two rules:
//  1. after a title or honorific (`Tổng Bí thư`, `Bộ trưởng Bộ KH&CN`, `PGS.TS`, `ông`, `đồng chí`),
//     with any organisation or place that qualifies the title in between, a capitalised run of
//     2–4 syllables (one is enough after `ông`/`bà`) is a name;
//  2. anywhere, a capitalised run of 2–4 syllables that starts with a common family name.
// The span runs from a title written directly before the name (`Tổng Bí thư Tô Lâm`); `name` is the
// name alone and `title` the title with its qualifier; `ông`/`bà`/`anh`/`chị`/`đồng chí` are honorifics,
// outside the span, and the title stays null. An appositive after the name is not the title. Not persons: a name inside an
// organisation's name (`Học viện Chính trị quốc gia Hồ Chí Minh`), a place (`Hà Nội`, `tỉnh Hòa
// Bình`, `Thành phố Hồ Chí Minh`) or a street (`đường Lê Lợi`). `tư tưởng Hồ Chí Minh` names the
// person and is kept.
import type { Span, StructuredDocument } from '../records.ts';
import { fieldsOf, type ExtractContext, type FieldText, type PersonMention } from './facts.ts';
import { organizationsOf } from './organizations.ts';
import { tokenize, isShouting, isTitleCase, type Token } from './names/tokens.ts';
import { nameKey } from './names/tone-key.ts';
import { coveredTokens, spansByField } from './names/spans.ts';
import { byIntroducers, bySurnames } from './names/person-rules.ts';
import { documentPlaces, type DocumentPlaces } from './names/document-places.ts';
import { listedLocalNames, parenthesisedLocalNames } from './names/local-names.ts';

export const EXTRACTOR = { name: 'persons', version: '2.0.0' } as const;

/** A person found in a field: the mention, where the name itself sits, and whether it is one syllable. */
interface Located {
  mention: PersonMention;
  nameStart: number;
  nameEnd: number;
  single: boolean;
}

/**
 * Tokens of local places the document names (`Bạch Ngọc` after `xã Bạch Ngọc` elsewhere, or in a
 * list of communes in parentheses): a family-name-led run there is the place, not a person.
 */
function localPlaceTokens(tokens: readonly Token[], places: DocumentPlaces): Set<number> {
  const out = new Set<number>();
  for (const [from, to] of [...parenthesisedLocalNames(tokens, places.parenthesisedCommunes), ...listedLocalNames(tokens)]) {
    for (let k = from; k < to; k++) out.add(k);
  }
  if (places.names.mayMatchIn(tokens)) {
    for (const m of places.names.findAll(tokens)) for (let k = m.from; k < m.to; k++) out.add(k);
  }
  return out;
}

function personsInField(field: FieldText, orgSpans: Array<{ start: number; end: number }>, places: DocumentPlaces): Located[] {
  if (isShouting(field.text)) return [];
  const tokens = tokenize(field.text);
  const { starts: orgTokens, covered: orgCovered } = coveredTokens(tokens, orgSpans);
  const titled = byIntroducers(tokens, field.text, orgTokens, orgCovered);
  const taken = localPlaceTokens(tokens, places);
  for (const f of titled) for (let k = f.from; k < f.to; k++) taken.add(k);
  const bare = isTitleCase(tokens) ? [] : bySurnames(tokens, taken, orgCovered);
  const all = [...titled, ...bare].sort((a, b) => a.from - b.from);
  return all.map((f) => {
    const nameStart = (tokens[f.from] as Token).start;
    const nameEnd = (tokens[f.to - 1] as Token).end;
    // The span runs from a title written directly before the name (`Tổng Bí thư Tô Lâm`).
    const start = f.titleFrom === null ? nameStart : (tokens[f.titleFrom] as Token).start;
    const mention: PersonMention = {
      kind: 'person',
      field: field.field,
      index: field.index,
      start,
      end: nameEnd,
      text: field.text.slice(start, nameEnd),
      name: field.text.slice(nameStart, nameEnd),
      title: f.title,
      confidence: f.confidence,
      extractor: EXTRACTOR.name,
      extractorVersion: EXTRACTOR.version,
    };
    return { mention, nameStart, nameEnd, single: f.to - f.from === 1 };
  });
}

/**
 * `ông Bình cho biết` is a person only when the document names someone in full whose given name is
 * `Bình` (`Trương Gia Bình`); the mention then carries that full name. Alone, `Bà Đen` (a mountain)
 * or `Ông Ích Khiêm` (a street) would be false persons.
 */
function resolveSingleNames(found: Located[]): Located[] {
  const byGivenName = new Map<string, string>();
  for (const p of found) {
    if (!p.single) byGivenName.set(nameKey(p.mention.name.split(/\s+/u).pop() ?? ''), p.mention.name);
  }
  const out: Located[] = [];
  for (const p of found) {
    const full = p.single ? byGivenName.get(nameKey(p.mention.name)) : p.mention.name;
    if (full) out.push({ ...p, mention: { ...p.mention, name: full } });
  }
  return out;
}

/** Places mask person names, so one document is asked for twice: results are kept per document object. */
const cache = new WeakMap<StructuredDocument, Located[]>();

function locatePersons(doc: StructuredDocument, ctx: ExtractContext): Located[] {
  let located = cache.get(doc);
  if (!located) {
    const orgs = spansByField(organizationsOf(doc, ctx));
    const places = documentPlaces(doc);
    located = resolveSingleNames(fieldsOf(doc).flatMap((field) => personsInField(field, orgs.get(`${field.field}:${field.index}`) ?? [], places)));
    cache.set(doc, located);
  }
  return located;
}

export function extractPersons(doc: StructuredDocument, ctx: ExtractContext): PersonMention[] {
  return locatePersons(doc, ctx).map((p) => ({ ...p.mention }));
}

/** Where the names themselves sit, titles left out: a place inside a title is still a place mention. */
export function personNameSpans(doc: StructuredDocument, ctx: ExtractContext): Span[] {
  return locatePersons(doc, ctx).map(({ mention, nameStart, nameEnd }) => ({
    field: mention.field,
    index: mention.index,
    start: nameStart,
    end: nameEnd,
    text: mention.name,
  }));
}

/** Identity key for one person across documents: case and tone placement (`Hoà`/`Hòa`) ignored. */
export function personKey(name: string): string {
  return nameKey(name);
}
