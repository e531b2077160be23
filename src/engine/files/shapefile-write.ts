/**
 * GeoJSON features -> a zipped ESRI Shapefile (.shp, .shx, .dbf, .prj, .cpg), per the ESRI
 * Shapefile Technical Description (1998): Points as shape type 1, Polygons and MultiPolygons
 * as type 5 (outer rings clockwise, holes counter-clockwise, as the format requires). The .prj
 * is WGS-84 geographic (GeoJSON's datum, the same as CGCS2000 to well under a metre); the .cpg
 * says the .dbf text is UTF-8.
 */
import { strToU8, zipSync } from 'fflate';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { writeDbf, type DbfValue } from './dbf-write.ts';

export const WGS84_PRJ = 'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

type Ring = Position[];

function signedArea(ring: Ring): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return a / 2; // > 0: clockwise (x right, y up)
}

function orient(ring: Ring, clockwise: boolean): Ring {
  return (signedArea(ring) > 0) === clockwise ? ring : [...ring].reverse();
}

function polygonRings(f: Feature): Ring[] | null {
  const g = f.geometry;
  const polys = g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : null;
  return polys && polys.flatMap((p) => p.map((ring, i) => orient(ring, i === 0)));
}

/** One record's content (shape type first), little-endian. */
function shapeContent(f: Feature, type: 1 | 5): Uint8Array {
  if (type === 1) {
    const g = f.geometry;
    if (g?.type !== 'Point') return new Uint8Array(4); // null shape
    const b = new DataView(new ArrayBuffer(20));
    b.setInt32(0, 1, true);
    b.setFloat64(4, g.coordinates[0], true);
    b.setFloat64(12, g.coordinates[1], true);
    return new Uint8Array(b.buffer);
  }
  const rings = polygonRings(f);
  if (!rings?.length) return new Uint8Array(4);
  const points = rings.flat();
  const b = new DataView(new ArrayBuffer(44 + 4 * rings.length + 16 * points.length));
  b.setInt32(0, 5, true);
  const xs = points.map((p) => p[0]), ys = points.map((p) => p[1]);
  [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].forEach((v, i) => b.setFloat64(4 + 8 * i, v, true));
  b.setInt32(36, rings.length, true);
  b.setInt32(40, points.length, true);
  let start = 0;
  rings.forEach((r, i) => { b.setInt32(44 + 4 * i, start, true); start += r.length; });
  const at = 44 + 4 * rings.length;
  points.forEach((p, i) => { b.setFloat64(at + 16 * i, p[0], true); b.setFloat64(at + 16 * i + 8, p[1], true); });
  return new Uint8Array(b.buffer);
}

function header(type: number, lengthBytes: number, bbox: number[]): Uint8Array {
  const b = new DataView(new ArrayBuffer(100));
  b.setInt32(0, 9994, false);
  b.setInt32(24, lengthBytes / 2, false);
  b.setInt32(28, 1000, true);
  b.setInt32(32, type, true);
  bbox.forEach((v, i) => b.setFloat64(36 + 8 * i, v, true));
  return new Uint8Array(b.buffer);
}

function bboxOf(fc: FeatureCollection): number[] {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') { b[0] = Math.min(b[0], c[0]); b[1] = Math.min(b[1], c[1] as number); b[2] = Math.max(b[2], c[0]); b[3] = Math.max(b[3], c[1] as number); }
    else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of fc.features) if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  return Number.isFinite(b[0]) ? b : [0, 0, 0, 0];
}

/** The .shp, .shx and .dbf of one layer (all Points or all polygons), with the field names used. */
export function shapefileParts(fc: FeatureCollection, keys: string[]): { shp: Uint8Array; shx: Uint8Array; dbf: Uint8Array; fields: string[] } {
  const type = fc.features.some((f) => f.geometry?.type === 'Point') ? 1 : 5;
  const contents = fc.features.map((f) => shapeContent(f, type));
  const shpLen = 100 + contents.reduce((a, c) => a + 8 + c.length, 0);
  const shp = new Uint8Array(shpLen), shx = new Uint8Array(100 + 8 * contents.length);
  const bbox = bboxOf(fc);
  shp.set(header(type, shpLen, bbox));
  shx.set(header(type, shx.length, bbox));
  const shpView = new DataView(shp.buffer), shxView = new DataView(shx.buffer);
  let at = 100;
  contents.forEach((c, i) => {
    shxView.setInt32(100 + 8 * i, at / 2, false);
    shxView.setInt32(104 + 8 * i, c.length / 2, false);
    shpView.setInt32(at, i + 1, false);
    shpView.setInt32(at + 4, c.length / 2, false);
    shp.set(c, at + 8);
    at += 8 + c.length;
  });
  const rows = fc.features.map((f) => keys.map((k) => (f.properties?.[k] ?? null) as DbfValue));
  const dbf = writeDbf(keys, rows);
  return { shp, shx, dbf: dbf.bytes, fields: dbf.names };
}

/** A zip of one layer named `layer` (.shp/.shx/.dbf/.prj/.cpg); `keys` are the attribute columns. */
export function writeShapefileZip(fc: FeatureCollection, layer: string, keys: string[]): Uint8Array {
  const p = shapefileParts(fc, keys);
  return zipSync({
    [`${layer}.shp`]: p.shp, [`${layer}.shx`]: p.shx, [`${layer}.dbf`]: p.dbf,
    [`${layer}.prj`]: strToU8(WGS84_PRJ), [`${layer}.cpg`]: strToU8('UTF-8'),
  }, { mtime: Date.UTC(2026, 0, 1) }); // a fixed time keeps the output reproducible
}
