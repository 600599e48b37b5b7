// Positions in an order: `top 3 nước dẫn đầu`, `xếp hạng 44/139`, `đứng thứ 2`, `hạng 71/193`. A rank is
// not a count (the vn-pages convention keeps only the total of `xếp 15/34`), but rankings are indicators
// of the programme (GII, EGDI, digital competitiveness), so ranks are read here and marked `rank`:
// counting readers leave them out, the programme's rank indicators take them.
import type { QuantityMention } from './facts.ts';
import { countedNounAt } from '../text/counted-noun.ts';
import { splitSentences } from '../text/sentences.ts';
import { stanceOf } from '../text/quantity-words.ts';

// `top 3`: within the first N (a ceiling on the rank); the words after it say among what.
const TOP = /(?<![\p{L}\d])top[ \u00A0]+(\d{1,3})(?![\d.,]\d)/giu;
// `xếp hạng 44`, `xếp thứ 2`, `đứng thứ 3`, `hạng 71/193`, `vị trí thứ 10`, `thứ hạng 56`, optionally out of a total.
const POSITION =
  /(?<![\p{L}])(?:xếp[ \u00A0]+hạng(?:[ \u00A0]+thứ)?|xếp[ \u00A0]+(?:thứ[ \u00A0]+)?|đứng[ \u00A0]+(?:thứ[ \u00A0]+)?|thứ[ \u00A0]+hạng|vị[ \u00A0]+trí(?:[ \u00A0]+thứ)?|hạng(?:[ \u00A0]+thứ)?)[ \u00A0]*(\d{1,3})(?:[ \u00A0]*\/[ \u00A0]*(\d{1,3}(?:\.\d{3})?))?(?![\d.,]\d)/giu;

export function findRanks(
  text: string, publishedYear: number | null, extractor: { name: string; version: string },
): Omit<QuantityMention, 'field' | 'index'>[] {
  const sentences = splitSentences(text);
  const out: Omit<QuantityMention, 'field' | 'index'>[] = [];
  const add = (start: number, end: number, value: number, of: number | null, unit: string | null, qualifier: QuantityMention['qualifier']) => {
    const sentence = sentences.find((s) => start >= s.start && start < s.end);
    out.push({
      kind: 'quantity',
      start,
      end,
      text: text.slice(start, end),
      confidence: 0.7,
      extractor: extractor.name,
      extractorVersion: extractor.version,
      value,
      valueMax: null,
      unit,
      of,
      qualifier,
      stance: stanceOf(text.slice(sentence?.start ?? 0, start), text.slice(end, sentence?.end ?? text.length), publishedYear),
      rank: true,
    });
  };
  for (const m of text.matchAll(TOP)) {
    const numberEnd = m.index + m[0].length;
    const noun = countedNounAt(text, numberEnd);
    const end = noun ? noun.end : numberEnd;
    add(m.index, end, Number(m[1]), null, noun?.text ?? null, 'up_to');
  }
  for (const m of text.matchAll(POSITION)) {
    const value = Number(m[1]);
    if (value === 0) continue;
    const of = m[2] === undefined ? null : Number(m[2].replace('.', ''));
    if (of !== null && of < value) continue;
    // A bare position: the words around it (`xếp hạng GII`) say what it ranks.
    add(m.index, m.index + m[0].length, value, of, null, 'exact');
  }
  return out;
}
