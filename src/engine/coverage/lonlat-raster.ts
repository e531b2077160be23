/**
 * The local-projection raster resampled (nearest pixel) onto a WGS-84 longitude/latitude grid
 * of about the same pixel size, for GeoTIFF (EPSG:4326) and map overlays.
 */
import type { GridSpec } from '../geo/grid.ts';
import { gridProjection } from '../geo/projection.ts';

export interface LonLatRaster {
  width: number;
  height: number;
  west: number;
  north: number;
  dLon: number;
  dLat: number;
  /** Row-major from the north-west corner; `nodata` where outside the study area. */
  values: Float32Array;
  nodata: number;
}

export function resampleToLonLat(grid: GridSpec, values: Float32Array, inside: Uint8Array, nodata = -9999): LonLatRaster {
  const projection = gridProjection(grid.centerLonLat);
  const corners = [[0, 0], [grid.width, 0], [0, grid.height], [grid.width, grid.height], [grid.width / 2, 0], [grid.width / 2, grid.height], [0, grid.height / 2], [grid.width, grid.height / 2]]
    .map(([c, r]) => projection.invert!([grid.x0M + c * grid.resM, grid.y0M + r * grid.resM]) as [number, number]);
  const west = Math.min(...corners.map((p) => p[0])), east = Math.max(...corners.map((p) => p[0]));
  const south = Math.min(...corners.map((p) => p[1])), north = Math.max(...corners.map((p) => p[1]));
  const dLat = grid.resM / 111_195;
  const dLon = dLat / Math.cos((((north + south) / 2) * Math.PI) / 180);
  const width = Math.ceil((east - west) / dLon), height = Math.ceil((north - south) / dLat);
  const out = new Float32Array(width * height).fill(nodata);
  for (let r = 0; r < height; r++) {
    const lat = north - (r + 0.5) * dLat;
    for (let c = 0; c < width; c++) {
      const [x, y] = projection([west + (c + 0.5) * dLon, lat]) as [number, number];
      const col = Math.floor((x - grid.x0M) / grid.resM), row = Math.floor((y - grid.y0M) / grid.resM);
      if (col < 0 || row < 0 || col >= grid.width || row >= grid.height) continue;
      const i = row * grid.width + col;
      if (inside[i] && Number.isFinite(values[i])) out[r * width + c] = values[i];
    }
  }
  return { width, height, west, north, dLon, dLat, values: out, nodata };
}
