// Place mentions: provinces (the 63 before 1/7/2025 and the 34 after, with their aliases),
// countries and regions, matched on tone-placement-insensitive keys.
//
// Decisions, applied consistently:
// - A place that locates an organisation, at the end of its name or after a level word, is a place
//   mention marked `within: 'organization'` (`UBND tỉnh Điện Biên`, `Công an xã Long Cốc`); a country
//   ending a national body's name (`… Viễn thông Việt Nam`) and a place in the middle of a name (`Báo
//   Sài Gòn Giải Phóng`) are not. Nor is a place inside a person's name (`Nguyễn Hòa Bình`).
// - Communes, wards and districts outside the gazetteer are read after their level word (`xã Long
//   Cốc`); once a document has named one so, the bare name is that place elsewhere in it, and so are
//   parenthesised names in a list that places villages in their communes (`Chỏm Xiêu (Niêm Sơn)`).
// - The name is written as the text writes it (`Thanh Hoá`, `Mỹ`), except Ho Chi Minh City's short forms;
//   `canonical` keeps the gazetteer's name when it differs (`Hoa Kỳ`).
// - Nor is a place inside the name of an event, campaign, report or venue (`Chiến dịch “Điện Biên
//   Phủ - …”`, `Diễn đàn … châu Á`): see names/named-things.ts.
// - A written prefix (`tỉnh`, `thành phố`, `TP.`) is part of the span but not of the name
//   (`tỉnh Nam Định` → name `Nam Định`); `Thủ đô` before `Hà Nội` is an epithet, outside the span.
// - A name glued to another capitalised word is part of a longer proper name (`Điện Biên Phủ`,
//   `Mỹ Tho`, `Samsung Việt Nam`) and is skipped.
// - `Thủ đô` alone is an epithet for Hà Nội, not a place name; ASEAN and the EU are organisations.
import type { StructuredDocument } from '../records.ts';
import { fieldsOf, type ExtractContext, type FieldText, type PlaceMention } from './facts.ts';
import { knownOrganization, organizationsOf } from './organizations.ts';
import { personNameSpans } from './persons.ts';
import { placeIndex, unitAtDate, type PlaceEntry } from './gazetteer/places.ts';
import { AMBIGUOUS_FOLLOWERS } from './gazetteer/world.ts';
import { tokenize, isBreak, isShouting, isTitleCase, type Token } from './names/tokens.ts';
import { coveredTokens, spansByField, type Range } from './names/spans.ts';
import { introducerIndex } from './names/titles.ts';
import { namedThingRanges } from './names/named-things.ts';
import type { PhraseIndex, PhraseMatch } from './names/phrase-index.ts';
import { listedLocalNames, localLevelAt, localNameEnd, parenthesisedLocalNames } from './names/local-names.ts';
import { documentPlaces, type DocumentPlaces } from './names/document-places.ts';

export const EXTRACTOR = { name: 'places', version: '2.0.0' } as const;

/** Prefixes that announce a province or city; they may precede a capitalised name. */
const PREFIXES: ReadonlyArray<readonly string[]> = [['tỉnh'], ['thành', 'phố'], ['tp', '.'], ['tp'], ['thủ', 'đô']];
/** `Thủ đô` is an epithet, not part of the name: it stays out of the span (`Thủ đô Hà Nội` → `Hà Nội`). */
const EPITHET = ['thủ', 'đô'];

/** Length in tokens of the first of `phrases` (token keys) found at `at`, or 0. */
function phraseLength(tokens: readonly Token[], at: number, phrases: ReadonlyArray<readonly string[]>): number {
  // Asked at every token: most tokens start no phrase, which one set lookup says.
  if (!PHRASE_STARTS.has(tokens[at]?.key ?? '')) return 0;
  for (const p of phrases) {
    if (p.every((key, k) => tokens[at + k]?.key === key)) return p.length;
  }
  return 0;
}

const prefixLength = (tokens: readonly Token[], at: number): number => phraseLength(tokens, at, PREFIXES);

/** Everyday words that open a sentence before a place name. */
const SENTENCE_OPENERS = new Set(
  (
    'tại ở từ theo với đến tới sáng chiều tối trưa đêm ngày năm tháng cả toàn khắp riêng còn và nhưng ' +
    'trong ngoài trên dưới giữa sau trước khi nếu như cùng tuy dù do vì để hiện người nước phía đoàn dân cho về'
  ).split(' '),
);

