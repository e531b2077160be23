// Display rendering (pure, runs in workers/render.worker.ts): resamples the coverage raster (RSRP or SINR) (square metres pixels in the engine's local Lambert
// azimuthal equal-area projection, GridSpec) onto a WebMercator-aligned RGBA image that maplibre
// can drape as an image source. Nearest-neighbour: each output pixel is inverse-projected to
// lon/lat, then forward-projected into the grid; the colour ramps live here too.
import type { GridSpec } from '../geo/grid.ts';
import { gridProjection as projectionOf } from '../geo/projection.ts';

export type RasterMetric = 'rsrp' | 'sinr';

export interface RasterImageRequest {
  grid: GridSpec;
  /** RSRP (dBm) or SINR (dB) per pixel, as `metric` says. */
  values: Float32Array;
  metric: RasterMetric;
  inside: Uint8Array;
  /** Coverage threshold in the metric's unit: below it a pixel shows as a hole. */
  threshold: number;
  /**
   * Only these grid tiles changed since the image the caller holds (an edit): only the part of
   * the image they cover is coloured and returned. Absent: the whole image.
   */
  tiles?: { sizePx: number; ids: number[] };
}

/** A rectangle of the image: first column and row, width and height in pixels. */
export type ImageRect = [number, number, number, number];

export interface RasterImageResult {
  /** The whole image's size. */
  width: number;
  height: number;
  /** The part coloured: the whole image, or with `tiles` the rectangle they cover. */
  rect: ImageRect;
  /** The rectangle's pixels, row by row. */
  rgba: Uint8ClampedArray;
  /** Corners for a maplibre image source: top-left, top-right, bottom-right, bottom-left [lon, lat]. */
  coordinates: [[number, number], [number, number], [number, number], [number, number]];
}

type Rgba = [number, number, number, number];
export interface ColourStop { floor: number; rgba: Rgba }

/** Colour stops, strongest first: a pixel takes the first stop whose floor it reaches. */
export const RAMPS: Record<RasterMetric, ColourStop[]> = {
  rsrp: [
    { floor: -75, rgba: [0, 104, 55, 210] },
    { floor: -85, rgba: [49, 163, 84, 200] },
    { floor: -95, rgba: [145, 207, 96, 190] },
    { floor: -100, rgba: [217, 239, 139, 190] },
  ],
  sinr: [
    { floor: 20, rgba: [0, 104, 55, 210] },
    { floor: 10, rgba: [49, 163, 84, 200] },
    { floor: 3, rgba: [145, 207, 96, 190] },
    { floor: 0, rgba: [217, 239, 139, 190] },
  ],
};
/** The SINR map's hole floor, dB: below it a link hardly decodes (no contract threshold by default). */
export const SINR_FLOOR_DB = -5;
/** Between the last stop and the coverage threshold: still covered. */
export const WEAK_COVERED_RGBA: [number, number, number, number] = [255, 230, 90, 190];
/** Below the threshold (a hole): translucent red so the holes stand out. */
export const UNCOVERED_RGBA: [number, number, number, number] = [215, 48, 39, 150];

export function valueColour(value: number, threshold: number, ramp: ColourStop[]): Rgba {
  if (!(value >= threshold)) return UNCOVERED_RGBA;
  for (const stop of ramp) if (value >= stop.floor) return stop.rgba;
  return WEAK_COVERED_RGBA;
}

const mercY = (latDeg: number): number => Math.log(Math.tan(Math.PI / 4 + (latDeg * Math.PI) / 360));
const mercToLat = (y: number): number => (360 / Math.PI) * Math.atan(Math.exp(y)) - 90;

function gridProjection(grid: GridSpec) {
  return projectionOf(grid.centerLonLat);
}

/** The grid's lon/lat bounding box, from points sampled along its edges. */
function gridBounds(grid: GridSpec): { west: number; east: number; south: number; north: number } {
  const proj = gridProjection(grid);
  const wM = grid.width * grid.resM;
  const hM = grid.height * grid.resM;
  let west = Infinity, east = -Infinity, south = Infinity, north = -Infinity;
  const steps = 32;
  for (let i = 0; i <= steps; i++) {
    const f = i / steps;
    for (const [x, y] of [[f * wM, 0], [f * wM, hM], [0, f * hM], [wM, f * hM]]) {
      const ll = proj.invert!([grid.x0M + x, grid.y0M + y]);
      if (!ll) continue;
      west = Math.min(west, ll[0]); east = Math.max(east, ll[0]);
      south = Math.min(south, ll[1]); north = Math.max(north, ll[1]);
    }
  }
  return { west, east, south, north };
}

/** Output pixel -> grid pixel index (-1 outside): depends on the grid only, so it is built once per grid. */
export interface MercatorIndex {
  width: number;
  height: number;
  index: Int32Array;
  coordinates: RasterImageResult['coordinates'];
}

