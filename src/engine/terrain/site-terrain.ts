/**
 * Terrain loss of one site over its whole influence disc, computed once per site (all its
 * sectors share it) as a raster of linear power factors on the coverage grid:
 *  1. radials from the site, one profile step (the grid resolution) apart along each, spaced so
 *     neighbouring radials are RADIAL_SPACING_PX pixels apart at the disc's edge, as SPLAT! and
 *     Signal-Server do; ground heights bilinear from the DEM;
 *  2. at every sample k of a radial, the delta-Bullington loss (P.526-16 section 4.5) of the
 *     profile from the site to k, antennas hBS and hUT above their ground, minus the loss of
 *     the same path over a smooth (flat) earth: the statistical models already contain the
 *     smooth-earth case, so only the excess terrain adds counts (never negative; below
 *     1e-6 dB it is 0, so a flat DEM gives the flat result exactly);
 *     (evaluated densely near the site and every k/EXACT_SAMPLES-th sample further out, linear
 *     in dB between; obstruction, the cheap part, is decided exactly at every sample);
 *  3. each pixel of the disc takes the value of the nearest radial sample (terrainFactorAt),
 *     looked up by the kernel from the azimuth and distance it computes anyway.
 * With terrain LOS (losMode "terrain"), paths the terrain leaves clear (the direct ray over the
 * effective earth passes above every profile point) keep the LOS gain table (factor 1) and
 * obstructed ones get the NLOS - LOS difference plus the diffraction loss.
 */
import { deltaBullingtonPrefix, DEFAULT_EFFECTIVE_EARTH_RADIUS_KM, wavelengthM } from '../radio/delta-bullington.ts';
import { RadialBullington } from './radial-bullington.ts';
import { terrainHeightM, type TerrainModel } from './dem-grid.ts';

export const RADIAL_SPACING_PX = 3;
/** 10^(-x/10) = exp(-x ln(10)/10). */
const DB_TO_NEPER = Math.LN10 / 10;
/** Profile sample spacing along a radial, in grid pixels. */
export const PROFILE_STEP_PX = 2;
/**
 * Along a radial the loss is evaluated at every sample up to EXACT_SAMPLES, then every
 * floor(k / EXACT_SAMPLES)-th sample (the relative spacing stays under 1/EXACT_SAMPLES), and
 * interpolated in dB between; whether the path is obstructed is exact at every sample.
 */
export const EXACT_SAMPLES = 6;
/** Below this the terrain excess counts as none (float noise between a plateau and sea level). */
export const TERRAIN_LOSS_EPSILON_DB = 1e-6;

/** A site's terrain factors on its radials: what the pixel kernel reads (see terrainFactorAt). */
export interface SiteTerrainRaster {
  /** Radials (radial a points at azimuth 2 pi a / nRad, clockwise from north) and samples per radial. */
  nRad: number;
  count: number;
  /** Sample spacing along a radial, m. */
  stepM: number;
  /** Linear factor on the received power at [a * count + k] (1 = no terrain effect). */
  factor: Float32Array;
  /** Share of the disc's area (pixel-site pairs) whose path the terrain obstructs. */
  obstructedShare: number;
}

/**
 * The factor for a pixel at azimuth step kAz (0.1-degree steps clockwise from north, 0..3599, as
 * the coverage kernel computes it) and distance dM: nearest radial, nearest sample.
 */
export function terrainFactorAt(t: SiteTerrainRaster, kAz: number, dM: number): number {
  let a = ((kAz * t.nRad) / 3600 + 0.5) | 0;
  if (a >= t.nRad) a -= t.nRad;
  const k = (dM / t.stepM + 0.5) | 0;
  return t.factor[a * t.count + (k < t.count ? k : t.count - 1)];
}

