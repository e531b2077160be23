/**
 * Per-tile working state and the site "splat" that fills it. Powers are summed per co-channel
 * group as integers in units of 1e-16 mW (about -160 dBm, 38 dB below the thermal noise of a
 * 15 kHz subcarrier): integer sums are exact, so they do not depend on the order sites are
 * added, and a site can be subtracted again exactly. That makes tiled, parallel and incremental
 * results bit-identical to a full recompute.
 */
import { tileBounds, type PreparedJob } from './job.ts';
import { studyMasks, type TileMasks } from './study-area.ts';
import { decodeRunWindowNonZero } from '../geo/run-mask.ts';
import { AZIMUTH_STEPS, PATTERN_FLOOR, atanScaledInverse32, azimuthIndexFrom32 } from './link-tables.ts';
import { siteTerrainFor } from './terrain-factors.ts';
import { terrainFactorAt } from '../terrain/site-terrain.ts';

export const POWER_QUANTUM_PER_MW = 1e16;
// Module-local copies: imported bindings can compile to getter calls, too slow for the pixel loop.
const AZ_STEPS: number = AZIMUTH_STEPS;
const FLOOR: number = Math.fround(PATTERN_FLOOR);
const fround = Math.fround;
const QUANTUM: number = POWER_QUANTUM_PER_MW;

export interface TileState {
  col0: number;
  row0: number;
  width: number;
  height: number;
  inside: Uint8Array;
  /** The smallest window holding every inside pixel (null: none): a full pass looks nowhere else. */
  insideWindow: TileWindow | null;
  /** The tile's masks as this state was made with (the finish reads regions and areas here), or null (look them up). */
  masks: TileMasks | null;
  bestMw: Float64Array;
  bestSite: Int32Array;
  /**
   * Runner-up server per pixel (kept only for incremental editing, else null): when the best
   * server leaves, the runner-up takes over exactly, so a move needs no rescan of its area.
   * secondSite -1 = no other server, UNKNOWN_SECOND = not known (rescan if the best leaves).
   */
  secondMw: Float64Array | null;
  secondSite: Int32Array | null;
  /** Group g of pixel px at [g * npx + px], in POWER_QUANTUM units. */
  groupSum: Float64Array;
  /** Pixels whose best server left and must be found again; null = none. */
  rescan: Uint8Array | null;
  /**
   * 0, or a covered-only pass (compute-tile.ts finishCoveredTile): a pixel whose best power
   * reaches sureMw is decided and no further site is evaluated there, so bestMw and bestSite
   * are not the true best, and no group sums are kept (groupSum is empty).
   */
  sureMw: number;
  /** Pixel-cell evaluations done (a 3-sector site counts 3 per pixel), for the benchmark. */
  evaluations: number;
  /** Pixel-site pairs evaluated, for the benchmark. */
  pixelSitePairs: number;
}

export const UNKNOWN_SECOND = -2;

/**
 * A zeroed state for a tile. `scratch`: a state whose buffers may be reused (a one-shot
 * computation), which spares the allocator and the garbage collector a megabyte per tile.
 * `sureMw`: see TileState.sureMw (never with keepSecond).
 */
export function newTileState(job: PreparedJob, tileId: number, keepSecond = false, scratch?: TileState, sureMw = 0): TileState {
  const [col0, row0, width, height] = tileBounds(job, tileId);
  const npx = width * height, groups = sureMw > 0 ? 0 : job.groupNoiseMw.length;
  const reuse = scratch && !keepSecond && scratch.bestMw.length >= npx && scratch.groupSum.length >= groups * npx;
  const cached = tileMasks(job, tileId, col0, row0, width, height);
  const inside = reuse ? scratch.inside.subarray(0, npx) : new Uint8Array(npx);
  inside.set(cached.inside);
  const bestMw = reuse ? scratch.bestMw.subarray(0, npx).fill(0) : new Float64Array(npx);
  const bestSite = (reuse ? scratch.bestSite.subarray(0, npx) : new Int32Array(npx)).fill(-1);
  const groupSum = reuse ? scratch.groupSum.subarray(0, groups * npx).fill(0) : new Float64Array(groups * npx);
  return {
    col0, row0, width, height, inside, insideWindow: cached.window, masks: cached, bestMw, bestSite,
    secondMw: keepSecond ? new Float64Array(npx) : null, secondSite: keepSecond ? new Int32Array(npx).fill(-1) : null,
    groupSum, rescan: null, sureMw, evaluations: 0, pixelSitePairs: 0,
  };
}