/**
 * Lower administrative levels and cities outside the gazetteer: `huyện Mường Nhé`, `TP Thủ Đức`.
 * Not `tỉnh`: every province is in the gazetteer, so `tỉnh` before an unknown name ends a body's name
 * (`Phó Chủ tịch UBND tỉnh | Lò Văn Tiến`), it does not start a place.
 */
const LOCAL_PREFIXES: ReadonlyArray<readonly string[]> = [
  ['thị', 'trấn'], ['thị', 'xã'], ['xã'], ['phường'], ['huyện'], ['quận'], ['đặc', 'khu'], ['thành', 'phố'], ['tp', '.'], ['tp'],
];
/** A city below the province is named in two syllables at least: `thành phố Cảng` is a nickname. */
const CITY_PREFIX_STARTS = new Set(['thành', 'tp']);

/** First words of every phrase in PREFIXES and LOCAL_PREFIXES (phraseLength's quick refusal). */
const PHRASE_STARTS = new Set([...PREFIXES, ...LOCAL_PREFIXES].map((p) => p[0] ?? ''));

function isSentenceStart(tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at - 1];
  return !prev || isBreak(prev) || prev.key === '-';
}

/** Context refusals for a bare (unprefixed) match. */
function refused(tokens: readonly Token[], m: PhraseMatch<PlaceEntry>, personStarts: ReadonlySet<number> = new Set()): boolean {
  const first = tokens[m.from] as Token;
  const prev = tokens[m.from - 1];
  const next = tokens[m.to];
  // `Nguyễn Hòa Bình`, `Samsung Việt Nam`: glued to a capitalised word before it, unless that word
  // is an ordinary sentence opener (`Tại Hà Nội`, `Sáng 6/5…`).
  const opener = !!prev && isSentenceStart(tokens, m.from - 1) && SENTENCE_OPENERS.has(prev.key);
  if (first.capitalised && prev?.isWord && prev.capitalised && first.spaceBefore && !opener && prefixLength(tokens, m.from - 1) === 0) return true;
  // `Điện Biên Phủ`, `Mỹ Tho`: glued to a capitalised word after it.
  // A person's name may follow a title's place (`Tổng thống Mỹ Donald Trump`): that is no longer name.
  if (next?.isWord && next.capitalised && next.spaceBefore && !placeIndex().matchAt(tokens, m.to) && !introducerIndex().matchAt(tokens, m.to) &&
    !personStarts.has(m.to)) return true;
  // `ông Huế`, `bà Nga`: a given name after an honorific.
  if (prev && /^(ông|bà|anh|chị|em|cô|chú)$/u.test(prev.key)) return true;
  // `Pháp luật`, `Ý kiến`: a common word, not the country.
  if (m.to - m.from === 1) {
    const followers = AMBIGUOUS_FOLLOWERS[first.text];
    if (followers && next?.isWord && followers.includes(next.key)) return true;
  }
  return false;
}

interface Hit {
  match: PhraseMatch<PlaceEntry>;
  confidence: number;
  /** Named inside an organisation's name (`UBND tỉnh Điện Biên`). */
  withinOrganization?: boolean;
}

const localEntry = (tokens: readonly Token[], from: number, to: number): PlaceEntry => ({
  name: tokens.slice(from, to).map((t) => t.text).join(' '),
  placeType: 'other',
  unit: null,
});

/** `huyện Mường Nhé`: a local unit the gazetteer does not list, recognised by its prefix alone. */
function localPlace(tokens: readonly Token[], at: number, blocked: Set<number>): Hit | null {
  const skip = phraseLength(tokens, at, LOCAL_PREFIXES);
  if (skip === 0) return null;
  const from = at + skip;
  const to = blocked.has(from) ? null : localNameEnd(tokens, from);
  if (to === null) return null;
  if (CITY_PREFIX_STARTS.has(tokens[at]?.key ?? '') && to - from < 2) return null;
  return { match: { value: localEntry(tokens, from, to), from: at, to }, confidence: 0.6 };
}

/** Names the document gave a level word elsewhere (`huyện Bát Xát` … `Bát Xát`), and parenthesised communes. */
interface LocalNames {
  document: PhraseIndex<true>;
  parenthesised: Map<number, number>;
}

