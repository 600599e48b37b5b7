// A choropleth of Viet Nam's provinces: the 34 units from 1 July 2025, or the 63 former provinces for
// figures dated before. Each province is a link (Tab reaches it, Enter opens its page) named with its
// value for screen readers; focusing or pointing at one writes its value in the readout below the map.
// The shapes are the app asset built by scripts/build-map-asset.ts (ids are the pack's province ids),
// loaded on first use; the projection is fitted to the whole extent, so Hoàng Sa and Trường Sa stay
// in the frame. Colours are never the only signal: the table beside the map gives the same numbers.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { useI18n } from '../i18n.ts';
import type { TargetStatus } from '../types.ts';
import { internalHref } from '../links.ts';

export type MapView = 'units34' | 'provinces63';
export type MapMode = 'value' | 'status';

export interface MapValue {
  /** The number coloured in value mode; null leaves the unit uncoloured. */
  value: number | null;
  /** The value as the reader sees it (`35 %`, `8 lượt nhắc`). */
  text: string;
  status?: TargetStatus | string | null;
}

interface ShapeProps {
  name: string;
  unit?: string;
}

type MapAsset = Topology & { metadata?: { attribution: string; attributionVi: string } };

let assetPromise: Promise<MapAsset> | null = null;
/** The shapes, fetched once per page load (a chunk of its own, about 21 KB compressed). */
function loadAsset(): Promise<MapAsset> {
  assetPromise ??= import('../assets/vn-provinces.topo.json').then((m) => m.default as unknown as MapAsset);
  return assetPromise;
}

/** Five blues, light to dark: sequential, readable for the colour-blind, printable. */
const BLUES = ['#dbe7f5', '#a9c5e8', '#6f9fd6', '#3a72b8', '#1d4f91'];
/** No value: a grey hatch (a pattern in the map, a gradient in the legend), unlike any class colour. */
const NO_DATA = 'url(#map-no-data)';
const NO_DATA_SWATCH = 'repeating-linear-gradient(45deg, #f4f5f7 0 3px, #c3c8d0 3px 4px)';
const STATUS_FILL: Record<string, string> = { achieved: '#17713a', on_track: '#5fa873', at_risk: '#e39a3b', off_track: '#b42318', not_assessable: '#9aa3b0', no_data: NO_DATA };
const swatchOf = (fill: string | undefined) => (fill === NO_DATA ? NO_DATA_SWATCH : fill);

/** Equal-interval classes between the smallest and largest value; one class when they are equal. */
export function classBreaks(values: readonly number[], classes = BLUES.length): number[] {
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (min === max) return [min];
  const breaks = Array.from({ length: classes }, (_, i) => min + ((max - min) * i) / classes);
  // Counts get whole-number classes (≥ 2, not ≥ 1,6), fewer when the range is small.
  return values.every(Number.isInteger) ? [...new Set(breaks.map((b, i) => (i === 0 ? b : Math.ceil(b))))] : breaks;
}

function classOf(value: number, breaks: readonly number[]): number {
  if (breaks.length <= 1) return BLUES.length - 1;
  let k = 0;
  for (let i = 0; i < breaks.length; i++) if (value >= breaks[i]!) k = i;
  return k;
}

const WIDTH = 360;

