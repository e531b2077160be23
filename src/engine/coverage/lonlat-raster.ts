/**
 * The local-projection raster resampled (nearest pixel) onto a WGS-84 longitude/latitude grid
 * of about the same pixel size, for GeoTIFF (EPSG:4326) and map overlays. lonLatFrame and
 * sourceRowIndices are shared with the streamed writer (stream/lonlat-tiles.ts), so both give
 * the same values.
 */
import type { GeoProjection } from 'd3-geo';
import type { GridSpec } from '../geo/grid.ts';
import { gridProjection } from '../geo/projection.ts';

export interface LonLatFrame {
  width: number;
  height: number;
  west: number;
  north: number;
  dLon: number;
  dLat: number;
}

export interface LonLatRaster extends LonLatFrame {
  /** Row-major from the north-west corner; `nodata` where outside the study area. */
  values: Float32Array;
  nodata: number;
}

export function lonLatFrame(grid: GridSpec): LonLatFrame {
  const projection = gridProjection(grid.centerLonLat);
  const corners = [[0, 0], [grid.width, 0], [0, grid.height], [grid.width, grid.height], [grid.width / 2, 0], [grid.width / 2, grid.height], [0, grid.height / 2], [grid.width, grid.height / 2]]
    .map(([c, r]) => projection.invert!([grid.x0M + c * grid.resM, grid.y0M + r * grid.resM]) as [number, number]);
  const west = Math.min(...corners.map((p) => p[0])), east = Math.max(...corners.map((p) => p[0]));
  const south = Math.min(...corners.map((p) => p[1])), north = Math.max(...corners.map((p) => p[1]));
  const dLat = grid.resM / 111_195;
  const dLon = dLat / Math.cos((((north + south) / 2) * Math.PI) / 180);
  return { width: Math.ceil((east - west) / dLon), height: Math.ceil((north - south) / dLat), west, north, dLon, dLat };
}

/** For output row r, the source grid pixel of each output column (-1 = off the grid), into `out`. */
export function sourceRowIndices(grid: GridSpec, frame: LonLatFrame, projection: GeoProjection, r: number, out: Float64Array): void {
  const lat = frame.north - (r + 0.5) * frame.dLat;
  for (let c = 0; c < frame.width; c++) {
    const [x, y] = projection([frame.west + (c + 0.5) * frame.dLon, lat]) as [number, number];
    const col = Math.floor((x - grid.x0M) / grid.resM), row = Math.floor((y - grid.y0M) / grid.resM);
    out[c] = col < 0 || row < 0 || col >= grid.width || row >= grid.height ? -1 : row * grid.width + col;
  }
}

export function resampleToLonLat(grid: GridSpec, values: Float32Array, inside: Uint8Array, nodata = -9999): LonLatRaster {
  const projection = gridProjection(grid.centerLonLat);
  const frame = lonLatFrame(grid);
  const out = new Float32Array(frame.width * frame.height).fill(nodata);
  const source = new Float64Array(frame.width);
  for (let r = 0; r < frame.height; r++) {
    sourceRowIndices(grid, frame, projection, r, source);
    for (let c = 0; c < frame.width; c++) {
      const i = source[c];
      if (i >= 0 && inside[i] && Number.isFinite(values[i])) out[r * frame.width + c] = values[i];
    }
  }
  return { ...frame, values: out, nodata };
}
