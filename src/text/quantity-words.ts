// Words around a number that say how exact it is (hơn, khoảng, tối đa) and whether it is a goal
// (mục tiêu, đến năm, sẽ) rather than a reported value.

export type Qualifier = 'about' | 'more_than' | 'less_than' | 'at_least' | 'up_to';

// Longest phrases first so that `không quá` wins over `quá`, `trên dưới` over `dưới`.
const QUALIFIER_WORDS: [string, Qualifier][] = [
  ['không vượt quá', 'up_to'],
  ['không ít hơn', 'at_least'],
  ['không dưới', 'at_least'],
  ['không quá', 'up_to'],
  ['không đến', 'less_than'],
  ['chưa đến', 'less_than'],
  ['chưa tới', 'less_than'],
  ['chưa đầy', 'less_than'],
  ['ít hơn', 'less_than'],
  ['nhiều hơn', 'more_than'],
  ['trên dưới', 'about'],
  ['ước khoảng', 'about'],
  ['ước tính', 'about'],
  ['ước đạt', 'about'],
  ['khoảng chừng', 'about'],
  ['xấp xỉ', 'about'],
  ['ít nhất', 'at_least'],
  ['tối thiểu', 'at_least'],
  ['tối đa', 'up_to'],
  ['nhiều nhất', 'up_to'],
  ['lên đến', 'up_to'],
  ['lên tới', 'up_to'],
  ['vượt quá', 'more_than'],
  ['hơn', 'more_than'],
  ['trên', 'more_than'],
  ['vượt', 'more_than'],
  ['khoảng', 'about'],
  // `gần 300` is "nearly 300": below it, but reported as an approximation, as newsrooms mean it.
  ['gần', 'about'],
  ['chừng', 'about'],
  ['ước', 'about'],
  ['tầm', 'about'],
  ['cỡ', 'about'],
  ['dưới', 'less_than'],
  ['đến', 'up_to'],
  ['tới', 'up_to'],
  // `từ 8%` is a floor; `từ 16 đến 18%` is handled as a range before this table is consulted.
  ['từ', 'at_least'],
];
// A reference noun may stand between qualifier and number: `dưới mốc 1.700 điểm`.
const QUALIFIER_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(${QUALIFIER_WORDS.map(([w]) => w).join('|')})(?:\\s+(?:mốc|ngưỡng|mức|con số))?\\s+$`,
  'iu',
);
const QUALIFIER_OF = new Map(QUALIFIER_WORDS);

/** The qualifier written just before `start` and where it begins, or null. */
export function qualifierBefore(text: string, start: number): { qualifier: Qualifier; start: number } | null {
  const sign = text[start - 1];
  if (sign === '~' || sign === '≈') return { qualifier: 'about', start: start - 1 };
  const before = text.slice(Math.max(0, start - 40), start);
  const m = QUALIFIER_BEFORE.exec(before);
  if (!m || m[1] === undefined) return null;
  const qualifier = QUALIFIER_OF.get(m[1].toLowerCase());
  if (!qualifier) return null;
  return { qualifier, start: start - before.length + m.index + m[0].indexOf(m[1]) };
}

/** `… trở lên` / `… trở xuống` after the unit turn the number into a floor or a ceiling. */
export function qualifierAfter(text: string, end: number): { qualifier: Qualifier; end: number } | null {
  const m = /^\s+trở\s+(lên|xuống)(?![\p{L}])/iu.exec(text.slice(end));
  if (!m) return null;
  return { qualifier: m[1]?.toLowerCase() === 'lên' ? 'at_least' : 'up_to', end: end + m[0].length };
}

// Goal cues. `đến năm 2030` is a deadline, but `tính đến năm 2024` is an "as of" date. A plan is a
// cue only as the standard (`theo kế hoạch`, `kế hoạch đề ra`): signing or issuing one (`vừa ký kế
// hoạch … của ba địa phương`) says nothing about the numbers after it.
const TARGET_CUES =
  /(?<![\p{L}])(?:mục tiêu|phấn đấu|(?<!tính\s+)(?:đến|tới)\s+(?:cuối\s+|hết\s+)?năm|dự kiến|theo\s+kế\s+hoạch|kế\s+hoạch\s+đề\s+ra|chỉ tiêu|cần(?!\s+thiết)|phải đạt|sẽ|hướng tới|hướng đến|nhằm đạt|đặt ra|kỳ vọng|kì vọng|tầm nhìn)(?![\p{L}])/giu;
// Cues of an achieved value; when one follows the last goal cue, the number is reported.
const REPORTED_CUES = /(?<![\p{L}])(?:đã|đạt được|hiện nay|hiện có|hiện đã|tính đến|vừa|thực tế)(?![\p{L}])/giu;
// Goal cues right after the number: `90% dân số sẽ được tiếp cận`.
// It must not cross a comma or another number: `đạt 5%, năm sau sẽ đạt 7%` reports the 5%.
const TARGET_AFTER = /^[^.;!?,\d]{0,30}?(?<![\p{L}])(?:sẽ|dự kiến|phấn đấu|cần đạt|phải đạt)(?![\p{L}])/iu;

function lastIndex(re: RegExp, s: string): number {
  let last = -1;
  for (const m of s.matchAll(re)) last = m.index;
  return last;
}

// `đến năm 2024` in an article of 2025 looks back (`by 2024 there were …`): not a goal.
const PAST_DEADLINE = /(?:đến|tới)\s+(?:cuối\s+|hết\s+)?năm\s+(\d{4})/giu;

/**
 * `target` when the sentence frames the number as a goal, else `reported`. `publishedYear`, when
 * known, turns a deadline already past (`đến năm 2024` written in 2025) into an "as of" date.
 */
export function stanceOf(sentenceBefore: string, sentenceAfter: string, publishedYear: number | null = null): 'target' | 'reported' {
  const before =
    publishedYear === null
      ? sentenceBefore
      : sentenceBefore.replace(PAST_DEADLINE, (all, year: string) =>
          Number(year) < publishedYear ? ' '.repeat(all.length) : all,
        );
  const target = lastIndex(TARGET_CUES, before);
  const reported = lastIndex(REPORTED_CUES, before);
  if (target >= 0 && target > reported) return 'target';
  return TARGET_AFTER.test(sentenceAfter) ? 'target' : 'reported';
}
