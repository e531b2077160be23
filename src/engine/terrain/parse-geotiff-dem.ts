/**
 * A DEM GeoTIFF -> DemGrid. One band; georeferenced by tie point and pixel scale (or a
 * north-up transformation); CRS EPSG:4326, EPSG:4490 (CGCS2000, the same to a DEM's accuracy)
 * or a WGS-84 UTM zone (EPSG:326xx north, 327xx south), which is resampled bilinearly onto a
 * lon/lat grid of the same spacing with proj4. Anything else is refused with a message saying why.
 */
import { fromArrayBuffer } from 'geotiff';
import proj4 from 'proj4';
import type { DemGrid } from './dem-grid.ts';

const GEOGRAPHIC_EPSG = new Set([4326, 4490]);
const USER_DEFINED = 32767;

interface Source { width: number; height: number; values: ArrayLike<number>; nodata: number | null; originX: number; originY: number; resX: number; resY: number; pointSamples: boolean }

function crsOf(keys: Record<string, unknown>, name: string): { geographic: true } | { geographic: false; utmZone: number; south: boolean } {
  const projected = Number(keys.ProjectedCSTypeGeoKey ?? 0);
  const geographic = Number(keys.GeographicTypeGeoKey ?? 0);
  const model = Number(keys.GTModelTypeGeoKey ?? 0);
  if (projected && projected !== USER_DEFINED) {
    if (projected >= 32601 && projected <= 32660) return { geographic: false, utmZone: projected - 32600, south: false };
    if (projected >= 32701 && projected <= 32760) return { geographic: false, utmZone: projected - 32700, south: true };
    throw new RangeError(`${name}: unsupported CRS EPSG:${projected} (supported: EPSG:4326, EPSG:4490, WGS-84 UTM EPSG:326xx/327xx); reproject it first`);
  }
  if (model === 2 || GEOGRAPHIC_EPSG.has(geographic)) {
    if (geographic && geographic !== USER_DEFINED && !GEOGRAPHIC_EPSG.has(geographic)) {
      throw new RangeError(`${name}: unsupported geographic CRS EPSG:${geographic} (supported: EPSG:4326, EPSG:4490)`);
    }
    return { geographic: true };
  }
  throw new RangeError(`${name}: unknown CRS (no EPSG code in the GeoTIFF keys; supported: EPSG:4326, EPSG:4490, UTM EPSG:326xx/327xx)`);
}

async function readSource(bytes: ArrayBuffer, name: string): Promise<{ src: Source; keys: Record<string, unknown> }> {
  let tiff;
  try {
    tiff = await fromArrayBuffer(bytes);
  } catch (e) {
    throw new RangeError(`${name}: not a GeoTIFF (${(e as Error).message})`);
  }
  const image = await tiff.getImage(0);
  const bands = image.getSamplesPerPixel();
  if (bands !== 1) throw new RangeError(`${name}: ${bands} bands (an RGB or multi-band image), not a one-band elevation model`);
  let origin: number[], resolution: number[];
  try {
    origin = image.getOrigin();
    resolution = image.getResolution();
  } catch {
    throw new RangeError(`${name}: the GeoTIFF has no georeferencing (no tie point / pixel scale), so its position is unknown`);
  }
  const keys = (image.getGeoKeys() ?? {}) as Record<string, unknown>;
  const [values] = (await image.readRasters({ interleave: false })) as unknown as ArrayLike<number>[];
  const nodata = image.getGDALNoData();
  return {
    keys,
    src: {
      width: image.getWidth(), height: image.getHeight(), values, nodata,
      originX: origin[0], originY: origin[1], resX: resolution[0], resY: -resolution[1], pointSamples: Number(keys.GTRasterTypeGeoKey) === 2,
    },
  };
}

function heightOf(src: Source, i: number): number {
  const v = src.values[i];
  return v === src.nodata || v <= -32768 || !Number.isFinite(v) ? NaN : v;
}

