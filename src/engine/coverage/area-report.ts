/**
 * Per settlement-area coverage for reports (contract section 5, coverage "areas"): covered
 * share and population share, holes (4-connected uncovered sets, contract section 3) with
 * their count, the largest in km2, and outlines. Each area is worked out on a window of the
 * raster around it, so a whole raster (reportAreas) and a run that streams tiles and keeps only
 * the windows of the areas in flight (stream/area-windows.ts) give the same reports.
 */
import type { MultiPolygon } from 'geojson';
import { rasterizeGeometry } from '../geo/rasterize.ts';
import { pixelCentreXY, type GridSpec } from '../geo/grid.ts';
import { gridProjection } from '../geo/projection.ts';
import { roundCoordinate } from '../geo/mask-polygons.ts';
import type { TargetArea } from '../model/dataset.ts';
import { holeToMultiPolygon, summarizeAreaCoverage, type Hole } from './holes.ts';
import type { AreaStats, CoverageMask } from './types.ts';

export interface AreaReport extends AreaStats {
  /** Largest first; innerPoint is the centre of the hole's middle pixel, always inside the hole. */
  holeOutlines: { areaKm2: number; geometry: MultiPolygon; innerPoint: [number, number] }[];
}

/** Outlines for at most this many holes per area, largest first: the rest are counted only. */
export const MAX_HOLE_OUTLINES = 20;

/** A window of the raster: [col0, row0, width, height] and its covered / population pixels (row-major). */
export interface AreaWindow {
  bounds: [number, number, number, number];
  covered: Uint8Array;
  population: Float32Array | null;
}

/** The pixel window that holds every pixel of the area (clipped to the grid), or null when it has none. */
export function areaWindowBounds(grid: GridSpec, pixels: ArrayLike<number>): [number, number, number, number] | null {
  if (!pixels.length) return null;
  let c0 = Infinity, c1 = -Infinity;
  for (let i = 0; i < pixels.length; i++) { const c = pixels[i] % grid.width; if (c < c0) c0 = c; if (c > c1) c1 = c; }
  const r0 = Math.floor(pixels[0] / grid.width), r1 = Math.floor(pixels[pixels.length - 1] / grid.width);
  return [c0, r0, c1 - c0 + 1, r1 - r0 + 1];
}

export function reportAreas(raster: CoverageMask, areas: TargetArea[]): AreaReport[] {
  const { grid } = raster;
  return areas.map((area) => {
    const pixels = rasterizeGeometry(grid, area.geometry);
    const bounds = areaWindowBounds(grid, pixels) ?? [0, 0, 0, 0];
    const [c0, r0, w, h] = bounds;
    const covered = new Uint8Array(w * h), population = raster.populationPerPixel ? new Float32Array(w * h) : null;
    for (let r = 0; r < h; r++) {
      const from = (r0 + r) * grid.width + c0;
      covered.set(raster.covered.subarray(from, from + w), r * w);
      population?.set(raster.populationPerPixel!.subarray(from, from + w), r * w);
    }
    return reportArea(grid, area, pixels, { bounds, covered, population });
  });
}

/**
 * One area's report from its pixels (ascending grid indices, as rasterizeGeometry gives) and a
 * window holding them. `outlines` false: no hole outlines (holeOutlines empty), for a caller that
 * only counts the holes.
 */
export function reportArea(grid: GridSpec, area: TargetArea, pixels: Uint32Array, win: AreaWindow, outlines = true): AreaReport {
  const cellKm2 = (grid.resM * grid.resM) / 1e6;
  const [c0, r0, w] = win.bounds;
  const local = Uint32Array.from(pixels, (p) => (Math.floor(p / grid.width) - r0) * w + (p % grid.width) - c0);
  // Holes are found in the window's own indices (same row-major order, so the same holes in the same order).
  const summary = summarizeAreaCoverage({ ...grid, width: w }, win.covered, local);
  let pop = 0, popCovered = 0;
  if (win.population) {
    for (const p of local) { pop += win.population[p]; popCovered += win.covered[p] * win.population[p]; }
  }
  const holes = outlines ? summary.holes.slice(0, MAX_HOLE_OUTLINES).map((h) => toGrid(h, grid.width, c0, r0, w)) : [];
  return {
    code: area.id, name: area.name, tier: area.tier, modelled: area.modelled,
    areaKm2: pixels.length * cellKm2, coveredShare: summary.coveredShare ?? 0,
    populationCoveredShare: pop > 0 ? popCovered / pop : null,
    holes: summary.holes.length, largestHoleKm2: summary.holes[0]?.areaKm2 ?? 0,
    holeOutlines: holes.map((h) => ({ areaKm2: h.areaKm2, geometry: holeToMultiPolygon(grid, h), innerPoint: pixelLonLat(grid, h.pixels[h.pixels.length >> 1]) })),
  };
}

/** A hole found in window indices, back in the grid's. */
function toGrid(h: Hole, gridW: number, c0: number, r0: number, w: number): Hole {
  return {
    ...h, pixels: h.pixels.map((p) => (Math.floor(p / w) + r0) * gridW + (p % w) + c0),
    minCol: h.minCol + c0, maxCol: h.maxCol + c0, minRow: h.minRow + r0, maxRow: h.maxRow + r0,
  };
}

function pixelLonLat(grid: GridSpec, index: number): [number, number] {
  const [x, y] = pixelCentreXY(grid, index % grid.width, Math.floor(index / grid.width));
  const [lon, lat] = gridProjection(grid.centerLonLat).invert!([x, y]) as [number, number];
  return [roundCoordinate(lon), roundCoordinate(lat)];
}
