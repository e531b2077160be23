/**
 * Per settlement-area coverage for reports (contract section 5, coverage "areas"): covered
 * share and population share, holes (4-connected uncovered sets, contract section 3) with
 * their count, the largest in km2, and outlines.
 */
import type { MultiPolygon } from 'geojson';
import { rasterizeGeometry } from '../geo/rasterize.ts';
import { pixelCentreXY, type GridSpec } from '../geo/grid.ts';
import { gridProjection } from '../geo/projection.ts';
import { roundCoordinate } from '../geo/mask-polygons.ts';
import type { TargetArea } from '../model/dataset.ts';
import { holeToMultiPolygon, summarizeAreaCoverage } from './holes.ts';
import type { AreaStats, CoverageMask } from './types.ts';

export interface AreaReport extends AreaStats {
  /** Largest first; innerPoint is the centre of the hole's middle pixel, always inside the hole. */
  holeOutlines: { areaKm2: number; geometry: MultiPolygon; innerPoint: [number, number] }[];
}

/** Outlines for at most this many holes per area, largest first: the rest are counted only. */
export const MAX_HOLE_OUTLINES = 20;

export function reportAreas(raster: CoverageMask, areas: TargetArea[]): AreaReport[] {
  const { grid } = raster;
  const cellKm2 = (grid.resM * grid.resM) / 1e6;
  return areas.map((area) => {
    const pixels = rasterizeGeometry(grid, area.geometry);
    const summary = summarizeAreaCoverage(grid, raster.covered, pixels);
    let pop = 0, popCovered = 0;
    if (raster.populationPerPixel) {
      for (const p of pixels) { pop += raster.populationPerPixel[p]; popCovered += raster.covered[p] * raster.populationPerPixel[p]; }
    }
    return {
      code: area.id, name: area.name, tier: area.tier, modelled: area.modelled,
      areaKm2: pixels.length * cellKm2, coveredShare: summary.coveredShare ?? 0,
      populationCoveredShare: pop > 0 ? popCovered / pop : null,
      holes: summary.holes.length, largestHoleKm2: summary.holes[0]?.areaKm2 ?? 0,
      holeOutlines: summary.holes.slice(0, MAX_HOLE_OUTLINES).map((h) => ({ areaKm2: h.areaKm2, geometry: holeToMultiPolygon(grid, h), innerPoint: pixelLonLat(grid, h.pixels[h.pixels.length >> 1]) })),
    };
  });
}

function pixelLonLat(grid: GridSpec, index: number): [number, number] {
  const [x, y] = pixelCentreXY(grid, index % grid.width, Math.floor(index / grid.width));
  const [lon, lat] = gridProjection(grid.centerLonLat).invert!([x, y]) as [number, number];
  return [roundCoordinate(lon), roundCoordinate(lat)];
}
