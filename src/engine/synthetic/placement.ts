/**
 * Geometry for placing synthetic sites: hexagonal lattices over a disk, random points in a
 * polygon, all in a local metric frame ([x, y] metres around a centre, y south like the grid).
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { AreaGeometry } from '../model/dataset.ts';
import { gridProjection } from '../geo/projection.ts';
import type { Rng } from './rng.ts';

/** Lattice points (spacing m) whose distance from the centre is at most radiusM; always at least the centre. */
export function hexLatticeInDisk(radiusM: number, spacingM: number): [number, number][] {
  const out: [number, number][] = [];
  const rowStep = (spacingM * Math.sqrt(3)) / 2;
  const rows = Math.ceil(radiusM / rowStep);
  for (let j = -rows; j <= rows; j++) {
    const y = j * rowStep, shift = (Math.abs(j) % 2) * spacingM / 2;
    const cols = Math.ceil(radiusM / spacingM) + 1;
    for (let i = -cols; i <= cols; i++) {
      const x = i * spacingM + shift;
      if (x * x + y * y <= radiusM * radiusM) out.push([x, y]);
    }
  }
  return out.length ? out : [[0, 0]];
}

export function offsetLonLat(centre: [number, number], [dx, dy]: [number, number]): [number, number] {
  const p = gridProjection(centre);
  const ll = p.invert!([dx, dy]) as [number, number];
  return [round6(ll[0]), round6(ll[1])];
}

/** A uniformly random point inside a (Multi)Polygon, by rejection from its bounding box. */
export function randomPointIn(geometry: AreaGeometry, rng: Rng): [number, number] {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let minLon = Infinity, minLat = Infinity, maxLon = -Infinity, maxLat = -Infinity;
  for (const poly of polys) for (const [lon, lat] of poly[0]) {
    minLon = Math.min(minLon, lon); maxLon = Math.max(maxLon, lon); minLat = Math.min(minLat, lat); maxLat = Math.max(maxLat, lat);
  }
  for (let tries = 0; tries < 10_000; tries++) {
    const p: [number, number] = [round6(minLon + rng() * (maxLon - minLon)), round6(minLat + rng() * (maxLat - minLat))];
    if (booleanPointInPolygon(p, geometry)) return p;
  }
  throw new RangeError('could not place a point inside the polygon');
}

export function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