function findPlaces(tokens: readonly Token[], blocked: Set<number>, local: LocalNames, personStarts: ReadonlySet<number>): Hit[] {
  // In a title-case headline every word is capitalised: a prefix before a capital proves nothing there.
  const trustPrefixes = !isTitleCase(tokens);
  const index = placeIndex();
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (blocked.has(i)) {
      i++;
      continue;
    }
    const whole = index.matchAt(tokens, i);
    const skip = prefixLength(tokens, i);
    const afterPrefix = skip > 0 ? index.matchAt(tokens, i + skip) : null;
    if (afterPrefix && (!whole || afterPrefix.to > whole.to) && !blocked.has(i + skip)) {
      const epithet = EPITHET.every((key, k) => tokens[i + k]?.key === key);
      hits.push({ match: { ...afterPrefix, from: epithet ? i + skip : i }, confidence: 0.95 });
      i = afterPrefix.to;
      continue;
    }
    const prefixed = whole || !trustPrefixes ? null : localPlace(tokens, i, blocked);
    if (prefixed) {
      hits.push(prefixed);
      i = prefixed.match.to;
      continue;
    }
    const named = whole ? null : local.parenthesised.get(i) ?? local.document.matchAt(tokens, i)?.to ?? null;
    if (named !== null && !blocked.has(i)) {
      const match = { value: localEntry(tokens, i, named), from: i, to: named };
      if (local.parenthesised.has(i) || !refused(tokens, match, personStarts)) hits.push({ match, confidence: 0.6 });
      i = named;
      continue;
    }
    if (whole && !Array.from({ length: whole.to - i }, (_, k) => i + k).some((k) => blocked.has(k))) {
      const single = whole.to - whole.from === 1 && whole.value.placeType === 'country';
      // A refused name is skipped whole: its tail (`Bình Dương` of `Thái Bình Dương`) is no mention either.
      if (!refused(tokens, whole, personStarts)) hits.push({ match: whole, confidence: single ? 0.75 : 0.9 });
      i = whole.to;
      continue;
    }
    i++;
  }
  return hits;
}

/** Where an organisation's own name ends, before a parenthesised alias or a term suffix (`… (VNNIC)`, `… khóa XV`). */
function nameEndOf(tokens: readonly Token[], from: number, to: number): number {
  let end = to;
  if (tokens[end - 1]?.text === ')') {
    let open = end - 2;
    while (open > from && tokens[open]?.text !== '(') open--;
    if (open > from) end = open;
  }
  if (end - 2 > from && tokens[end - 2]?.key === 'khóa') end -= 2;
  return end;
}

/** Does a place ending at `at` end the name, alone or in a dashed list of places (`Nghệ An - Hà Tĩnh - Quảng Bình`)? */
function endsName(tokens: readonly Token[], at: number, end: number): boolean {
  let j = at;
  while (j < end && tokens[j]?.key === '-') {
    const next = placeIndex().matchAt(tokens, j + 1);
    if (!next) return false;
    j = next.to;
  }
  return j === end;
}

/**
 * Places named inside an organisation's name count as places when they locate the body: at the end
 * of its name (`Đại học Kinh tế TP Hồ Chí Minh`, `VCCI Chi nhánh Nghệ An- Hà Tĩnh- Quảng Bình`) or
 * after a level word (`Công an xã Long Cốc`). A country there is part of a national body's name
 * (`Tập đoàn Bưu chính Viễn thông Việt Nam`), and a place in the middle of a name is its name (`Báo
 * Sài Gòn Giải Phóng`): neither is a place mention.
 */
function placesInsideOrganizations(tokens: readonly Token[], orgs: ReadonlyMap<number, number>, personTokens: Set<number>): Hit[] {
  const index = placeIndex();
  const hits: Hit[] = [];
  for (const [from, to] of orgs) {
    const end = nameEndOf(tokens, from, to);
    for (let k = from + 1; k < end; k++) {
      if (personTokens.has(k)) continue;
      const skip = prefixLength(tokens, k);
      const afterPrefix = skip > 0 ? index.matchAt(tokens, k + skip) : null;
      if (afterPrefix && afterPrefix.to <= end) {
        hits.push({ match: { ...afterPrefix, from: k }, confidence: 0.85, withinOrganization: true });
        k = afterPrefix.to - 1;
        continue;
      }
      const level = localLevelAt(tokens, k);
      const localEnd = level > 0 ? localNameEnd(tokens, k + level) : null;
      if (localEnd !== null && localEnd <= end) {
        hits.push({ match: { value: localEntry(tokens, k + level, localEnd), from: k, to: localEnd }, confidence: 0.6, withinOrganization: true });
        k = localEnd - 1;
        continue;
      }
      const whole = index.matchAt(tokens, k);
      if (whole && whole.value.placeType !== 'country' && (whole.value.unit !== null || whole.value.placeType === 'region') && endsName(tokens, whole.to, end)) {
        hits.push({ match: whole, confidence: 0.8, withinOrganization: true });
        k = whole.to - 1;
      }
    }
  }
  return hits;
}

