// Formatting shared by the programme, review and document pages: values with their qualifier and
// unit, scopes in words.
import type { I18n } from './i18n.ts';
// The server's own rule for what day a period stands for (a deadline of `2030` is 31/12/2030):
// a pure module, bundled as is, so the charts and the status rule agree.
import { periodEnd } from '../../src/text/periods.ts';

export { periodEnd };
import type { Observation } from './types.ts';

/** `khoảng 39,52 %`, `12.106 trạm`, `16–18 %`. */
export function formatValue(i18n: I18n, value: number, unit?: string | null, qualifier?: Observation['qualifier'], valueMax?: number | null): string {
  const q = qualifier && qualifier !== 'exact' && qualifier !== 'range' ? `${i18n.t(`qual.${qualifier}`)} ` : '';
  const range = valueMax !== null && valueMax !== undefined && valueMax !== value ? `–${i18n.num(valueMax)}` : '';
  const u = unit ? (unit.startsWith('%') ? unit : ` ${unit}`) : '';
  return `${q}${i18n.num(value)}${range}${u}`;
}

export function observationValue(i18n: I18n, o: Observation, fallbackUnit?: string): string {
  return formatValue(i18n, o.value, o.unit ?? fallbackUnit, o.qualifier, o.valueMax);
}

/** `national` → toàn quốc; `province:Hà Nội` → Hà Nội; `agency:viettel` → viettel. */
export function scopeLabel(i18n: I18n, scope: string): string {
  if (scope === 'national') return i18n.lang === 'vi' ? 'toàn quốc' : 'national';
  const m = /^(province|agency|org|region):(.*)$/.exec(scope);
  return m?.[2] ?? scope;
}


/** Milliseconds since the epoch at UTC midnight of the period's last day: the charts' x value. */
export function timeOf(iso: string): number {
  return Date.parse(`${periodEnd(iso)}T00:00:00Z`);
}

export function percent(i18n: I18n, share: number | null | undefined): string {
  if (share === null || share === undefined) return '—';
  return `${i18n.num(share * 100, 0)} %`;
}

/** Letters only Vietnamese writes (with its tone and vowel marks). */
const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;

/**
 * Vietnamese text: at least a fifth of its words carry a Vietnamese letter (in running Vietnamese
 * most do). An English note quoting a Vietnamese phrase (`% dân số`) stays English.
 */
export function isVietnamese(text: string): boolean {
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  if (words.length === 0) return false;
  return words.filter((w) => VIETNAMESE_LETTER.test(w)).length / words.length >= 0.2;
}

/**
 * A pack note in the reader's language. A pack may give both (`{vi, en}`); a note written in one
 * language only is left out of the Vietnamese interface when it is English (the English one shows all).
 */
export function noteText(i18n: I18n, note: string | { vi: string; en?: string } | null | undefined): string {
  if (!note) return '';
  if (typeof note !== 'string') return i18n.name(note);
  return i18n.lang === 'en' || isVietnamese(note) ? note : '';
}

/**
 * ISO dates inside a sentence the server wrote (`số liệu mới nhất (2025-12-31) đã đạt`) as a reader
 * writes them: 31/12/2025.
 */
export function datesInText(text: string): string {
  return text.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (_m, y: string, mo: string, d: string) => `${d}/${mo}/${y}`).replace(/\b(\d{4})-(\d{2})\b(?!-)/g, (_m, y: string, mo: string) => `${mo}/${y}`);
}
