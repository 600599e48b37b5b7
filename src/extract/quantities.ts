// Quantities: a number in Vietnamese notation with its unit or the noun phrase it counts,
// `trên 73.000 doanh nghiệp công nghệ số`, `2,3 triệu tỷ đồng`, `429/434 đại biểu`, `16-18%`.
//
// Choices worth knowing:
// - A percent with a noun after it keeps both in `unit`: `26% dân số` → unit `% dân số`.
// - A currency keeps its magnitude words in `unit` (`tỷ đồng`, `triệu USD`) while `value` has them
//   applied: `2,3 triệu tỷ đồng` → value 2.3e15, unit `triệu tỷ đồng`.
// - `6 tháng đầu năm`, `9 tháng năm 2025` are periods, left to the dates extractor; `6 tháng`
//   alone (`trong 7 tháng`) is a quantity with unit `tháng`. `8 giờ sáng`, `tám giờ ba mươi` are
//   times of day and dropped; `trong hai giờ` is a duration.
// - A bare number (`hơn 80.000`) is kept with unit null and low confidence, except at the end of
//   a quotation or right after a capitalised name, where it is part of the name (`“kỹ sư 57”`,
//   `Hội nghị Trung ương 10`).
// - Stance is `target` when a goal cue (mục tiêu, đến năm, dự kiến, sẽ, …) precedes the number in
//   its sentence with no achievement cue (đã, hiện có, …) after it, or `sẽ`/`dự kiến` follows closely.
// - Numbers written as words (`hai kế hoạch`, `ba mươi lăm tỉnh`, `hai triệu đồng`) come from
//   findSpelledNumbers (src/text/number-words.ts, which documents what `một` and `năm` may be) and
//   count only with a unit or counted noun after them: a number word alone is not a quantity
//   (`cả hai`, `thứ hai`). Their confidence is lower. `hai bên` (the two parties/sides) and `hai mặt`
//   (two aspects) are counts; `con dao hai lưỡi` is not (number-words.ts).
// - A number + `cấp` describes a tiered structure, not a count of things (`chính quyền địa phương 2
//   cấp`, `hai cấp chính quyền`, `3 cấp`); so do `chiều` (`giao thông hai chiều`, `không gian 3
//   chiều`) and a bare `con số` (`tăng trưởng hai con số` is double-digit growth). These are dropped;
//   `cấp độ`, `cấp ủy`, `cấp phó`, `cấp trưởng` are counted nouns and stay, as does `ba con số ấn tượng`.
// Numbers that are dates, times, years, document numbers, ordinals, phones or product names are
// removed by findNumbers before any of this runs.
import type { StructuredDocument } from '../records.ts';
import type { ExtractContext, FieldText, QuantityMention, QuantityQualifier } from './facts.ts';
import { fieldsOf } from './facts.ts';
import { datesOf } from './dates.ts';
import { findNumbers, type NumberToken } from '../text/numbers.ts';
import { findSpelledNumbers } from '../text/number-words.ts';
import { splitSentences, type Sentence } from '../text/sentences.ts';
import { countedNounAt, isStopWord } from '../text/counted-noun.ts';
import { qualifierAfter, qualifierBefore, stanceOf } from '../text/quantity-words.ts';
import { CURRENCY_WORDS, UNIT_SYMBOLS } from '../text/units.ts';
import { findRanks } from './ranks.ts';

export const EXTRACTOR = { name: 'quantities', version: '2.1.0' } as const;

const CONFIDENCE = { symbol: 0.9, noun: 0.8, bare: 0.5, spelled: 0.7 } as const;

