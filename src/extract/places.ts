// Place mentions: provinces (the 63 before 1/7/2025 and the 34 after, with their aliases),
// countries and regions, matched on tone-placement-insensitive keys.
//
// Decisions, applied consistently:
// - A place name inside an organisation's name is not a place mention (`Đại học Quốc gia Hà Nội`,
//   `UBND tỉnh Điện Biên`, `Trung tâm Hội chợ và Triển lãm Sài Gòn`); nor inside a person's name
//   (`Nguyễn Hòa Bình`).
// - Nor is a place inside the name of an event, campaign, report or venue (`Chiến dịch “Điện Biên
//   Phủ - …”`, `Diễn đàn … châu Á`): see names/named-things.ts.
// - A written prefix (`tỉnh`, `thành phố`, `TP.`) is part of the span but not of the name
//   (`tỉnh Nam Định` → name `Nam Định`); `Thủ đô` before `Hà Nội` is an epithet, outside the span.
// - A name glued to another capitalised word is part of a longer proper name (`Điện Biên Phủ`,
//   `Mỹ Tho`, `Samsung Việt Nam`) and is skipped.
// - `Thủ đô` alone is an epithet for Hà Nội, not a place name; ASEAN and the EU are organisations.
import type { StructuredDocument } from '../records.ts';
import { fieldsOf, type ExtractContext, type FieldText, type PlaceMention } from './facts.ts';
import { extractOrganizations } from './organizations.ts';
import { personNameSpans } from './persons.ts';
import { placeIndex, unitAtDate, type PlaceEntry } from './gazetteer/places.ts';
import { AMBIGUOUS_FOLLOWERS } from './gazetteer/world.ts';
import { tokenize, isBreak, isShouting, isTitleCase, type Token } from './names/tokens.ts';
import { coveredTokens, spansByField, type Range } from './names/spans.ts';
import { introducerIndex } from './names/titles.ts';
import { namedThingRanges } from './names/named-things.ts';
import type { PhraseMatch } from './names/phrase-index.ts';

export const EXTRACTOR = { name: 'places', version: '1.0.0' } as const;

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

/** Lower administrative levels and cities outside the gazetteer: `huyện Mường Nhé`, `TP Thủ Đức`. */
const LOCAL_PREFIXES: ReadonlyArray<readonly string[]> = [
  ['thị', 'trấn'], ['thị', 'xã'], ['xã'], ['phường'], ['huyện'], ['quận'], ['thành', 'phố'], ['tp', '.'], ['tp'], ['tỉnh'],
];

/** First words of every phrase in PREFIXES and LOCAL_PREFIXES (phraseLength's quick refusal). */
const PHRASE_STARTS = new Set([...PREFIXES, ...LOCAL_PREFIXES].map((p) => p[0] ?? ''));

/** Token index after a run of 1–4 capitalised syllables starting at `at` (`at` when there is none). */
function capitalisedRun(tokens: readonly Token[], at: number): number {
  let to = at;
  while (to - at < 4 && /^\p{Lu}[\p{Ll}\p{M}]*$/u.test(tokens[to]?.text ?? '') && (to === at || tokens[to]?.spaceBefore)) to++;
  return to;
}

function isSentenceStart(tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at - 1];
  return !prev || isBreak(prev) || prev.key === '-';
}

/** Context refusals for a bare (unprefixed) match. */
function refused(tokens: readonly Token[], m: PhraseMatch<PlaceEntry>): boolean {
  const first = tokens[m.from] as Token;
  const prev = tokens[m.from - 1];
  const next = tokens[m.to];
  // `Nguyễn Hòa Bình`, `Samsung Việt Nam`: glued to a capitalised word before it, unless that word
  // is an ordinary sentence opener (`Tại Hà Nội`, `Sáng 6/5…`).
  const opener = !!prev && isSentenceStart(tokens, m.from - 1) && SENTENCE_OPENERS.has(prev.key);
  if (first.capitalised && prev?.isWord && prev.capitalised && first.spaceBefore && !opener && prefixLength(tokens, m.from - 1) === 0) return true;
  // `Điện Biên Phủ`, `Mỹ Tho`: glued to a capitalised word after it.
  if (next?.isWord && next.capitalised && next.spaceBefore && !placeIndex().matchAt(tokens, m.to) && !introducerIndex().matchAt(tokens, m.to)) return true;
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
}

/** `huyện Mường Nhé`: a local unit the gazetteer does not list, recognised by its prefix alone. */
function localPlace(tokens: readonly Token[], at: number, blocked: Set<number>): Hit | null {
  const skip = phraseLength(tokens, at, LOCAL_PREFIXES);
  if (skip === 0) return null;
  const from = at + skip;
  const to = capitalisedRun(tokens, from);
  if (to === from || blocked.has(from)) return null;
  const name = tokens.slice(from, to).map((t) => t.text).join(' ');
  return { match: { value: { name, placeType: 'other', unit: null }, from: at, to }, confidence: 0.6 };
}

function findPlaces(tokens: readonly Token[], blocked: Set<number>): Hit[] {
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
    const local = whole || !trustPrefixes ? null : localPlace(tokens, i, blocked);
    if (local) {
      hits.push(local);
      i = local.match.to;
      continue;
    }
    if (whole && !Array.from({ length: whole.to - i }, (_, k) => i + k).some((k) => blocked.has(k))) {
      const single = whole.to - whole.from === 1 && whole.value.placeType === 'country';
      // A refused name is skipped whole: its tail (`Bình Dương` of `Thái Bình Dương`) is no mention either.
      if (!refused(tokens, whole)) hits.push({ match: whole, confidence: single ? 0.75 : 0.9 });
      i = whole.to;
      continue;
    }
    i++;
  }
  return hits;
}

function placesInField(field: FieldText, masks: Range[], ctx: ExtractContext): PlaceMention[] {
  if (isShouting(field.text)) return [];
  const tokens = tokenize(field.text);
  const { covered } = coveredTokens(tokens, masks);
  for (const [from, to] of namedThingRanges(tokens)) for (let k = from; k < to; k++) covered.add(k);
  return findPlaces(tokens, covered).map(({ match, confidence }) => {
    const start = (tokens[match.from] as Token).start;
    const end = (tokens[match.to - 1] as Token).end;
    const entry = match.value;
    return {
      kind: 'place',
      field: field.field,
      index: field.index,
      start,
      end,
      text: field.text.slice(start, end),
      name: entry.name,
      placeType: entry.placeType,
      unit: entry.unit,
      unitAtDate: unitAtDate(entry, ctx.published),
      confidence,
      extractor: EXTRACTOR.name,
      extractorVersion: EXTRACTOR.version,
    };
  });
}

export function extractPlaces(doc: StructuredDocument, ctx: ExtractContext): PlaceMention[] {
  const masks = spansByField([...extractOrganizations(doc, ctx), ...personNameSpans(doc, ctx)]);
  return fieldsOf(doc).flatMap((field) => placesInField(field, masks.get(`${field.field}:${field.index}`) ?? [], ctx));
}
