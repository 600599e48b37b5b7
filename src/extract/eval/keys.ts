// Match keys and attribute comparisons for the fact evaluation (rules: test/gold/README.md).
import { foldForSearch } from '../../text/fold.ts';
import type { DatePeriod, LegalRefMention } from '../facts.ts';
import type { GoldLegalRef, OneOrMany } from './gold.ts';

/** Folded text with dashes unified, spaces around dashes and runs of spaces collapsed. */
export function foldKey(text: string): string {
  return foldForSearch(text)
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Place key: folded, without an administrative prefix (`tỉnh`, `thành phố`, `TP.`). */
export function placeKey(name: string): string {
  return foldKey(name).replace(/^(tinh|thanh pho|tp\.?)\s*/, '');
}

/** Law-name key: folded; an amending law is keyed by its base law; `(sửa đổi)` dropped. */
export function lawKey(name: string): string {
  return foldKey(name)
    .replace(/^luat sua doi,? bo sung mot so dieu cua (cac )?/, '')
    .replace(/\s*\(?sua doi\)?$/, '')
    .trim();
}

/** Legal id key: NFC upper case, no spaces. */
export function legalIdKey(id: string): string {
  return id.normalize('NFC').toUpperCase().replace(/\s+/g, '');
}

/** The number a legal id starts with (`57-NQ/TW` → `57`), leading zeros dropped. */
function idNumber(id: string): string {
  const m = /^0*(\d+)/.exec(id.trim());
  return m ? m[1]! : '';
}

export function legalRefMatches(gold: GoldLegalRef, pred: LegalRefMention): boolean {
  if (gold.id) return pred.id !== null && legalIdKey(pred.id) === legalIdKey(gold.id);
  if (gold.lawName) return pred.lawName !== null && lawKey(pred.lawName) === lawKey(gold.lawName);
  if (gold.number) {
    const n = gold.number.replace(/^0+(?=\d)/, '');
    if (pred.id) return idNumber(pred.id) === n;
    const types = toList(gold.type ?? null).filter((t): t is string => typeof t === 'string');
    return pred.lawName === null && pred.type !== null && types.some((t) => foldKey(t) === foldKey(pred.type!));
  }
  return false;
}

/** A human-readable key of a gold legal reference (for listings). */
export function goldLegalKey(gold: GoldLegalRef): string {
  return gold.id ?? gold.lawName ?? `${String(gold.type ?? '?')} ${gold.number ?? '?'}`;
}

const MONTH_DAY = /^--(\d{2}-\d{2})$/;

/** Date value equality; a gold `--MM-DD` (year unknown) compares month and day only. */
export function dateMatches(gold: string | DatePeriod, pred: string | DatePeriod): boolean {
  if (typeof gold === 'string') {
    if (typeof pred !== 'string') return false;
    const md = MONTH_DAY.exec(gold);
    if (md) return pred.endsWith(md[1]!) && /(^|-)\d{2}-\d{2}$/.test(pred);
    return pred === gold;
  }
  return typeof pred !== 'string' && pred.start === gold.start && pred.end === gold.end;
}

export function formatDate(value: string | DatePeriod): string {
  return typeof value === 'string' ? value : `${value.start}..${value.end}`;
}

export function numbersEqual(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function toList<T>(v: OneOrMany<T>): T[] {
  return Array.isArray(v) ? v : [v];
}

/** Attribute equality for value accuracy: strings folded, any of a gold list accepted. */
export function attrMatches(
  gold: OneOrMany<string | number | null>,
  pred: string | number | null | undefined,
  normalize: (s: string) => string = foldKey,
): boolean {
  return toList(gold).some((g) => {
    if (g === null || pred === null || pred === undefined) return (g ?? null) === (pred ?? null);
    if (typeof g === 'number' || typeof pred === 'number') return numbersEqual(Number(g), Number(pred));
    return normalize(g) === normalize(pred);
  });
}
