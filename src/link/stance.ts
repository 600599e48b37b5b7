// Stance from the words: is a figure a goal (target), a measured value (reported), or an estimate
// or forecast (decided with its date, observations.ts)? The nearest cue before the number in its own
// stretch of the sentence decides; else a cue right after it (`22.758 trạm đã được lắp đặt`); else
// the figure before it in the sentence (a list shares its verb: `mục tiêu 90% dân số …, với hơn
// 68.000 trạm`); else a cue earlier in the sentence. `đến năm 2030` is a deadline only while the year
// is ahead of the text: `Đến cuối năm 2024, tỷ lệ này chỉ đạt 45,8%` written in 2025 reports.
import { phraseKey, phraseOffsets } from './keys.ts';
import { STANCE_AFTER, STANCE_CUES, type StanceClass } from './words.ts';
import type { DocumentContext } from './document.ts';
import type { Figure } from './figures.ts';

export interface StanceReading {
  cls: StanceClass | null;
  from: 'lead' | 'after' | 'list' | 'sentence' | 'none';
}

const CUES = STANCE_CUES.map(([p, c]) => [phraseKey(p), c] as const);
const AFTER = STANCE_AFTER.map(([p, c]) => [phraseKey(p), c] as const);
const DEADLINE = /(?<![\p{L}])(tính\s+)?(?:đến|tới)\s+(?:cuối\s+|hết\s+)?năm\s+(\d{4})/gu;

/** Whether a deadline year is still ahead of the text: its own year and later when it has a clock, later otherwise. */
export function yearAhead(year: number, ctx: DocumentContext): boolean {
  if (ctx.year === null) return true;
  return year > ctx.year || (ctx.clock !== null && year === ctx.year);
}

interface Cue {
  at: number;
  end: number;
  cls: StanceClass;
}

/** Stance cues in key[from, to), longest first where two overlap, in text order. */
export function stanceCues(key: string, from: number, to: number, ctx: DocumentContext): Cue[] {
  const found: Cue[] = [];
  for (const [phrase, cls] of CUES) for (const at of phraseOffsets(key, phrase, from, to)) found.push({ at, end: at + phrase.length, cls });
  DEADLINE.lastIndex = 0;
  const slice = key.slice(from, to);
  for (const m of slice.matchAll(DEADLINE)) {
    if (m[1] || !yearAhead(Number(m[2]), ctx)) continue; // `tính đến năm 2024`, or a year already gone
    found.push({ at: from + m.index, end: from + m.index + m[0].length, cls: 'target' });
  }
  found.sort((a, b) => b.end - b.at - (a.end - a.at));
  const kept: Cue[] = [];
  for (const c of found) if (!kept.some((k) => c.at < k.end && k.at < c.end)) kept.push(c);
  return kept.sort((a, b) => a.at - b.at);
}

function afterCue(key: string, fig: Figure): StanceClass | null {
  const m = /^[^.;!?,\d]{0,30}/u.exec(key.slice(fig.end));
  const window = m ? m[0] : '';
  let best: { at: number; cls: StanceClass } | null = null;
  for (const [phrase, cls] of AFTER) {
    const at = phraseOffsets(window, phrase)[0];
    if (at !== undefined && (!best || at < best.at)) best = { at, cls };
  }
  return best?.cls ?? null;
}

export function readStance(fig: Figure, ctx: DocumentContext, memo: Map<Figure, StanceReading>): StanceReading {
  const known = memo.get(fig);
  if (known) return known;
  const key = fig.field.key;
  const own = stanceCues(key, fig.leadStart, fig.numberAt, ctx).at(-1);
  let reading: StanceReading;
  if (own) reading = { cls: own.cls, from: 'lead' };
  else {
    const after = afterCue(key, fig);
    const listed = fig.prev ? readStance(fig.prev, ctx, memo) : null;
    const earlier = stanceCues(key, fig.sentence.start, fig.leadStart, ctx).at(-1);
    if (after) reading = { cls: after, from: 'after' };
    else if (listed && listed.cls) reading = { cls: listed.cls, from: 'list' };
    else if (earlier) reading = { cls: earlier.cls, from: 'sentence' };
    else reading = { cls: null, from: 'none' };
  }
  memo.set(fig, reading);
  return reading;
}
