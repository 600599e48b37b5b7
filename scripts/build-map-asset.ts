// Builds the web app's province map from ../shared/geo (public-domain geoBoundaries shapes):
//   npx tsx scripts/build-map-asset.ts [geo-dir] [out-dir]
// Defaults: ../shared/geo → web/src/assets/. Writes vn-provinces.topo.json, one TopoJSON with two
// objects sharing their arcs:
//   units34      the 34 provincial units from 1 July 2025, each the merge (topojson-client mergeArcs)
//                of its former provinces, so a border between two units is stored once;
//   provinces63  the 63 former provinces, for figures dated before 1 July 2025.
// Every geometry's `id` is the programme pack's province id (programmes/nq57/provinces.yaml:
// `dien-bien`, `old-dien-bien`), found by comparing folded names (src/text/fold.ts), so the app joins
// API figures to shapes without any name matching of its own. Coordinates are quantized (1e4 steps
// over the extent: about 130 m, far below what a national choropleth shows). The source's
// attribution and this command are written into the file's `metadata` and into the README beside it.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { mergeArcs, quantize } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Objects, Polygon, Topology } from 'topojson-specification';
import { foldForSearch } from '../src/text/fold.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const geoDir = resolve(process.argv[2] ?? resolve(root, '../shared/geo'));
const outDir = resolve(process.argv[3] ?? resolve(root, 'web/src/assets'));
const QUANTIZATION = 1e4;

export const ATTRIBUTION = 'Boundaries: geoBoundaries (geoboundaries.org), public domain. 2025 units merged from the 63 former provinces.';
export const ATTRIBUTION_VI = 'Ranh giới: geoBoundaries (geoboundaries.org), phạm vi công cộng. Các đơn vị năm 2025 ghép từ 63 tỉnh cũ.';

interface PackProvince {
  id: string;
  name: string;
  kind: 'province' | 'former_province';
  formerNames?: { name: string }[];
  mergedInto?: { agency: string };
}

/** Letters and digits of the folded name: `Bà Rịa–Vũng Tàu` and `Bà Rịa - Vũng Tàu` meet at `bariavungtau`. */
const key = (name: string) => foldForSearch(name).replace(/[^a-z0-9]/g, '');

/** The geo files write Ho Chi Minh City `TP.HCM` (63) and `TP. Hồ Chí Minh` (34); the pack `Thành phố Hồ Chí Minh`. */
const ALIASES: Record<string, string> = { [key('TP.HCM')]: key('Thành phố Hồ Chí Minh'), [key('TP. Hồ Chí Minh')]: key('Thành phố Hồ Chí Minh') };

function indexPack(provinces: PackProvince[], kind: PackProvince['kind']): Map<string, PackProvince> {
  const index = new Map<string, PackProvince>();
  for (const p of provinces.filter((q) => q.kind === kind)) {
    for (const name of [p.name, ...(p.formerNames ?? []).map((f) => f.name)]) index.set(key(name), p);
  }
  return index;
}

function find(index: Map<string, PackProvince>, name: string, what: string): PackProvince {
  const k = key(name);
  const p = index.get(ALIASES[k] ?? k);
  if (!p) throw new Error(`${what} "${name}" matches no province of the pack`);
  return p;
}

type Props63 = { name: string; unit34: string };

function main(): void {
  const sourcePath = resolve(geoDir, 'vn-provinces-63.topojson');
  const sourceText = readFileSync(sourcePath, 'utf8');
  const topo = JSON.parse(sourceText) as Topology<{ provinces: GeometryCollection<Props63> }>;
  const pack = (parse(readFileSync(resolve(root, 'programmes/nq57/provinces.yaml'), 'utf8')) as { provinces: PackProvince[] }).provinces;
  const units = indexPack(pack, 'province');
  const formers = indexPack(pack, 'former_province');
  const source = topo.objects.provinces.geometries as (Polygon<Props63> | MultiPolygon<Props63>)[];
  if (source.length !== 63) throw new Error(`expected 63 former provinces, found ${source.length}`);

  const provinces63 = source.map((g) => {
    const former = find(formers, g.properties!.name, 'former province');
    const unit = find(units, g.properties!.unit34, 'unit');
    if (former.mergedInto && former.mergedInto.agency !== unit.id) throw new Error(`${former.name}: the geo file merges it into ${unit.id}, the pack into ${former.mergedInto.agency}`);
    return { type: g.type, arcs: g.arcs, id: former.id, properties: { name: former.name, unit: unit.id } } as Polygon | MultiPolygon;
  });
  const members = new Map<string, (Polygon | MultiPolygon)[]>();
  for (const g of provinces63) {
    const unit = (g.properties as { unit: string }).unit;
    members.set(unit, [...(members.get(unit) ?? []), g]);
  }
  const unitsInPack = pack.filter((p) => p.kind === 'province');
  const units34 = unitsInPack.map((u) => {
    const parts = members.get(u.id);
    if (!parts) throw new Error(`unit ${u.name} has no shape`);
    return { ...mergeArcs(topo as unknown as Topology, parts), id: u.id, properties: { name: u.name } };
  });
  if (units34.length !== 34) throw new Error(`expected 34 units, found ${units34.length}`);

  const merged = {
    type: 'Topology',
    arcs: topo.arcs,
    objects: {
      units34: { type: 'GeometryCollection', geometries: units34 },
      provinces63: { type: 'GeometryCollection', geometries: provinces63 },
    },
  } as unknown as Topology<Objects<object>>;
  const quantized = quantize(merged, QUANTIZATION);
  const metadata = {
    attribution: ATTRIBUTION,
    attributionVi: ATTRIBUTION_VI,
    licence: 'Public domain (geoBoundaries VNM-ADM1-63759600)',
    source: 'https://www.geoboundaries.org/ — boundary VNM-ADM1-63759600 (gbOpen, Viet Nam ADM1, build of 2023-12-12), via ../shared/geo/vn-provinces-63.topojson',
    sourceSha256: createHash('sha256').update(sourceText).digest('hex'),
    madeBy: 'npx tsx scripts/build-map-asset.ts (34 units merged from the 63 with topojson-client mergeArcs; quantized to 1e4; ids from programmes/nq57/provinces.yaml)',
  };
  const out = resolve(outDir, 'vn-provinces.topo.json');
  const text = `${JSON.stringify({ ...quantized, metadata })}\n`;
  writeFileSync(out, text);
  console.log(`${out}: ${units34.length} units, ${provinces63.length} former provinces, ${quantized.arcs.length} arcs, ${(text.length / 1024).toFixed(0)} KB (source ${(sourceText.length / 1024).toFixed(0)} KB)`);
}

main();