const HCMC = 'Thành phố Hồ Chí Minh';

/**
 * The name as the text writes it, without its level word (`Thanh Hoá`, `Mỹ`, `Bà Rịa Vũng Tàu`): a
 * reader sees the place the article names. Ho Chi Minh City is the exception: its many short forms
 * (`TP.HCM`, `TPHCM`, `Sài Gòn`) are written out in full. The gazetteer's own name, when it differs,
 * is in `canonical`, and `unit` gives a province's unit today.
 */
function writtenName(entry: PlaceEntry, tokens: readonly Token[], match: PhraseMatch<PlaceEntry>): string {
  if (entry.name === HCMC) return HCMC;
  const skip = prefixLength(tokens, match.from) || phraseLength(tokens, match.from, LOCAL_PREFIXES);
  const from = match.from + skip;
  if (from >= match.to) return entry.name;
  const text = tokens.slice(from, match.to).map((t, k) => (k > 0 && t.spaceBefore ? ` ${t.text}` : t.text)).join('');
  return text === entry.name.toLowerCase() ? entry.name : text;
}

function placesInField(field: FieldText, masks: Masks, ctx: ExtractContext, document: DocumentPlaces): PlaceMention[] {
  if (isShouting(field.text)) return [];
  const tokens = tokenize(field.text);
  const orgs = coveredTokens(tokens, masks.organizations);
  const persons = coveredTokens(tokens, masks.persons);
  const covered = new Set([...orgs.covered, ...persons.covered]);
  for (const [from, to] of namedThingRanges(tokens)) for (let k = from; k < to; k++) covered.add(k);
  const parenthesised = new Map([...parenthesisedLocalNames(tokens, document.parenthesisedCommunes), ...listedLocalNames(tokens)]);
  const personStarts = new Set(persons.starts.keys());
  const locating = coveredTokens(tokens, masks.locatingOrganizations).starts;
  const hits = [
    ...findPlaces(tokens, covered, { document: document.names, parenthesised }, personStarts),
    ...placesInsideOrganizations(tokens, locating, persons.covered),
  ];
  hits.sort((a, b) => a.match.from - b.match.from);
  return hits.map(({ match, confidence, withinOrganization }) => {
    const start = (tokens[match.from] as Token).start;
    const end = (tokens[match.to - 1] as Token).end;
    const entry = match.value;
    const name = writtenName(entry, tokens, match);
    const mention: PlaceMention = {
      kind: 'place',
      field: field.field,
      index: field.index,
      start,
      end,
      text: field.text.slice(start, end),
      name,
      placeType: entry.placeType,
      unit: entry.unit,
      unitAtDate: unitAtDate(entry, ctx.published),
      confidence,
      extractor: EXTRACTOR.name,
      extractorVersion: EXTRACTOR.version,
    };
    if (withinOrganization) mention.within = 'organization';
    if (name !== entry.name) mention.canonical = entry.name;
    return mention;
  });
}

interface Masks {
  organizations: Range[];
  /** Organisations whose names may hold a place that locates them: not a known company's brand (`Hoàng Anh Gia Lai`). */
  locatingOrganizations: Range[];
  persons: Range[];
}

export function extractPlaces(doc: StructuredDocument, ctx: ExtractContext): PlaceMention[] {
  const found = organizationsOf(doc, ctx);
  const orgs = spansByField(found);
  const locating = spansByField(found.filter((o) => !(o.orgType === 'company' && knownOrganization(o.name))));
  const persons = spansByField(personNameSpans(doc, ctx));
  const document = documentPlaces(doc);
  return fieldsOf(doc).flatMap((field) => {
    const key = `${field.field}:${field.index}`;
    return placesInField(field, { organizations: orgs.get(key) ?? [], locatingOrganizations: locating.get(key) ?? [], persons: persons.get(key) ?? [] }, ctx, document);
  });
}
