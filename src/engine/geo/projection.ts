/**
 * The local projection every raster uses: Lambert azimuthal equal-area centred on the study
 * area, in metres (scale = mean Earth radius 6,371,008.8 m), x east, y south.
 * Equal-area keeps pixel areas true; within ~300 km of the centre distances are off < 0.1%.
 */
import { geoAzimuthalEqualArea, type GeoProjection } from 'd3-geo';
import type { Position } from 'geojson';
import type { AreaGeometry } from '../model/dataset.ts';

export const EARTH_RADIUS_M = 6371008.8;

export function gridProjection(centerLonLat: [number, number]): GeoProjection {
  return geoAzimuthalEqualArea()
    .rotate([-centerLonLat[0], -centerLonLat[1]])
    .scale(EARTH_RADIUS_M)
    .translate([0, 0]);
}

/** Rings of a (Multi)Polygon as flat projected coordinate arrays [x0,y0,x1,y1,...]. */
export function projectRings(geometry: AreaGeometry, project: (p: [number, number]) => [number, number] | null): Float64Array[] {
  const polygons: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const rings: Float64Array[] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const flat = new Float64Array(ring.length * 2);
      ring.forEach((p, i) => {
        const xy = project([p[0], p[1]]);
        if (!xy) throw new RangeError(`cannot project [${p[0]}, ${p[1]}]`);
        flat[2 * i] = xy[0];
        flat[2 * i + 1] = xy[1];
      });
      rings.push(flat);
    }
  }
  return rings;
}

export function ringsBounds(rings: Float64Array[]): [number, number, number, number] {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const r of rings) {
    for (let i = 0; i < r.length; i += 2) {
      if (r[i] < minX) minX = r[i];
      if (r[i] > maxX) maxX = r[i];
      if (r[i + 1] < minY) minY = r[i + 1];
      if (r[i + 1] > maxY) maxY = r[i + 1];
    }
  }
  return [minX, minY, maxX, maxY];
}