export interface SiteTerrainQuery {
  terrain: TerrainModel;
  /** Coverage grid resolution, m. */
  resM: number;
  siteXM: number;
  siteYM: number;
  radiusM: number;
  /** Projected (x east, y south) -> [lon, lat], used only to set up a local affine map. */
  invert: (xy: [number, number]) => [number, number] | null;
  hBsM: number;
  hUtM: number;
  fGhz: number;
  /** losMode "terrain": PL_NLOS(d) - PL_LOS(d), dB, at 2D distance d m; null otherwise. */
  nlosExcessDb: ((d2dM: number) => number) | null;
}

/** Local affine map (dx, dy) m from the site -> (lon, lat), exact enough within an influence disc: [lon0, lat0, ax, ay, bx, by]. */
function localLonLat(q: SiteTerrainQuery): number[] {
  const o = q.invert([q.siteXM, q.siteYM])!, e = q.invert([q.siteXM + 1000, q.siteYM])!, s = q.invert([q.siteXM, q.siteYM + 1000])!;
  return [o[0], o[1], (e[0] - o[0]) / 1000, (e[1] - o[1]) / 1000, (s[0] - o[0]) / 1000, (s[1] - o[1]) / 1000];
}

/**
 * Ground height at (dx, dy) m from the site. When one grid holds the whole disc (the usual case)
 * its bilinear sample is read straight through an affine map to grid coordinates; else the
 * model is searched grid by grid (terrainHeightM).
 */
function profileHeights(q: SiteTerrainQuery, reachM: number): (dx: number, dy: number) => number {
  const [lon0, lat0, ax, ay, bx, by] = localLonLat(q);
  const g = q.terrain.grids[0];
  const c0 = (lon0 - g.lon0) / g.dLonDeg, cx = ax / g.dLonDeg, cy = bx / g.dLonDeg;
  const r0 = (g.lat0 - lat0) / g.dLatDeg, rx = -ay / g.dLatDeg, ry = -by / g.dLatDeg;
  const inside = [[-1, -1], [-1, 1], [1, -1], [1, 1]].every(([sx, sy]) => {
    const fc = c0 + cx * sx * reachM + cy * sy * reachM, fr = r0 + rx * sx * reachM + ry * sy * reachM;
    return fc >= 0 && fr >= 0 && fc < g.width - 1 && fr < g.height - 1;
  });
  if (!inside) return (dx, dy) => terrainHeightM(q.terrain, lon0 + ax * dx + bx * dy, lat0 + ay * dx + by * dy);
  const z = g.heightsM, w = g.width;
  return (dx, dy) => {
    const fc = c0 + cx * dx + cy * dy, fr = r0 + rx * dx + ry * dy;
    const c = Math.floor(fc), r = Math.floor(fr), tx = fc - c, ty = fr - r, i = r * w + c;
    const top = z[i] + (z[i + 1] - z[i]) * tx, bottom = z[i + w] + (z[i + w + 1] - z[i + w]) * tx;
    return top + (bottom - top) * ty;
  };
}

/** Holes and uncovered samples take the nearest earlier valid height (leading ones the first valid; none: 0). */
function patchProfile(h: Float64Array): void {
  const first = h.findIndex((v) => !Number.isNaN(v));
  if (first < 0) { h.fill(0); return; }
  for (let k = 0; k < first; k++) h[k] = h[first];
  for (let k = first + 1; k < h.length; k++) if (Number.isNaN(h[k])) h[k] = h[k - 1];
}

/** Radials and samples per radial of a site's table: [nRad, count]. */
function tableShape(radiusM: number, resM: number): [number, number] {
  return [Math.max(16, Math.ceil((2 * Math.PI * radiusM) / (RADIAL_SPACING_PX * resM))), Math.ceil(radiusM / (PROFILE_STEP_PX * resM)) + 2];
}

/** Length of the factor array of a site of influence radius radiusM on a grid of resM. */
export function terrainTableLength(radiusM: number, resM: number): number {
  const [nRad, count] = tableShape(radiusM, resM);
  return nRad * count;
}