const RANGE_GAP = /^\s*[-–—]\s*$|^\s+(?:đến|tới)\s+$/u;
// `6 tháng đầu năm`, `9 tháng năm 2025`, `2 năm cuối nhiệm kỳ`: periods, left to the dates extractor.
const PERIOD_AFTER = /^\s+(?:(?:tháng|năm|quý)\s+(?:đầu|cuối)|tháng\s+năm\s+(?:nay|\d{4}))(?![\p{L}])/iu;
// `đồng` opens many compounds (đồng chí, đồng thời); only standing alone is it the currency.
const DONG_COMPOUND = /^đồng\s+(?:chí|thời|bộ|ý|bằng|nghiệp|hương|đội|hành|tình|loạt|minh|lòng|phục|sở hữu|tác giả)(?![\p{L}])/iu;
const CURRENCY = new RegExp(`^\\s+(${CURRENCY_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'u');
const GLUED = /^[\p{L}°][\p{L}\d²³]*/u;
const PER = /^\/\p{Ll}+(?![\p{L}])/u; // 6,5%/năm, 5 triệu đồng/tháng
// `8 giờ sáng`, `tám giờ ba mươi`, `năm giờ chiều`: a time of day, not a duration.
const CLOCK_AFTER =
  /^\s+giờ\s+(?:sáng|chiều|tối|trưa|đêm|khuya|kém|rưỡi|đúng|\d|(?:mười|một|hai|ba|bốn|năm|sáu|bảy|tám|chín)\s+(?:mươi|phút))(?![\p{L}])/iu;
// `hai phần ba số đại biểu`: a spelled fraction, numerator and denominator.
const FRACTION_GAP = /^[ \u00A0]+phần[ \u00A0]+$/iu;
// Units that describe a structure rather than count things (see the header).
const STRUCTURE_UNIT = /^(?:chiều(?![\p{L}])(?![ \u00A0]+(?:dài|rộng|cao|sâu)(?![\p{L}]))|con số$)/iu;
// `chính quyền (địa phương) hai cấp`, `hai cấp chính quyền`: the name of the two-tier local government.
// Other tiers count (`đánh giá ở ba cấp: bộ, tỉnh và quốc gia`).
const TWO_TIER_BEFORE = /chính[ \u00A0]+quyền(?:[ \u00A0]+địa[ \u00A0]+phương)?[ \u00A0]+$/iu;
const TWO_TIER_AFTER = /^cấp[ \u00A0]+chính[ \u00A0]+quyền(?![\p{L}])/iu;
// `(65 tuổi, …)`, `năm nay 70 tuổi`, `Nguyễn Văn A, 65 tuổi`: a person's age, not a count.
const AGE_BEFORE = /(?:\([ \u00A0]*|năm[ \u00A0]+nay[ \u00A0]+|\p{Lu}[\p{Ll}\p{M}]*[ \u00A0]*,[ \u00A0]*)$/u;
// `kỷ niệm 94 năm Ngày thành lập`: the anniversary's ordinal. `sơ kết 6 tháng`: the name of a review.
const NAMED_SPAN_BEFORE = /(?:kỷ[ \u00A0]+niệm|sơ[ \u00A0]+kết|tổng[ \u00A0]+kết)[ \u00A0]+$/iu;
// `xếp 15/34 tỉnh`, `đứng thứ 3/10`, `hạng 2/5`: a rank out of a count; only the count counts.
const RANK_BEFORE = /(?:^|[^\p{L}])(?:xếp(?:[ \u00A0]+hạng)?|đứng|hạng)(?:[ \u00A0]+thứ)?[ \u00A0]+$/iu;
// `1. Khái niệm …`, `2) Quyền …`: the number of a list item at the start of a paragraph.
const LIST_ITEM = /^[ \u00A0]*\d{1,2}[.)][ \u00A0]/u;

function isSpelled(token: NumberToken): boolean {
  return 'spelled' in token;
}

/** Numerals and spelled numbers in text order. */
function allNumbers(text: string): NumberToken[] {
  const numerals = findNumbers(text);
  const spelled = findSpelledNumbers(text);
  if (spelled.length === 0) return numerals;
  // A number word right after a numeral is its noun (`94 năm`: years), never a second number.
  const ends = new Set(numerals.map((n) => n.end));
  const words = spelled.filter((w) => !ends.has(w.start - 1) || !/^[ \u00A0]$/u.test(text[w.start - 1] ?? ''));
  return [...numerals, ...words].sort((a, b) => a.start - b.start);
}

interface Unit {
  unit: string | null;
  end: number;
  confidence: number;
}

/** The unit written after a numeric token: symbol, currency phrase, or counted noun phrase. */
function unitAfter(text: string, token: NumberToken): Unit {
  const rest = text.slice(token.end);
  let unit: Unit;
  const glued = GLUED.exec(rest);
  const currency = CURRENCY.exec(rest);
  const symbol = /^ +([^\s,.;:!?()]+)/.exec(rest)?.[1];
  if (token.percent) {
    const noun = countedNounAt(text, token.end);
    unit = noun
      ? { unit: `% ${noun.text}`, end: noun.end, confidence: CONFIDENCE.symbol }
      : { unit: '%', end: token.end, confidence: CONFIDENCE.symbol };
  } else if (glued && UNIT_SYMBOLS.has(glued[0])) {
    unit = { unit: glued[0], end: token.end + glued[0].length, confidence: CONFIDENCE.symbol };
  } else if (currency && !DONG_COMPOUND.test(rest.trimStart())) {
    const name = currency[1] ?? '';
    unit = {
      unit: token.magnitude ? `${token.magnitude} ${name}` : name,
      end: token.end + currency[0].length,
      confidence: CONFIDENCE.symbol,
    };
  } else if (symbol && symbol.length > 1 && UNIT_SYMBOLS.has(symbol)) {
    unit = { unit: symbol, end: token.end + rest.indexOf(symbol) + symbol.length, confidence: CONFIDENCE.symbol };
  } else {
    const noun = countedNounAt(text, token.end);
    unit = noun
      ? { unit: noun.text, end: noun.end, confidence: CONFIDENCE.noun }
      : { unit: null, end: token.end, confidence: CONFIDENCE.bare };
  }
  const per = unit.unit !== null ? PER.exec(text.slice(unit.end)) : null;
  if (per && unit.unit !== null) unit = { ...unit, unit: unit.unit + per[0], end: unit.end + per[0].length };
  return unit;
}

// Names of bodies capitalise only their first syllable (`Trung ương`, `Quân khu`), so one
// lower-case word that is not a verb or function word may stand between the capital and the number.
function followsCapitalisedWord(text: string, token: NumberToken): boolean {
  if (!/^\d+$/.test(token.text)) return false;
  const m = /(\S*)\s+(\S+)\s+(\S+)\s+$/u.exec(` ${text.slice(Math.max(0, token.start - 60), token.start)}`);
  if (!m) return false;
  const [before2, word2, word1] = [m[1] ?? '', m[2] ?? '', m[3] ?? ''];
  const notSentenceStart = (w: string) => w !== '' && !/[.!?…:]["”’)]*$/.test(w);
  if (/^\p{Lu}/u.test(word1)) return notSentenceStart(word2);
  return /^\p{Lu}/u.test(word2) && /^\p{Ll}+$/u.test(word1) && !isStopWord(word1) && notSentenceStart(before2);
}

function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return sentences.find((s) => offset >= s.start && offset < s.end);
}

/**
 * Quantities of one text, with offsets into it. `publishedYear` (the document's year, when known)
 * keeps deadlines already past from marking numbers as targets.
 */
export function findQuantities(
  text: string, publishedYear: number | null = null, dateSpans: ReadonlyArray<readonly [number, number]> = [],
): Omit<QuantityMention, 'field' | 'index'>[] {
  const inDate = (t: NumberToken): boolean => dateSpans.some(([s, e]) => t.start >= s && t.end <= e);
  const tokens = allNumbers(text).filter((t) => !inDate(t)); // `chiều 10-12`, `từ 16.9`: days, read by the dates extractor
  const sentences = splitSentences(text);
  const out: Omit<QuantityMention, 'field' | 'index'>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let first = tokens[i];
    if (!first) continue;
    if (!isSpelled(first) && /^[ \u00A0]*$/u.test(text.slice(0, first.start)) && LIST_ITEM.test(text)) continue; // `1. Khái niệm …`
    const next = tokens[i + 1];
    const gap = next ? text.slice(first.end, next.start) : '';
    let last = first;
    let of: number | null = null;
    let valueMax: number | null = null;
    let qualifier: QuantityQualifier = 'exact';
    let start = first.start;
    const spelled = isSpelled(first);
    if (next && gap === '/' && !spelled && RANK_BEFORE.test(text.slice(Math.max(0, first.start - 20), first.start))) {
      first = next; // `xếp 15/34 tỉnh`: 15 is a rank, 34 the count
      last = next;
      start = next.start;
      i++;
    } else if (next && (spelled ? FRACTION_GAP.test(gap) && isSpelled(next) : gap === '/') && !first.percent) {
      of = next.value; // 429/434 đại biểu
      last = next;
      i++;
    } else if (next && RANGE_GAP.test(gap) && first.percent === next.percent && next.value > first.value) {
      valueMax = next.value;
      qualifier = 'range';
      last = next;
      i++;
      const sliceStart = Math.max(0, start - 10);
      const from = /(?<![\p{L}])từ\s+$/iu.exec(text.slice(sliceStart, start));
      if (from) start = sliceStart + from.index;
    }
    const following = text.slice(last.end);
    if (PERIOD_AFTER.test(following) || CLOCK_AFTER.test(following)) continue; // 6 tháng đầu năm, 8 giờ sáng
    const unit = unitAfter(text, last);
    const before20 = text.slice(Math.max(0, start - 30), start);
    if (unit.unit !== null && STRUCTURE_UNIT.test(unit.unit)) continue; // giao thông hai chiều
    if (unit.unit !== null && /^cấp(?![\p{L}])/iu.test(unit.unit) && (TWO_TIER_BEFORE.test(before20) || TWO_TIER_AFTER.test(unit.unit))) continue;
    if (unit.unit !== null && /^tuổi(?![\p{L}])/iu.test(unit.unit) && AGE_BEFORE.test(before20)) continue; // (65 tuổi, …)
    if (unit.unit !== null && /^(?:năm|tháng)(?![\p{L}])/iu.test(unit.unit) && NAMED_SPAN_BEFORE.test(before20)) continue;
    if (spelled && unit.unit === null) continue; // a number word alone: cả hai, thứ hai
    // A bare number closing a quotation, or a bare integer after a capitalised word, is part of a
    // name (`“kỹ sư 57”`, `Hội nghị Trung ương 10`, `Quân khu 7`, `Wi-Fi 6`).
    if (unit.unit === null && (/^["”’»]/.test(text.slice(last.end)) || followsCapitalisedWord(text, first))) continue;
    // `từ con số 0`: starting from nothing.
    if (unit.unit === null && first.value === 0) continue;
    let end = unit.end;
    if (qualifier === 'exact') {
      const before = qualifierBefore(text, start);
      const after = qualifierAfter(text, end);
      if (after) {
        qualifier = after.qualifier;
        end = after.end;
        if (before?.qualifier === 'at_least') start = before.start; // từ 8% trở lên
      } else if (before) {
        qualifier = before.qualifier;
        start = before.start;
      }
    }
    const sentence = sentenceAt(sentences, first.start);
    const sStart = sentence?.start ?? 0;
    const sEnd = sentence?.end ?? text.length;
    out.push({
      kind: 'quantity',
      start,
      end,
      text: text.slice(start, end),
      confidence: spelled ? Math.min(unit.confidence, CONFIDENCE.spelled) : unit.confidence,
      extractor: EXTRACTOR.name,
      extractorVersion: EXTRACTOR.version,
      value: first.value,
      valueMax,
      unit: unit.unit,
      of,
      qualifier,
      stance: stanceOf(text.slice(sStart, start), text.slice(end, Math.max(end, sEnd)), publishedYear),
    });
  }
  return out;
}

function yearOf(iso: string | null): number | null {
  const m = /^(\d{4})/.exec(iso ?? '');
  return m ? Number(m[1]) : null;
}

type Found = Omit<QuantityMention, 'field' | 'index'>;

/** Ranks replace a plain reading of the same number (`vị trí 59`); the result stays in text order. */
function withRanks(quantities: Found[], ranks: Found[]): Found[] {
  const kept = quantities.filter((q) => !ranks.some((r) => r.value === q.value && q.start < r.end && r.start < q.end));
  return [...kept, ...ranks].sort((a, b) => a.start - b.start || a.end - b.end);
}

export function extractQuantities(doc: StructuredDocument, ctx: ExtractContext): QuantityMention[] {
  const year = yearOf(doc.published) ?? yearOf(ctx.published) ?? yearOf(ctx.dateHint);
  const dates = new Map<string, Array<[number, number]>>();
  for (const d of datesOf(doc, ctx)) {
    const key = `${d.field}:${d.index}`;
    const list = dates.get(key) ?? [];
    list.push([d.start, d.end]);
    dates.set(key, list);
  }
  return fieldsOf(doc).flatMap((f: FieldText) =>
    withRanks(findQuantities(f.text, year, dates.get(`${f.field}:${f.index}`)), findRanks(f.text, year, EXTRACTOR))
      .filter((q) => !cutShort(f, q))
      .map((q) => ({ ...q, field: f.field, index: f.index })),
  );
}

/**
 * A body paragraph that stops without closing punctuation was cut off (a captured page's last lines):
 * a bare number at its very end (`đã thu hút được trên 9`) has lost the noun it counted.
 */
function cutShort(f: FieldText, q: Omit<QuantityMention, 'field' | 'index'>): boolean {
  return f.field === 'body' && q.unit === null && q.end === f.text.length && !/[.!?…:;)"”'’»]$/u.test(f.text);
}
