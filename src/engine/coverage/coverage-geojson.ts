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
  return { type: 'FeatureCollection', features: [...features, ...holeFeatures(areas)] };
}

/** Each settlement area's hole outlines, largest first. */
export function holeFeatures(areas: AreaReport[]): Feature[] {
  return areas.flatMap((a) => a.holeOutlines.map((h, i): Feature => ({
    type: 'Feature', properties: { kind: 'hole', area: a.code, areaName: a.name, rank: i + 1, areaKm2: h.areaKm2 }, geometry: h.geometry,
  })));
}
