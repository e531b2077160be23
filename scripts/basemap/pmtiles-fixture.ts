// A small vector .pmtiles in the Protomaps basemap schema (layers earth, water, boundaries,
// places), made from the project's own data: Puyang's county outlines and township seats
// (data/puyang/) and the Natural Earth rivers and lakes (public/basemap/), cut into MVT tiles
// with geojson-vt and vt-pbf (the libraries maplibre uses), zooms 6-12. It is the test fixture
// of the app's local .pmtiles basemap. Run: npx tsx scripts/basemap/pmtiles-fixture.ts OUT.pmtiles
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { REPO_ROOT } from '../data/paths.ts';
import { encodePng } from '../../src/cli/png.ts';
import { writePmtiles } from './pmtiles-write.ts';

const MIN_ZOOM = 6, MAX_ZOOM = 12;
/** Puyang and a margin, lon/lat [w, s, e, n]. */
export const FIXTURE_BOUNDS: [number, number, number, number] = [114.6, 35.2, 116.2, 36.4];

const readJson = <T>(rel: string): T => JSON.parse(readFileSync(path.join(REPO_ROOT, rel), 'utf8')) as T;
const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const feature = (geometry: Geometry, properties: Record<string, unknown>): Feature => ({ type: 'Feature', geometry, properties });
/** Chinese names as the Protomaps style reads them in zh-Hans (script Han: the name as is). */
const named = (name: string | undefined) => (name ? { name, 'name:zh-Hans': name, script: 'Han' } : {});

function layersOfPuyang(): Record<string, FeatureCollection> {
  const [w, s, e, n] = FIXTURE_BOUNDS;
  const counties = readJson<FeatureCollection>('data/puyang/counties.geojson');
  const townships = readJson<{ name: string; lonLat?: [number, number] }[]>('data/puyang/townships.json');
  const rivers = readJson<FeatureCollection>('public/basemap/rivers.geojson');
  const lakes = readJson<FeatureCollection>('public/basemap/lakes.geojson');
  return {
    earth: fc([feature({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] }, { kind: 'earth' })]),
    water: fc([
      ...lakes.features.map((f) => feature(f.geometry, { kind: 'lake', ...named(f.properties?.name_zh as string | undefined) })),
      ...rivers.features.map((f) => feature(f.geometry, { kind: 'river', ...named(f.properties?.name_zh as string | undefined) })),
    ]),
    boundaries: fc(counties.features.map((f) => feature(f.geometry, { kind: 'county', kind_detail: 6 }))),
    places: fc(townships.flatMap((t) => (t.lonLat
      ? [feature({ type: 'Point', coordinates: t.lonLat }, { kind: 'locality', min_zoom: 8, population_rank: 9, ...named(t.name) })] : []))),
  };
}

/** Boundaries as lines (the style draws them as lines). */
function outlines(c: FeatureCollection): FeatureCollection {
  return fc(c.features.flatMap((f) => {
    const g = f.geometry;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    return polys.map((rings) => feature({ type: 'MultiLineString', coordinates: rings }, f.properties ?? {}));
  }));
}

function tileRange(z: number): { x0: number; x1: number; y0: number; y1: number } {
  const [w, s, e, n] = FIXTURE_BOUNDS, size = 2 ** z;
  const x = (lon: number) => Math.floor(((lon + 180) / 360) * size);
  const y = (lat: number) => { const r = (lat * Math.PI) / 180; return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * size); };
  return { x0: x(w), x1: x(e), y0: y(n), y1: y(s) };
}

export function puyangVectorPmtiles(): Uint8Array {
  const layers = layersOfPuyang();
  layers.boundaries = outlines(layers.boundaries);
  const indexes = Object.entries(layers).map(([id, data]) => [id, new GeoJSONVT(data, { maxZoom: MAX_ZOOM, indexMaxZoom: MAX_ZOOM, tolerance: 3, extent: 4096, buffer: 64 })] as const);
  const tiles: { z: number; x: number; y: number; bytes: Uint8Array }[] = [];
  for (let z = MIN_ZOOM; z <= MAX_ZOOM; z++) {
    const { x0, x1, y0, y1 } = tileRange(z);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) {
      const found = Object.fromEntries(indexes.flatMap(([id, index]) => { const t = index.getTile(z, x, y); return t && t.features.length ? [[id, t]] : []; }));
      if (Object.keys(found).length) tiles.push({ z, x, y, bytes: gzipSync(fromGeojsonVt(found, { version: 2, extent: 4096 })) });
    }
  }
  return writePmtiles({
    tileType: 'mvt', tiles, bounds: FIXTURE_BOUNDS,
    metadata: {
      name: 'g5plan Puyang test basemap',
      attribution: '测试底图：濮阳县界与乡镇（g5plan 数据集）· Made with Natural Earth',
      vector_layers: Object.keys(layers).map((id) => ({ id, fields: {}, minzoom: MIN_ZOOM, maxzoom: MAX_ZOOM })),
    },
  });
}

/** A raster .pmtiles of 256 px PNG tiles over the same box (zooms 6-10): a checkerboard of two tints with a dark tile border, easy to see on a screenshot. */
export function checkerRasterPmtiles(): Uint8Array {
  const tiles: { z: number; x: number; y: number; bytes: Uint8Array }[] = [];
  for (let z = MIN_ZOOM; z <= 10; z++) {
    const { x0, x1, y0, y1 } = tileRange(z);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) {
      const rgba = new Uint8Array(256 * 256 * 4);
      const tint = (x + y) % 2 ? [255, 224, 178] : [197, 225, 165];
      for (let i = 0; i < 256 * 256; i++) {
        const px = i % 256, py = Math.floor(i / 256), edge = px < 2 || py < 2;
        rgba.set(edge ? [96, 96, 96, 255] : [...tint, 255], i * 4);
      }
      tiles.push({ z, x, y, bytes: encodePng(rgba, 256, 256) });
    }
  }
  return writePmtiles({ tileType: 'png', tiles, bounds: FIXTURE_BOUNDS, metadata: { name: 'g5plan raster test basemap', attribution: '测试栅格底图（棋盘格）' } });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const out = process.argv[2] ?? 'puyang-test.pmtiles';
  const bytes = puyangVectorPmtiles();
  writeFileSync(out, bytes);
  console.log(`${out}: ${bytes.length} bytes`);
}
