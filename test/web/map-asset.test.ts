// The app's map asset (web/src/assets/vn-provinces.topo.json, made by scripts/build-map-asset.ts):
// every pack province has one shape under its id, and each unit is the union of its former provinces,
// as the shared 34-unit file draws it (compared by area when ../shared/geo is present).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { BUILTIN_PACK_DIR, loadPack } from '../../src/programme/load.ts';
import { foldForSearch } from '../../src/text/fold.ts';

const asset = JSON.parse(readFileSync(fileURLToPath(new URL('../../web/src/assets/vn-provinces.topo.json', import.meta.url)), 'utf8')) as Topology & { metadata: { attribution: string } };
const pack = loadPack(BUILTIN_PACK_DIR);
const SHARED_34 = fileURLToPath(new URL('../../../shared/geo/vn-provinces-34.geojson', import.meta.url));

type Props = { name: string; unit?: string };
const collection = (name: 'units34' | 'provinces63') => feature(asset, asset.objects[name] as GeometryCollection<Props>) as FeatureCollection<Geometry, Props>;

test('34 units and 63 former provinces, under the pack\'s ids and names', () => {
  const units = collection('units34').features;
  const formers = collection('provinces63').features;
  assert.deepEqual(units.map((f) => f.id).sort(), pack.provinces.filter((p) => p.kind === 'province').map((p) => p.id).sort());
  assert.deepEqual(formers.map((f) => f.id).sort(), pack.provinces.filter((p) => p.kind === 'former_province').map((p) => p.id).sort());
  for (const f of formers) {
    const p = pack.provinces.find((q) => q.id === f.id)!;
    assert.equal(f.properties.unit, p.mergedInto?.agency, `${p.name} merges into its pack unit`);
    assert.equal(f.properties.name, p.name);
  }
  assert.match(asset.metadata.attribution, /geoBoundaries/);
  assert.ok(asset.transform, 'quantized');
});

test('each unit covers the area of the shared 34-unit boundaries', { skip: existsSync(SHARED_34) ? false : `${SHARED_34} is absent` }, () => {
  const shared = JSON.parse(readFileSync(SHARED_34, 'utf8')) as FeatureCollection<Geometry, { name: string }>;
  const fold = (s: string) => foldForSearch(s).replace(/[^a-z]/g, '');
  const alias = (s: string) => (fold(s) === 'tphochiminh' ? 'thanhphohochiminh' : fold(s));
  const areas = new Map(shared.features.map((f) => [alias(f.properties.name), geoArea(f)]));
  for (const unit of collection('units34').features) {
    const expected = areas.get(alias(unit.properties.name));
    assert.ok(expected, `${unit.properties.name} is in the shared file`);
    assert.ok(Math.abs(geoArea(unit) - expected) / expected < 0.01, `${unit.properties.name}: area within 1 %`);
  }
});