/**
 * Tile masks are kept (for incremental edits, which revisit tiles) while the grid has at most
 * this many pixels; a bigger run decodes each tile's masks as it comes, so its memory stays
 * bounded by the tiles in flight.
 */
export const CACHED_MASKS_MAX_PIXELS = 30_000_000;

let scratchMasks = { region: new Uint16Array(0), area: new Int32Array(0), inside: new Uint8Array(0) };

/**
 * A tile's inside mask, window, region slots and settlement areas (study-area.ts TileMasks).
 * For a job that keeps none (tileInside null: each tile is met once), the masks live in buffers
 * the next call reuses: finish the tile before asking for another's.
 */
export function tileMasks(job: PreparedJob, tileId: number, col0: number, row0: number, width: number, height: number): TileMasks {
  const key = `${job.tileSizePx}:${tileId}`, cache = job.tileInside;
  let entry = cache?.get(key);
  if (entry) return entry;
  const npx = width * height;
  // Not kept (a one-shot job): this thread's scratch masks, valid until the next tile's.
  if (!cache && scratchMasks.inside.length < npx) scratchMasks = { region: new Uint16Array(npx), area: new Int32Array(npx), inside: new Uint8Array(npx) };
  const region = cache ? new Uint16Array(npx) : scratchMasks.region.subarray(0, npx), area = cache ? new Int32Array(npx) : scratchMasks.area.subarray(0, npx);
  studyMasks(job, col0, row0, width, height, region, area);
  const inside = cache ? new Uint8Array(npx) : scratchMasks.inside.subarray(0, npx);
  // Inside = region slot > 0: from the runs when outside is the background (always, but in bbox mode).
  const window = job.regionRuns.background === 0 ? decodeRunWindowNonZero(job.regionRuns, col0, row0, width, height, inside) : nonZeroWindow(region, width, height, inside);
  entry = { inside, window, region, area };
  if (cache && job.grid.width * job.grid.height <= CACHED_MASKS_MAX_PIXELS) cache.set(key, entry);
  return entry;
}

/** 1 in `inside` where `region` is not 0; the smallest window holding those pixels, or null. */
function nonZeroWindow(region: Uint16Array, width: number, height: number, inside: Uint8Array): TileWindow | null {
  let r0 = height, r1 = -1, c0 = width, c1 = -1;
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      inside[r * width + c] = region[r * width + c] === 0 ? 0 : 1;
      if (region[r * width + c] === 0) continue;
      if (r < r0) r0 = r;
      r1 = r;
      if (c < c0) c0 = c;
      if (c > c1) c1 = c;
    }
  }
  return r1 < 0 ? null : [r0, r1, c0, c1];
}

/** A window of a tile in tile pixel coordinates, inclusive: [rowLo, rowHi, colLo, colHi]. */
export type TileWindow = [number, number, number, number];

/** Sites whose influence square overlaps the tile (or a window of it), ascending. */
export function tileCandidates(job: PreparedJob, st: TileState, win?: TileWindow): number[] {
  if (!job.siteIndex) return [];
  const [r0, r1, c0, c1] = win ?? [0, st.height - 1, 0, st.width - 1];
  const res = job.grid.resM, x = job.grid.x0M + (st.col0 + c0) * res, y = job.grid.y0M + (st.row0 + r0) * res;
  return job.siteIndex.search(x, y, x + (c1 - c0 + 1) * res, y + (r1 - r0 + 1) * res).sort((a, b) => a - b);
}

