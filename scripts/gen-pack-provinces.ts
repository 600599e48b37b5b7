// Generates the built-in programme pack's provinces.yaml from ../shared/facts/provinces-2025.csv:
//   npx tsx scripts/gen-pack-provinces.ts [csv] [out]
// Defaults: ../shared/facts/provinces-2025.csv → programmes/nq57/provinces.yaml.
// Writes the 34 provincial units in force from 2025-07-01 (kind `province`, with the former provinces
// they were formed from) and the 63 former provinces (kind `former_province`, each merged into its
// unit). An unchanged province appears twice: as a unit and as a former province merged into it.
// adminCentre is the CSV's admin_centre_per_NQ60: the former province whose seat becomes the centre.
// Format: docs/programme-pack.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { Document, isScalar, visit } from 'yaml';
import { foldForSearch } from '../src/text/fold.ts';

const MERGER_DATE = '2025-07-01';
const MERGER_SOURCE = 'https://news.laodong.vn/thoi-su/thoi-diem-ket-thuc-hoat-dong-bo-may-52-tinh-thanh-cu-1522769.ldo';

/**
 * Names written more than one way in the CSV, made one. The same rule as canonicalName in
 * scripts/gen-provinces.ts (replicated, not imported, so that neither script depends on the other):
 * Ho Chi Minh City has one spelling, and any dash between names becomes ` - `.
 */
function canonicalName(raw: string): string {
  const name = raw.trim().normalize('NFC');
  if (name === 'TP.HCM' || name === 'TP. Hồ Chí Minh') return 'Thành phố Hồ Chí Minh';
  return name.replace(/\s*[–—-]\s*/gu, ' - ');
}

/** An admin centre may carry the town in brackets, `Bình Định (Quy Nhơn)`: only the names are canonical. */
function canonicalCentre(raw: string): string {
  const m = /^(.*?)\s*(\(.*\))?$/u.exec(raw.trim());
  const base = canonicalName(m?.[1] ?? raw);
  return m?.[2] ? `${base} ${m[2]}` : base;
}

/** `Hà Nội` → `ha-noi`, `Bà Rịa - Vũng Tàu` → `ba-ria-vung-tau`; Ho Chi Minh City → `tp-ho-chi-minh`. */
export function provinceSlug(name: string): string {
  if (name === 'Thành phố Hồ Chí Minh') return 'tp-ho-chi-minh';
  return foldForSearch(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Earlier names not in the CSV: Thừa Thiên Huế became the centrally-run city of Huế on 2025-01-01. */
const FORMER_NAMES: Record<string, { name: string; until: string }[]> = {
  Huế: [{ name: 'Thừa Thiên Huế', until: '2024-12-31' }],
};

interface CsvRow {
  new_unit: string;
  type: string;
  merged_from: string;
  admin_centre_per_NQ60: string;
  centre_verified_in_excerpt: string;
}

interface Entry {
  id: string;
  name: string;
  kind: 'province' | 'former_province';
  formerNames?: { name: string; until: string }[];
  mergedInto?: { agency: string; from: string };
  mergedFrom?: string[];
  adminCentre?: string;
  sources: string[];
  verified: boolean;
}

/** The provinces.yaml text for the given CSV text. */
export function renderPackProvinces(csv: string, origin = 'provinces-2025.csv'): string {
  const rows = parse(csv.normalize('NFC'), { columns: true, skip_empty_lines: true, trim: true }) as CsvRow[];
  const units: Entry[] = [];
  const former: Entry[] = [];
  for (const row of rows) {
    const name = canonicalName(row.new_unit);
    if (row.type !== 'city' && row.type !== 'province') throw new Error(`${origin}: unknown type "${row.type}" for ${name}`);
    const verifiedWord = row.centre_verified_in_excerpt;
    if (!['yes', 'partly', 'no'].includes(verifiedWord)) throw new Error(`${origin}: unknown centre_verified_in_excerpt "${verifiedWord}" for ${name}`);
    const id = provinceSlug(name);
    const mergedNames = row.merged_from === '(unchanged)' ? [name] : row.merged_from.split('+').map(canonicalName);
    const extra = FORMER_NAMES[name];
    units.push({
      id,
      name,
      kind: 'province',
      ...(extra ? { formerNames: extra.map((f) => ({ ...f })) } : {}),
      mergedFrom: mergedNames.map((n) => `old-${provinceSlug(n)}`),
      adminCentre: canonicalCentre(row.admin_centre_per_NQ60),
      sources: [MERGER_SOURCE],
      // The merger itself is in the source; `no` means the admin centre was not confirmed there.
      verified: verifiedWord !== 'no',
    });
    for (const n of mergedNames) {
      const old = FORMER_NAMES[n];
      former.push({
        id: `old-${provinceSlug(n)}`,
        name: n,
        kind: 'former_province',
        ...(old ? { formerNames: old.map((f) => ({ ...f })) } : {}),
        mergedInto: { agency: id, from: MERGER_DATE },
        sources: [MERGER_SOURCE],
        verified: true,
      });
    }
  }
  if (units.length !== 34 || former.length !== 63) {
    throw new Error(`${origin}: expected 34 units from 63 provinces, got ${units.length} from ${former.length}`);
  }
  const ids = [...units, ...former].map((e) => e.id);
  const dup = ids.find((x, i) => ids.indexOf(x) !== i);
  if (dup) throw new Error(`${origin}: two provinces have the id "${dup}"`);

  const header = [
    '# GENERATED by scripts/gen-pack-provinces.ts from shared/facts/provinces-2025.csv: do not edit by hand.',
    '# Regenerate: cd /path/to/radar57 && npx tsx scripts/gen-pack-provinces.ts [csv] [out]',
    `# The 34 provincial units in force from ${MERGER_DATE} (Resolution 202/2025/QH15) and the 63 former`,
    '# provinces merged into them. A unit has verified: false when its admin centre was not confirmed in',
    '# the source. Format: docs/programme-pack.md.',
  ].join('\n');
  const doc = new Document({ provinces: [...units, ...former] }, { aliasDuplicateObjects: false });
  // Dates are quoted, as in the hand-written pack files, so that no YAML 1.1 reader takes them for timestamps.
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && /^\d{4}-\d{2}(?:-\d{2})?$/.test(node.value)) node.type = 'QUOTE_SINGLE';
    },
  });
  return `${header}\n${doc.toString({ lineWidth: 0 })}`;
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const csvPath = process.argv[2] ?? resolve(root, '../shared/facts/provinces-2025.csv');
  const outPath = process.argv[3] ?? resolve(root, 'programmes/nq57/provinces.yaml');
  writeFileSync(outPath, renderPackProvinces(readFileSync(csvPath, 'utf8'), csvPath));
  console.log(`wrote ${outPath}`);
}