export function ProvinceMap({ view, mode, values, label, hrefOf }: { view: MapView; mode: MapMode; values: ReadonlyMap<string, MapValue>; label: string; hrefOf: (id: string, unit: string) => string }) {
  const { t, lang, num } = useI18n();
  const [asset, setAsset] = useState<MapAsset | null>(null);
  const [failed, setFailed] = useState(false);
  const [active, setActive] = useState<string | null>(null);
  useEffect(() => {
    loadAsset().then(setAsset, () => setFailed(true));
  }, []);

  const shapes = useMemo(() => {
    if (!asset) return null;
    const fc = feature(asset, asset.objects[view] as GeometryCollection<ShapeProps>) as FeatureCollection<Geometry, ShapeProps>;
    // Fitted to the width; the height is what the country needs at that width, so no blank band.
    const projection = geoMercator().fitWidth(WIDTH, fc);
    const path = geoPath(projection);
    const height = Math.ceil(path.bounds(fc)[1][1]);
    return { height, units: fc.features.map((f: Feature<Geometry, ShapeProps>) => ({ id: String(f.id), name: f.properties.name, unit: f.properties.unit ?? String(f.id), d: path(f) ?? '' })) };
  }, [asset, view]);

  const numbers = [...values.values()].map((v) => v.value).filter((v): v is number => v !== null);
  const breaks = classBreaks(numbers);
  const fillOf = (id: string): string => {
    const v = values.get(id);
    if (!v) return NO_DATA;
    if (mode === 'status') return STATUS_FILL[v.status ?? 'no_data'] ?? NO_DATA;
    return v.value === null ? NO_DATA : BLUES[classOf(v.value, breaks)]!;
  };
  const describe = (id: string, name: string) => `${name}: ${values.get(id)?.text ?? t('map.noValue')}`;
  const activeShape = shapes?.units.find((s) => s.id === active) ?? null;

  if (failed) return <p class="hint">{t('map.failed')}</p>;
  return (
    <figure class="province-map" data-testid="province-map" data-view={view}>
      {!shapes ? (
        <p class="muted">{t('common.loading')}</p>
      ) : (
        <svg viewBox={`0 0 ${WIDTH} ${shapes.height}`} role="group" aria-label={label} data-testid="map-svg">
          <defs>
            <pattern id="map-no-data" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="4" height="4" fill="#f4f5f7" />
              <line x1="0" y1="0" x2="0" y2="4" stroke="#c3c8d0" stroke-width="1.2" />
            </pattern>
          </defs>
          {shapes.units.map((s) => (
            <a
              key={s.id}
              href={internalHref(hrefOf(s.id, s.unit))}
              aria-label={describe(s.id, s.name)}
              data-testid="map-unit"
              data-province-id={s.id}
              onFocus={() => setActive(s.id)}
              onBlur={() => setActive((a) => (a === s.id ? null : a))}
              onMouseEnter={() => setActive(s.id)}
              onMouseLeave={() => setActive((a) => (a === s.id ? null : a))}
            >
              <path d={s.d} fill={fillOf(s.id)} class={active === s.id ? 'active' : undefined}>
                <title>{describe(s.id, s.name)}</title>
              </path>
            </a>
          ))}
        </svg>
      )}
      <p class="map-readout" aria-live="polite" data-testid="map-readout">
        {activeShape ? describe(activeShape.id, activeShape.name) : t('map.hint')}
      </p>
      <figcaption>
        {mode === 'value' && breaks.length > 0 && (
          <ul class="map-legend" aria-label={t('map.legend')}>
            {breaks.map((b, i) => (
              <li key={b}>
                <span class="swatch" style={{ background: breaks.length === 1 ? BLUES[BLUES.length - 1] : BLUES[i] }} /> {breaks.length === 1 ? num(b) : `≥ ${num(b)}`}
              </li>
            ))}
            <li>
              <span class="swatch" style={{ background: NO_DATA_SWATCH }} /> {t('map.noValue')}
            </li>
          </ul>
        )}
        {mode === 'status' && (
          <ul class="map-legend" aria-label={t('map.legend')}>
            {(['achieved', 'on_track', 'at_risk', 'off_track', 'not_assessable', 'no_data'] as const).map((s) => (
              <li key={s}>
                <span class="swatch" style={{ background: swatchOf(STATUS_FILL[s]) }} /> {t(`status.${s}`)}
              </li>
            ))}
          </ul>
        )}
        <small class="map-attribution" data-testid="map-attribution">
          {lang === 'vi' ? (asset?.metadata?.attributionVi ?? '') : (asset?.metadata?.attribution ?? '')}
        </small>
      </figcaption>
    </figure>
  );
}