export function buildMercatorIndex(grid: GridSpec): MercatorIndex {
  const proj = gridProjection(grid);
  const b = gridBounds(grid);
  const yTop = mercY(b.north), yBottom = mercY(b.south);
  const lonSpanRad = ((b.east - b.west) * Math.PI) / 180;
  // Same number of columns as the grid; rows keep Mercator pixels square.
  const width = grid.width;
  const height = Math.max(1, Math.round((width * (yTop - yBottom)) / lonSpanRad));
  const index = new Int32Array(width * height).fill(-1);
  const point: [number, number] = [0, 0];
  for (let r = 0; r < height; r++) {
    point[1] = mercToLat(yTop - ((r + 0.5) / height) * (yTop - yBottom));
    for (let c = 0; c < width; c++) {
      point[0] = b.west + ((c + 0.5) / width) * (b.east - b.west);
      const xy = proj(point);
      if (!xy) continue;
      const col = Math.floor((xy[0] - grid.x0M) / grid.resM);
      const row = Math.floor((xy[1] - grid.y0M) / grid.resM);
      if (col < 0 || row < 0 || col >= grid.width || row >= grid.height) continue;
      index[r * width + c] = row * grid.width + col;
    }
  }
  return { width, height, index, coordinates: [[b.west, b.north], [b.east, b.north], [b.east, b.south], [b.west, b.south]] };
}

/** A colour as one little-endian RGBA word, so a pixel is written with a single store. */
const packRgba = ([r, g, b, a]: Rgba): number => ((a << 24) | (b << 16) | (g << 8) | r) >>> 0;

/**
 * Per grid tile of `sizePx` pixels (row-major, as the coverage engine numbers them), the
 * rectangle of output pixels that show it: [x0, y0, x1, y1] inclusive at 4 t (x0 > x1: none).
 * Made once per grid and tile size, so an edit's image update knows where to look.
 */
export function tileImageRects(ix: MercatorIndex, grid: GridSpec, sizePx: number): Int32Array {
  const tilesX = Math.ceil(grid.width / sizePx), tiles = tilesX * Math.ceil(grid.height / sizePx);
  const rects = new Int32Array(4 * tiles);
  for (let t = 0; t < tiles; t++) rects.set([ix.width, ix.height, -1, -1], 4 * t);
  for (let o = 0; o < ix.index.length; o++) {
    const i = ix.index[o];
    if (i < 0) continue;
    const t = 4 * (Math.floor(Math.floor(i / grid.width) / sizePx) * tilesX + Math.floor((i % grid.width) / sizePx));
    const x = o % ix.width, y = (o - x) / ix.width;
    if (x < rects[t]) rects[t] = x;
    if (y < rects[t + 1]) rects[t + 1] = y;
    if (x > rects[t + 2]) rects[t + 2] = x;
    if (y > rects[t + 3]) rects[t + 3] = y;
  }
  return rects;
}

/** The smallest rectangle holding the given tiles' rectangles (tileImageRects); null when none shows. */
export function unionRect(rects: Int32Array, ids: number[]): ImageRect | null {
  let x0 = Infinity, y0 = Infinity, x1 = -1, y1 = -1;
  for (const t of ids) {
    if (rects[4 * t] > rects[4 * t + 2]) continue;
    x0 = Math.min(x0, rects[4 * t]); y0 = Math.min(y0, rects[4 * t + 1]);
    x1 = Math.max(x1, rects[4 * t + 2]); y1 = Math.max(y1, rects[4 * t + 3]);
  }
  return x1 < 0 ? null : [x0, y0, x1 - x0 + 1, y1 - y0 + 1];
}

/** Colours the image, or only `rect` of it (then rgba holds that rectangle's pixels). */
export function colourise(ix: MercatorIndex, req: RasterImageRequest, rect: ImageRect = [0, 0, ix.width, ix.height]): RasterImageResult {
  const { values, inside, threshold } = req;
  const ramp = RAMPS[req.metric];
  const floors = ramp.map((s) => s.floor);
  const words = ramp.map((s) => packRgba(s.rgba));
  const weak = packRgba(WEAK_COVERED_RGBA), hole = packRgba(UNCOVERED_RGBA);
  const [rx, ry, rw, rh] = rect;
  const rgba = new Uint8ClampedArray(rw * rh * 4);
  const out = new Uint32Array(rgba.buffer); // browsers and Node are little-endian
  for (let y = 0; y < rh; y++) {
    for (let x = 0, o = (ry + y) * ix.width + rx; x < rw; x++, o++) {
      const i = ix.index[o];
      if (i < 0 || !inside[i]) continue;
      const v = values[i];
      if (!(v >= threshold)) { out[y * rw + x] = hole; continue; }
      let word = weak;
      for (let k = 0; k < floors.length; k++) if (v >= floors[k]) { word = words[k]; break; }
      out[y * rw + x] = word;
    }
  }
  return { width: ix.width, height: ix.height, rect, rgba, coordinates: ix.coordinates };
}

/** Writes a coloured rectangle (colourise with a rect) into the whole image's pixels. */
export function pasteRect(image: Uint8ClampedArray, imageWidth: number, part: RasterImageResult): void {
  const [rx, ry, rw, rh] = part.rect;
  for (let y = 0; y < rh; y++) image.set(part.rgba.subarray(4 * y * rw, 4 * (y + 1) * rw), 4 * ((ry + y) * imageWidth + rx));
}

export function rasterToMercatorImage(req: RasterImageRequest): RasterImageResult {
  return colourise(buildMercatorIndex(req.grid), req);
}
