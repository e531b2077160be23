/**
 * A 0/1 pixel mask (a window of the grid) -> [lon, lat] MultiPolygon with d3-contour (marching
 * squares at 0.5), back through the grid's projection. Outlines cut pixel corners by half a pixel:
 * they are drawings; areas come from pixel counts.
 */
import { contours } from 'd3-contour';
import type { MultiPolygon, Position } from 'geojson';
import type { GridSpec } from './grid.ts';
import { gridProjection } from './projection.ts';

/** 1e-7 degrees is about 1 cm: plenty for a 10 m pixel, and keeps JSON output short. */
export function roundCoordinate(v: number): number {
  return Math.round(v * 1e7) / 1e7;
}

/**
 * `values` covers the window of width w, height h whose top-left pixel is (col0, row0);
 * callers leave a one-pixel empty margin so shapes on the window's edge close.
 */
export function maskToMultiPolygon(grid: GridSpec, values: ArrayLike<number>, col0: number, row0: number, w: number, h: number): MultiPolygon {
  const [shape] = contours().size([w, h]).thresholds([0.5])(values as number[]);
  const projection = gridProjection(grid.centerLonLat);
  const toLonLat = ([x, y]: Position): Position => {
    const ll = projection.invert!([grid.x0M + (col0 + x) * grid.resM, grid.y0M + (row0 + y) * grid.resM]) as [number, number];
    return [roundCoordinate(ll[0]), roundCoordinate(ll[1])];
  };
  return { type: 'MultiPolygon', coordinates: shape.coordinates.map((poly) => poly.map((ring) => ring.map(toLonLat))) };
}

/** The whole grid's mask (e.g. covered pixels) with the one-pixel margin added. */
export function gridMaskToMultiPolygon(grid: GridSpec, mask: Uint8Array): MultiPolygon {
  const w = grid.width + 2, h = grid.height + 2;
  const values = new Uint8Array(w * h);
  for (let r = 0; r < grid.height; r++) values.set(mask.subarray(r * grid.width, (r + 1) * grid.width), (r + 1) * w + 1);
  return maskToMultiPolygon(grid, values, -1, -1, w, h);
}
