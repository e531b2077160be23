/**
 * The coverage raster's geometry: square metric pixels in a local Lambert azimuthal
 * equal-area projection centred on the study area (so every pixel has the same true area,
 * and distances within ~300 km are off by well under 0.1%).
 * x grows east, y grows south (d3-geo's screen convention), row 0 is the northern edge.
 */
export interface GridSpec {
  /** Projection centre [lon, lat]. */
  centerLonLat: [number, number];
  resM: number;
  /** Projected x of the west edge of column 0, metres. */
  x0M: number;
  /** Projected y of the north edge of row 0, metres (y grows south). */
  y0M: number;
  width: number;
  height: number;
}

export function pixelCentreXY(grid: GridSpec, col: number, row: number): [number, number] {
  return [grid.x0M + (col + 0.5) * grid.resM, grid.y0M + (row + 0.5) * grid.resM];
}

export function pixelAreaKm2(grid: GridSpec): number {
  return (grid.resM * grid.resM) / 1e6;
}
