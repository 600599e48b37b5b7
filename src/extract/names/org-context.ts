// What the words around an organisation's name add to it: a term suffix (`Quốc hội Khóa XV`), a
// province that makes a generic body a provincial one, and elliptical siblings in a coordinated list
// (`hai Sở Khoa học và Công nghệ Bà Rịa-Vũng Tàu, Bình Dương`: the second is `Sở … Bình Dương`).
import { placeIndex } from '../gazetteer/places.ts';
import type { OrgType } from '../gazetteer/organizations.ts';
import type { Token } from './tokens.ts';

/** Token index after a `khóa XV` term suffix at `at`, or `at` when there is none. */
export function afterTermSuffix(tokens: readonly Token[], at: number): number {
  const word = tokens[at];
  const numeral = tokens[at + 1];
  if (word?.key === 'khóa' && numeral && /^[IVXL]+$/u.test(numeral.text)) return at + 2;
  return at;
}

/** Where the province that ends tokens [from, to) starts, or null when the name does not end in one. */
export function trailingProvince(tokens: readonly Token[], from: number, to: number): number | null {
  for (let k = from; k < to; k++) {
    const place = placeIndex().matchAt(tokens, k);
    if (place && place.to === to && place.value.unit !== null) return k;
  }
  return null;
}

/** A generic body named after its province (`Trung tâm Chuyển đổi số TP.HCM`) is a provincial body. */
export function provincialType(orgType: OrgType, endsInProvince: boolean): OrgType {
  return endsInProvince && (orgType === 'other' || orgType === 'state') ? 'province_body' : orgType;
}

const COUNT_WORDS = new Set(['hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'các', 'những']);

/** `hai Sở …`, `các Sở …`, `3 Sở …`: a plural head, so a list of provinces may follow it. */
export function pluralBefore(tokens: readonly Token[], headAt: number): boolean {
  const prev = tokens[headAt - 1];
  return !!prev && (COUNT_WORDS.has(prev.key) || /^\d+$/u.test(prev.text));
}

export interface Sibling {
  from: number;
  to: number;
  placeName: string;
}

/** Provinces listed after a plural provincial body (`…, Bình Dương và Long An`), each the same kind of body. */
export function ellipticalSiblings(tokens: readonly Token[], after: number): Sibling[] {
  const out: Sibling[] = [];
  let j = after;
  while (tokens[j]?.text === ',' || tokens[j]?.key === 'và') {
    const at = tokens[j + 1]?.key === 'tỉnh' ? j + 2 : j + 1;
    const place = placeIndex().matchAt(tokens, at);
    if (!place || place.value.unit === null) break;
    out.push({ from: j + 1, to: place.to, placeName: place.value.name });
    j = place.to;
  }
  return out;
}