export async function parseGeoTiffDem(bytes: ArrayBuffer, name: string): Promise<DemGrid> {
  const { src, keys } = await readSource(bytes, name);
  if (!(src.resX > 0 && src.resY > 0)) throw new RangeError(`${name}: only north-up rasters are read (pixel size ${src.resX} x ${src.resY})`);
  const crs = crsOf(keys, name);
  const half = src.pointSamples ? 0 : 0.5;
  if (crs.geographic) {
    const heightsM = new Float32Array(src.width * src.height);
    for (let i = 0; i < heightsM.length; i++) heightsM[i] = heightOf(src, i);
    return {
      name, lon0: src.originX + half * src.resX, lat0: src.originY - half * src.resY,
      dLonDeg: src.resX, dLatDeg: src.resY, width: src.width, height: src.height, heightsM,
    };
  }
  return resampleUtm(src, crs.utmZone, crs.south, half, name);
}

/** UTM raster -> lon/lat grid of about the same spacing (proj4 on a lattice every 16 samples, linear between). */
function resampleUtm(src: Source, zone: number, south: boolean, half: number, name: string): DemGrid {
  const utm = proj4(`+proj=utm +zone=${zone}${south ? ' +south' : ''} +datum=WGS84 +units=m +no_defs`);
  const x0 = src.originX + half * src.resX, y0 = src.originY - half * src.resY;
  const x1 = x0 + (src.width - 1) * src.resX, y1 = y0 - (src.height - 1) * src.resY;
  const corners = [[x0, y0], [x1, y0], [x0, y1], [x1, y1]].map((p) => utm.inverse(p as [number, number]));
  const west = Math.max(...[corners[0][0], corners[2][0]]), east = Math.min(corners[1][0], corners[3][0]);
  const north = Math.min(corners[0][1], corners[1][1]), southLat = Math.max(corners[2][1], corners[3][1]);
  const dLatDeg = src.resY / 111_320, dLonDeg = src.resX / (111_320 * Math.cos((((north + southLat) / 2) * Math.PI) / 180));
  const width = Math.floor((east - west) / dLonDeg) + 1, height = Math.floor((north - southLat) / dLatDeg) + 1;
  if (width < 2 || height < 2) throw new RangeError(`${name}: the UTM raster is too small to resample`);
  const heightsM = new Float32Array(width * height);
  const STEP = 16;
  for (let r = 0; r < height; r++) {
    const lat = north - r * dLatDeg;
    for (let c0 = 0; c0 < width; c0 += STEP) {
      const c1 = Math.min(c0 + STEP, width - 1);
      const a = utm.forward([west + c0 * dLonDeg, lat]), b = utm.forward([west + c1 * dLonDeg, lat]);
      for (let c = c0; c <= c1 && c < width; c++) {
        const t = c1 === c0 ? 0 : (c - c0) / (c1 - c0);
        heightsM[r * width + c] = sampleSource(src, (a[0] + (b[0] - a[0]) * t - x0) / src.resX, (y0 - (a[1] + (b[1] - a[1]) * t)) / src.resY);
      }
    }
  }
  return { name, lon0: west, lat0: north, dLonDeg, dLatDeg, width, height, heightsM };
}

function sampleSource(src: Source, fc: number, fr: number): number {
  if (fc < 0 || fr < 0 || fc > src.width - 1 || fr > src.height - 1) return NaN;
  const c = Math.min(Math.floor(fc), src.width - 2), r = Math.min(Math.floor(fr), src.height - 2);
  const tx = fc - c, ty = fr - r, i = r * src.width + c;
  const top = heightOf(src, i) + (heightOf(src, i + 1) - heightOf(src, i)) * tx;
  const bottom = heightOf(src, i + src.width) + (heightOf(src, i + src.width + 1) - heightOf(src, i + src.width)) * tx;
  return top + (bottom - top) * ty;
}
