/**
 * Coverage as GeoJSON for export (`coverage --out`, the app's export): the covered area as one
 * MultiPolygon, then each settlement area's holes, largest first (contract section 3).
 */
import type { Feature, FeatureCollection } from 'geojson';
import { gridMaskToMultiPolygon } from '../geo/mask-polygons.ts';
import type { AreaReport } from './area-report.ts';
import type { CoverageRaster } from './types.ts';

export function coverageToGeoJson(raster: CoverageRaster, areas: AreaReport[]): FeatureCollection {
  const features: Feature[] = [{ type: 'Feature', properties: { kind: 'covered' }, geometry: gridMaskToMultiPolygon(raster.grid, raster.covered) }];
  for (const a of areas) {
    a.holeOutlines.forEach((h, i) => features.push({
      type: 'Feature', properties: { kind: 'hole', area: a.code, areaName: a.name, rank: i + 1, areaKm2: h.areaKm2 }, geometry: h.geometry,
    }));
  }
  return { type: 'FeatureCollection', features };
}