/** The smallest window holding every pixel with mask[px] = 1, or null. */
export function maskWindow(mask: Uint8Array, width: number): TileWindow | null {
  let r0 = Infinity, r1 = -1, c0 = Infinity, c1 = -1;
  for (let px = 0; px < mask.length; px++) {
    if (!mask[px]) continue;
    const r = Math.floor(px / width), c = px % width;
    if (r < r0) r0 = r;
    r1 = r;
    if (c < c0) c0 = c;
    if (c > c1) c1 = c;
  }
  return r1 < 0 ? null : [r0, r1, c0, c1];
}

// cellPatterns' two results, in module variables so the pixel loop allocates nothing.
let patternBest = 0;
let patternSum = 0;

/**
 * Site s's antenna gains cell by cell toward azimuth step k at distance index i (linear,
 * relative to peak): patternBest = its best cell's, patternSum = the sum over its cells
 * (TR 38.901 Table 7.3-1, each cell floored at -30 dB), in single precision as the kernels
 * do. The slow path of the combined table.
 */
function cellPatterns(job: PreparedJob, s: number, k: number, i: number): void {
  let best = 0, sum = 0;
  for (let c = job.cellStart[s]; c < job.cellStart[s + 1]; c++) {
    let off = k - job.cellAzimuthIdx[c];
    if (off < 0) off += AZ_STEPS;
    const t = fround(job.hFlat[job.cellHOffset[c] + off] * job.vFlat[job.cellVOffset[c] + i]);
    const a = t < FLOOR ? FLOOR : t;
    sum = fround(sum + a);
    if (a > best) best = a;
  }
  patternBest = best;
  patternSum = sum;
}

/** Both gains for site s (omni: 1, 1), from the combined table when it has one (see link-tables.ts). */
function evalPattern(job: PreparedJob, s: number, k: number, i: number): void {
  const c0 = job.cellStart[s], n = job.cellStart[s + 1] - c0;
  if (job.cellHOffset[c0] < 0) { patternBest = 1; patternSum = 1; return; } // omni: A = 0 dB
  const pOff = job.sitePatternOffset[s];
  if (pOff < 0) { cellPatterns(job, s, k, i); return; }
  const kr = k - job.sitePatternRotation[s];
  const av = job.vFlat[job.cellVOffset[c0] + i], p = job.patternFlat, b = pOff + (kr < 0 ? kr + AZ_STEPS : kr) * n;
  const t0 = fround(av * p[b]), a0 = t0 < FLOOR ? FLOOR : t0;
  let sum = a0;
  for (let j = 1; j < n; j++) { const t = fround(av * p[b + j]); sum = fround(sum + (t < FLOOR ? FLOOR : t)); }
  patternBest = a0;
  patternSum = sum;
}

/** Per tile column c: [dx, dx * dx, atanScaledInverse(dx)] in floats at COLUMN_STRIDE * c. */
export const COLUMN_STRIDE = 3;
// The site being splatted, per column, so the pixel loop neither recomputes dx nor divides.
let columnTable = new Float32Array(COLUMN_STRIDE * 256);

/** Fills the module's column table for the tile columns site s reaches (splat.wat fills its own alike). */
function fillColumns(job: PreparedJob, s: number, st: TileState): Float32Array {
  const res = job.grid.resM, xMin = job.grid.x0M + st.col0 * res, sx = job.siteXM[s], rM = job.siteRadiusM[s];
  if (columnTable.length < COLUMN_STRIDE * st.width) columnTable = new Float32Array(COLUMN_STRIDE * st.width);
  const t = columnTable;
  // Column bounds multiply by 1 / res, here, in splatSite's rows and in splat.wat alike, so every
  // row's columns lie within the filled ones (and the pixel loops divide nothing).
  const invRes = 1 / res;
  const cFirst = Math.max(0, Math.ceil((sx - rM - xMin) * invRes - 0.5)), cLast = Math.min(st.width - 1, Math.floor((sx + rM - xMin) * invRes - 0.5));
  for (let c = cFirst; c <= cLast; c++) {
    const dx = fround(xMin + (c + 0.5) * res - sx);
    t[COLUMN_STRIDE * c] = dx;
    t[COLUMN_STRIDE * c + 1] = dx * dx; // stored as a float: rounded as a float product
    t[COLUMN_STRIDE * c + 2] = atanScaledInverse32(dx);
  }
  return t;
}

