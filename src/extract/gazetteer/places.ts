// One lookup over every place name the extractor knows: the 63 pre-merger provinces, the 34 units
// after 1/7/2025, their common aliases, and countries/regions. Built once, on first use.
import { PhraseIndex } from '../names/phrase-index.ts';
import { CROSSWALK_DATE, PROVINCIAL_UNITS } from './provinces.ts';
import { WORLD_PLACES } from './world.ts';

export interface PlaceEntry {
  /** Canonical name. */
  name: string;
  placeType: 'province' | 'country' | 'region' | 'city' | 'other';
  /** Today's provincial unit for a province or centrally-run city; null for everything else. */
  unit: string | null;
}

const HCMC = 'Thành phố Hồ Chí Minh';

/** Spellings beyond the canonical name. Prefixed forms are aliases only where the bare name is not a place. */
const PROVINCE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  [HCMC]: ['thành phố Hồ Chí Minh', 'TP.HCM', 'TP HCM', 'TPHCM', 'TP. Hồ Chí Minh', 'TP Hồ Chí Minh', 'Tp.HCM', 'Sài Gòn'],
  'Bà Rịa - Vũng Tàu': ['Bà Rịa Vũng Tàu'],
  'Đắk Lắk': ['Đăk Lăk', 'Đắc Lắc'],
  'Đắk Nông': ['Đăk Nông'],
  'Kon Tum': ['Kontum'],
  'Bắc Kạn': ['Bắc Cạn'],
};

/** Names of provinces that existed before the merger but are not a provincial unit today. */
const FORMER_ONLY: Readonly<Record<string, string>> = { 'Thừa Thiên Huế': 'Huế', 'Thừa Thiên - Huế': 'Huế' };

function provinceEntries(): PlaceEntry[] {
  const out: PlaceEntry[] = [];
  for (const unit of PROVINCIAL_UNITS) {
    for (const old of unit.mergedFrom) {
      const isCity = unit.type === 'city' && old === unit.name;
      out.push({ name: old, placeType: isCity ? 'city' : 'province', unit: unit.name });
    }
  }
  return out;
}

let cached: PhraseIndex<PlaceEntry> | null = null;

/** Every known place name and alias → its entry; longest match wins (`Thái Bình Dương` ≠ `Thái Bình`). */
export function placeIndex(): PhraseIndex<PlaceEntry> {
  if (cached) return cached;
  const index = new PhraseIndex<PlaceEntry>();
  for (const entry of provinceEntries()) {
    index.add(entry.name, entry);
    for (const alias of PROVINCE_ALIASES[entry.name] ?? []) index.add(alias, entry);
  }
  for (const [alias, unit] of Object.entries(FORMER_ONLY)) {
    index.add(alias, { name: 'Thừa Thiên Huế', placeType: 'province', unit });
  }
  for (const place of WORLD_PLACES) {
    const [name = ''] = place.names;
    const entry: PlaceEntry = { name, placeType: place.placeType, unit: null };
    for (const alias of place.names) index.add(alias, entry);
  }
  cached = index;
  return index;
}

/**
 * The provincial unit in force on `published` (ISO date or datetime): the name itself before the
 * crosswalk date, today's unit from it on; null when the date is unknown or the place is not a province.
 */
export function unitAtDate(entry: PlaceEntry, published: string | null): string | null {
  if (!entry.unit || !published || !/^\d{4}-\d{2}-\d{2}/u.test(published)) return null;
  return published.slice(0, 10) < CROSSWALK_DATE ? entry.name : entry.unit;
}
