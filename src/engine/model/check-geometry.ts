/**
 * Validation of a region or target-area geometry (contract sections 5 and 6): a GeoJSON Polygon
 * or MultiPolygon (RFC 7946 3.1.6-3.1.7) with closed rings of at least 4 positions, in WGS-84
 * degrees, lon -180..180 and lat -90..90, and inside China's bounding box (73..136 E, 3..54 N)
 * since every model in g5plan assumes a Chinese network. Returns the first problem, or null.
 */
import type { AreaGeometry } from './dataset.ts';

export const CHINA_BBOX = { minLon: 73, maxLon: 136, minLat: 3, maxLat: 54 } as const;

function positionProblem(p: unknown): string | null {
  if (!Array.isArray(p) || p.length < 2 || typeof p[0] !== 'number' || typeof p[1] !== 'number' || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
    return `position ${JSON.stringify(p)} must be [lon, lat] numbers`;
  }
  const [lon, lat] = p as number[];
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return `position [${lon}, ${lat}] is out of range (lon -180..180, lat -90..90)`;
  const b = CHINA_BBOX;
  if (lon < b.minLon || lon > b.maxLon || lat < b.minLat || lat > b.maxLat) {
    return `position [${lon}, ${lat}] is outside China (${b.minLon}..${b.maxLon} E, ${b.minLat}..${b.maxLat} N); coordinates must be WGS-84 [lon, lat]`;
  }
  return null;
}

function ringProblem(ring: unknown, where: string): string | null {
  if (!Array.isArray(ring) || ring.length < 4) return `${where} must be an array of at least 4 positions`;
  for (const p of ring) {
    const problem = positionProblem(p);
    if (problem) return `${where}: ${problem}`;
  }
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  if (first[0] !== last[0] || first[1] !== last[1]) return `${where} is not closed (first and last positions differ)`;
  return null;
}

function polygonProblem(rings: unknown, where: string): string | null {
  if (!Array.isArray(rings) || rings.length === 0) return `${where} must be an array of linear rings`;
  for (let i = 0; i < rings.length; i++) {
    const problem = ringProblem(rings[i], `${where} ring ${i}`);
    if (problem) return problem;
  }
  return null;
}

/** Null when `g` is a valid Polygon/MultiPolygon inside China, else what is wrong with it. */
export function areaGeometryProblem(g: unknown): string | null {
  const geom = g as { type?: unknown; coordinates?: unknown } | null;
  if (!geom || typeof geom !== 'object' || (geom.type !== 'Polygon' && geom.type !== 'MultiPolygon')) {
    return `must be a Polygon or MultiPolygon, got ${geom && typeof geom === 'object' ? JSON.stringify(geom.type) : JSON.stringify(g)}`;
  }
  if (geom.type === 'Polygon') return polygonProblem(geom.coordinates, 'polygon');
  if (!Array.isArray(geom.coordinates) || geom.coordinates.length === 0) return 'multipolygon must be an array of polygons';
  for (let i = 0; i < geom.coordinates.length; i++) {
    const problem = polygonProblem(geom.coordinates[i], `polygon ${i}`);
    if (problem) return problem;
  }
  return null;
}

export const isAreaGeometry = (g: unknown): g is AreaGeometry => areaGeometryProblem(g) === null;
