// News about a register task: a sentence that names the task's lead agency, is on the task's
// subject, and says the work is done or is late. Pure. Such a sentence proposes a status (done, or
// still under way) for an editor to confirm, like a fulfilling document proposes a completion.
import { foldForSearch } from '../text/fold.ts';
import { subjectWords } from './task-completion.ts';

/**
 * Status cues, as written in news. Done: the work finished or the product issued. Late: behind
 * schedule or not yet finished, which the register records as still under way (its timeliness
 * then shows the delay against the deadline).
 */
export const STATUS_CUES: ReadonlyArray<readonly [string, 'hoan_thanh' | 'dang_thuc_hien']> = [
  ['đã hoàn thành', 'hoan_thanh'],
  ['đã ban hành', 'hoan_thanh'],
  ['đã được ban hành', 'hoan_thanh'],
  ['đã được phê duyệt', 'hoan_thanh'],
  ['đã phê duyệt', 'hoan_thanh'],
  ['hoàn thành việc', 'hoan_thanh'],
  ['chậm tiến độ', 'dang_thuc_hien'],
  ['chậm so với', 'dang_thuc_hien'],
  ['bị chậm', 'dang_thuc_hien'],
  ['chưa hoàn thành', 'dang_thuc_hien'],
  ['chưa được ban hành', 'dang_thuc_hien'],
  ['chưa ban hành', 'dang_thuc_hien'],
  ['quá hạn', 'dang_thuc_hien'],
  ['đang hoàn thiện', 'dang_thuc_hien'],
];

/** A news sentence must share this much of the task's subject, and at least this many words. */
export const NEWS_SUBJECT_SHARE = 0.6;
export const NEWS_SUBJECT_WORDS = 3;

const words = (text: string): Set<string> => new Set(foldForSearch(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean));
const contains = (haystack: string, needle: string): boolean => ` ${haystack} `.includes(` ${needle} `);
const spaced = (text: string): string => foldForSearch(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ');

export interface NewsStatus {
  status: 'hoan_thanh' | 'dang_thuc_hien';
  score: number;
  reasons: string[];
}

/** `agencyNames`: the lead's names (canonical and as the pack writes it). */
export function statusFromSentence(taskTitle: string, agencyNames: readonly string[], sentence: string): NewsStatus | null {
  const text = spaced(sentence);
  const agency = agencyNames.find((n) => n.trim() && contains(text, spaced(n)));
  if (!agency) return null;
  // The first cue in the sentence, the longer at one place: `chưa hoàn thành việc …` is a delay,
  // although `hoàn thành việc` follows inside it.
  const at = (c: string): number => ` ${text} `.indexOf(` ${spaced(c)} `);
  const cue = STATUS_CUES.filter(([c]) => at(c) >= 0).sort((a, b) => at(a[0]) - at(b[0]) || b[0].length - a[0].length)[0];
  if (!cue) return null;
  const wanted = subjectWords(taskTitle);
  const have = words(sentence);
  const shared = [...wanted].filter((w) => have.has(w));
  if (wanted.size === 0 || shared.length < Math.min(NEWS_SUBJECT_WORDS, wanted.size) || shared.length / wanted.size < NEWS_SUBJECT_SHARE) return null;
  const share = shared.length / wanted.size;
  return {
    status: cue[1],
    score: Math.round((0.3 + 0.4 * share) * 1000) / 1000,
    reasons: [`tin: “${cue[0]}”`, `cơ quan: ${agency}`, `chủ đề: ${shared.length}/${wanted.size} từ`],
  };
}
