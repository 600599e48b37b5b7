// Interface language: Vietnamese by default, English on request, remembered in localStorage.
// Strings live in messages.ts; numbers follow the language (vi-VN: 12.106 and 39,52), dates are
// always dd/mm/yyyy as Vietnamese readers write them.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { messages, type MessageKey } from './messages.ts';

export type Lang = 'vi' | 'en';

const STORAGE_KEY = 'r57.lang';

export function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function storeLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
  document.documentElement.lang = lang;
}

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** The message in the current language, `{name}` placeholders filled from `vars`. */
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  num: (n: number | null | undefined, maxFractionDigits?: number) => string;
  /** An ISO date, month, year or instant as dd/mm/yyyy, mm/yyyy or yyyy. */
  date: (iso: string | null | undefined) => string;
  /** An instant as dd/mm/yyyy hh:mm in Vietnam time. */
  dateTime: (iso: string | null | undefined) => string;
  /** A bilingual name ({vi, en}) in the current language. */
  name: (n: { vi: string; en?: string } | undefined) => string;
}

export function makeI18n(lang: Lang, setLang: (l: Lang) => void): I18n {
  const dict = messages[lang];
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const locale = lang === 'vi' ? 'vi-VN' : 'en-GB';
  return {
    lang,
    setLang,
    t: (key, vars) => {
      const text = dict[key] ?? messages.vi[key] ?? key;
      return vars ? text.replace(/\{(\w+)\}/g, (m, v: string) => (v in vars ? String(vars[v]) : m)) : text;
    },
    num: (n, max = 2) => {
      if (n === null || n === undefined || Number.isNaN(n)) return '—';
      let f = numberFormats.get(max);
      if (!f) numberFormats.set(max, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: max })));
      return f.format(n);
    },
    date: formatDate,
    dateTime: formatDateTime,
    name: (n) => (n ? (lang === 'en' && n.en ? n.en : n.vi) : ''),
  };
}

/** Reads the date as written (no time-zone shift): `2025-07-02T17:12+07:00` is 02/07/2025. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (d) return `${d}/${mo}/${y}`;
  if (mo) return `${mo}/${y}`;
  return y ?? iso;
}

const VN_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const t = Date.parse(iso);
  if (Number.isNaN(t) || !iso.includes('T')) return formatDate(iso);
  return VN_TIME.format(new Date(t)).replace(',', '');
}

export const I18nContext = createContext<I18n>(makeI18n('vi', () => undefined));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