/** The tile rows site s reaches, within rows [lo, hi]: [first, last] (empty when first > last). */
export function siteRowRange(job: PreparedJob, s: number, st: TileState, lo = 0, hi = st.height - 1): [number, number] {
  const res = job.grid.resM, yMin = job.grid.y0M + st.row0 * res, sy = job.siteYM[s], rM = job.siteRadiusM[s];
  return [Math.max(lo, Math.ceil((sy - rM - yMin) / res - 0.5)), Math.min(hi, Math.floor((sy + rM - yMin) / res - 0.5))];
}

/**
 * Adds (sign +1) or removes (sign -1) site s of `job` over the tile. Adding also updates the
 * best server (ties go to the lower index, as in a full pass). When `onlyMask` is given, only
 * pixels with onlyMask[px] = 1 are visited and group sums are left alone (best-server rescan).
 */
export function splatSite(job: PreparedJob, s: number, st: TileState, sign: 1 | -1, onlyMask: Uint8Array | null = null, win?: TileWindow): void {
  const res = job.grid.resM, w = st.width, h = st.height, npx = w * h;
  const xMin = job.grid.x0M + st.col0 * res, yMin = job.grid.y0M + st.row0 * res;
  const sx = job.siteXM[s], sy = job.siteYM[s], rM = job.siteRadiusM[s], r2 = rM * rM;
  const tab = job.gainPairs[job.siteGainTable[s]], tabLast = tab.length / 2 - 1;
  const c0 = job.cellStart[s], nCells = job.cellStart[s + 1] - c0;
  const omni = job.cellHOffset[c0] < 0;
  // Hoisted for the combined sector table, evaluated inline (as evalPattern does): a call per pixel costs half the loop.
  const pOff = job.sitePatternOffset[s], rot = job.sitePatternRotation[s], pat = job.patternFlat, vFlat = job.vFlat, vOff = job.cellVOffset[c0];
  const gOff = job.siteGroup[s] * npx;
  const { inside, bestMw, bestSite, groupSum } = st;
  const secondMw = st.secondMw ?? bestMw, secondSite = st.secondSite ?? bestSite, keepSecond = st.secondMw !== null;
  const skipMw = st.sureMw, addSums = onlyMask === null && skipMw === 0;
  const [wr0, wr1, wc0, wc1] = win ?? [0, h - 1, 0, w - 1];
  const [rLo, rHi] = siteRowRange(job, s, st, wr0, wr1);
  const col = fillColumns(job, s, st), invRes = 1 / res;
  // Terrain: the site's factor raster (one per site, shared by its sectors), or none.
  const terr = siteTerrainFor(job, s);
  let evaluations = 0;
  for (let r = rLo; r <= rHi; r++) {
    const dy = yMin + (r + 0.5) * res - sy, dy2 = dy * dy;
    if (dy2 > r2) continue;
    const half = Math.sqrt(r2 - dy2);
    // The row in floats, as the column table (splat.wat does the same).
    const dyf = fround(dy), dy2f = fround(dyf * dyf), invDy = atanScaledInverse32(dyf);
    const cLo = Math.max(wc0, Math.ceil((sx - half - xMin) * invRes - 0.5)), cHi = Math.min(wc1, Math.floor((sx + half - xMin) * invRes - 0.5));
    for (let c = cLo; c <= cHi; c++) {
      const px = r * w + c;
      if (inside[px] === 0 || (onlyMask !== null && onlyMask[px] === 0)) continue;
      // Counted as visited, as the WebAssembly kernel counts its pixels.
      if (skipMw > 0 && bestMw[px] >= skipMw) { evaluations += nCells; continue; }
      const d = fround(Math.sqrt(fround(col[COLUMN_STRIDE * c + 1] + dy2f)));
      const i = d | 0;
      if (i >= tabLast) continue;
      let g = fround(tab[2 * i] + fround((d - i) * tab[2 * i + 1]));
      const k = omni && terr === null ? 0 : azimuthIndexFrom32(col[COLUMN_STRIDE * c], dyf, col[COLUMN_STRIDE * c + 2], invDy);
      if (terr !== null) g = fround(g * terrainFactorAt(terr, k, d));
      let sum = g, best = g;
      if (!omni) {
        if (pOff >= 0) {
          const kr = k - rot, av = vFlat[vOff + i], b = pOff + (kr < 0 ? kr + AZ_STEPS : kr) * nCells;
          const t0 = fround(av * pat[b]), a0 = t0 < FLOOR ? FLOOR : t0;
          let cells = a0;
          for (let j = 1; j < nCells; j++) { const t = fround(av * pat[b + j]); cells = fround(cells + (t < FLOOR ? FLOOR : t)); }
          sum = fround(cells * g);
          best = fround(a0 * g);
        } else {
          cellPatterns(job, s, k, i);
          sum = fround(patternSum * g);
          best = fround(patternBest * g);
        }
      }
      // One truncation per site and pixel (floor: Math.round costs a third of the loop): the same
      // site always adds exactly the same integer.
      if (addSums) groupSum[gOff + px] += sign * Math.floor(sum * QUANTUM);
      if (sign < 0) { evaluations += nCells; continue; }
      // Order: higher power first, then lower site index (the full pass's tie rule).
      if (best > bestMw[px] || (best === bestMw[px] && s < bestSite[px])) {
        if (keepSecond) { secondMw[px] = bestMw[px]; secondSite[px] = bestSite[px]; }
        bestMw[px] = best;
        bestSite[px] = s;
      } else if (keepSecond && secondSite[px] !== UNKNOWN_SECOND && (best > secondMw[px] || (best === secondMw[px] && s < secondSite[px]))) {
        secondMw[px] = best;
        secondSite[px] = s;
      }
      evaluations += nCells;
    }
  }
  st.evaluations += evaluations;
  st.pixelSitePairs += evaluations / nCells;
}

