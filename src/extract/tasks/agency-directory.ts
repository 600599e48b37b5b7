// The agencies a task can be given to, with their ids in a programme pack: ministries and other
// bodies (agencies.yaml) and provinces (provinces.yaml). Built once per pack; the built-in pack's is
// read lazily from programmes/nq57 the first time a task is extracted.
import { loadPack, BUILTIN_PACK_DIR } from '../../programme/load.ts';
import type { Agency } from '../../programme/schema.ts';
import { nameKey } from '../names/tone-key.ts';

export interface ProvinceEntry {
  id: string;
  /** The pack's name: `Điện Biên`, `Thành phố Hồ Chí Minh`. */
  name: string;
  /** The name as written after `tỉnh` / `thành phố` (`Hồ Chí Minh`), and former names. */
  writtenNames: string[];
  /** A unit in force (not a province merged away on 2025-07-01). */
  current: boolean;
}

export interface AgencyDirectory {
  /** The pack id of a body by its name, a former name or a short name in parentheses; null when none or ambiguous. */
  idOf(name: string): string | null;
  /** The pack's canonical name of an id. */
  nameOf(id: string): string | null;
  /** The pack's kind of an id: party, assembly, government, ministry, agency, province, former_province, company, other. */
  kindOf(id: string): string | null;
  provinces: readonly ProvinceEntry[];
  /** Every name, former name and parenthesised short name of a non-province agency, with its id. */
  agencyNames: ReadonlyArray<readonly [string, string]>;
}

/** `Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel)` → the name without, and the short name within, the parentheses. */
function nameForms(name: string): string[] {
  const forms = [name];
  const bare = name.replace(/\s*\([^)]*\)\s*/gu, ' ').trim();
  if (bare !== name) forms.push(bare);
  for (const m of name.matchAll(/\(([^)]+)\)/gu)) forms.push(m[1] as string);
  return forms;
}

/** What the directory needs of an agency: a pack's entries, or a hand-made list in a test. */
export type DirectoryAgency = Pick<Agency, 'id' | 'name' | 'kind'> & Partial<Pick<Agency, 'formerNames' | 'mergedInto'>>;

export function createAgencyDirectory(agencies: readonly DirectoryAgency[]): AgencyDirectory {
  const byKey = new Map<string, Set<string>>();
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const agencyNames: Array<readonly [string, string]> = [];
  const add = (name: string, id: string) => {
    const key = nameKey(name);
    if (!byKey.has(key)) byKey.set(key, new Set());
    byKey.get(key)!.add(id);
  };
  for (const a of agencies) {
    const names = [a.name, ...(a.formerNames ?? []).map((f) => f.name)].flatMap(nameForms);
    for (const n of names) {
      add(n, a.id);
      if (a.kind !== 'province' && a.kind !== 'former_province') agencyNames.push([n, a.id]);
    }
  }
  const mergedAway = (id: string) => {
    const a = byId.get(id);
    return a?.kind === 'former_province' || a?.mergedInto !== undefined;
  };
  const provinces: ProvinceEntry[] = agencies
    .filter((a) => a.kind === 'province' || a.kind === 'former_province')
    .map((a) => ({
      id: a.id,
      name: a.name,
      writtenNames: [a.name, ...(a.formerNames ?? []).map((f) => f.name)].map((n) => n.replace(/^Thành phố\s+/u, '')),
      current: a.kind === 'province',
    }));
  return {
    idOf(name) {
      const ids = byKey.get(nameKey(name));
      if (!ids) return null;
      if (ids.size === 1) return [...ids][0] as string;
      // Hà Nội the unit and Hà Nội the pre-2025 province that merged into it: the one that exists.
      const existing = [...ids].filter((id) => !mergedAway(id));
      return existing.length === 1 ? (existing[0] as string) : null;
    },
    nameOf: (id) => byId.get(id)?.name ?? null,
    kindOf: (id) => byId.get(id)?.kind ?? null,
    provinces,
    agencyNames,
  };
}

let builtIn: AgencyDirectory | null = null;

/** The built-in Resolution 57 pack's agencies and provinces. */
export function builtInAgencyDirectory(): AgencyDirectory {
  if (!builtIn) {
    const pack = loadPack(BUILTIN_PACK_DIR);
    builtIn = createAgencyDirectory([...pack.agencies, ...pack.provinces]);
  }
  return builtIn;
}