export function computeSiteTerrain(q: SiteTerrainQuery): SiteTerrainRaster {
  const step = PROFILE_STEP_PX * q.resM, [nRad, count] = tableShape(q.radiusM, q.resM);
  const dKm = new Float64Array(count), zeros = new Float64Array(count), h = new Float64Array(count);
  for (let k = 0; k < count; k++) dKm[k] = (k * step) / 1000;
  const ae = DEFAULT_EFFECTIVE_EARTH_RADIUS_KM;
  // The smooth-earth reference, the same on every radial.
  const flatDb = new Float64Array(count);
  for (let k = 1; k < count; k++) flatDb[k] = deltaBullingtonPrefix(dKm, zeros, zeros, k + 1, q.hBsM, q.hUtM, q.fGhz, ae, 'v', 0).ldDb;
  const excess = new Float64Array(count);
  if (q.nlosExcessDb) for (let k = 0; k < count; k++) excess[k] = q.nlosExcessDb(k * step);
  const heightAt = profileHeights(q, (count - 1) * step);
  const radFactor = new Float32Array(nRad * count);
  const radObstructed = new Uint8Array(nRad * count);
  const loss = new Float64Array(count), obstructed = new Uint8Array(count);
  for (let a = 0; a < nRad; a++) {
    const az = (2 * Math.PI * a) / nRad, ux = Math.sin(az), uy = -Math.cos(az);
    for (let k = 0; k < count; k++) h[k] = heightAt(ux * k * step, uy * k * step);
    patchProfile(h);
    const hts = h[0] + q.hBsM, base = a * count;
    radFactor[base] = 1;
    radialLoss(q, dKm, h, hts, flatDb, loss, obstructed, count);
    for (let k = 1; k < count; k++) {
      radObstructed[base + k] = obstructed[k];
      if (q.nlosExcessDb) radFactor[base + k] = obstructed[k] ? Math.exp(-DB_TO_NEPER * (loss[k] + excess[k])) : 1;
      else radFactor[base + k] = loss[k] === 0 ? 1 : Math.exp(-DB_TO_NEPER * loss[k]);
    }
  }
  // Area weights: a sample k stands for a ring of width one step at radius k steps.
  let area = 0, obstructedArea = 0;
  for (let i = 0; i < radObstructed.length; i++) {
    const k = i % count;
    area += k;
    obstructedArea += k * radObstructed[i];
  }
  return { nRad, count, stepM: step, factor: radFactor, obstructedShare: area > 0 ? obstructedArea / area : 0 };
}

/**
 * One radial: the terrain excess loss (dB, >= 0) and the obstruction flag at every sample k >= 1
 * (RadialBullington: obstruction in O(1) per sample, the loss in one cheap pass per evaluated sample).
 */
function radialLoss(
  q: SiteTerrainQuery, dKm: Float64Array, h: Float64Array, hts: number, flatDb: Float64Array,
  loss: Float64Array, obstructed: Uint8Array, count: number,
): void {
  const radial = new RadialBullington(dKm, h, hts, q.hUtM, q.fGhz, DEFAULT_EFFECTIVE_EARTH_RADIUS_KM, wavelengthM(q.fGhz));
  let lastK = 0, lastDb = 0;
  for (let k = 1; k < count; k++) {
    obstructed[k] = radial.advance() ? 1 : 0;
    const stride = k <= EXACT_SAMPLES ? 1 : Math.floor(k / EXACT_SAMPLES);
    if (k % stride !== 0 && k !== count - 1) continue;
    const ld = radial.lossDb();
    const db = ld - flatDb[k] > TERRAIN_LOSS_EPSILON_DB ? ld - flatDb[k] : 0;
    for (let j = lastK + 1; j < k; j++) loss[j] = lastDb + ((db - lastDb) * (j - lastK)) / (k - lastK);
    loss[k] = db;
    lastK = k;
    lastDb = db;
  }
}