/**
 * Received power of site s at projected point (x, y), mW: its best cell and the sum of its cells.
 * The same arithmetic as splatSite, for one point (planning footprints, point queries).
 */
export function sitePowerAtMw(job: PreparedJob, s: number, x: number, y: number): { bestMw: number; sumMw: number } {
  const dx = x - job.siteXM[s], dy = y - job.siteYM[s];
  if (dx * dx + dy * dy > job.siteRadiusM[s] ** 2) return { bestMw: 0, sumMw: 0 };
  const dxf = fround(dx), dyf = fround(dy);
  const d = fround(Math.sqrt(fround(fround(dxf * dxf) + fround(dyf * dyf))));
  const tab = job.gainPairs[job.siteGainTable[s]];
  const i = d | 0;
  if (i >= tab.length / 2 - 1) return { bestMw: 0, sumMw: 0 };
  let g = fround(tab[2 * i] + fround((d - i) * tab[2 * i + 1]));
  const kAz = azimuthIndexFrom32(dxf, dyf, atanScaledInverse32(dxf), atanScaledInverse32(dyf));
  const terr = siteTerrainFor(job, s);
  if (terr) g = fround(g * terrainFactorAt(terr, kAz, d));
  evalPattern(job, s, kAz, i);
  return { bestMw: fround(patternBest * g), sumMw: fround(patternSum * g) };
}
