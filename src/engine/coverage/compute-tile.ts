/**
 * One tile of the coverage raster (contract section 2): best-server SS-RSRP, best site, SINR,
 * the covered mask and the tile's partial statistics. `computeTile` does a full pass;
 * `updateTile` applies a change of sites to a kept TileState (incremental editing).
 */
import type { PreparedJob } from './prepared-job.ts';
import { wasmKernelFor } from './kernel/wasm-kernel.ts';
import { fastDb, jsDbBatch } from './fast-db.ts';
import { maskWindow, newTileState, tileMasks, splatSite, tileCandidates, POWER_QUANTUM_PER_MW, UNKNOWN_SECOND, type TileState } from './tile-state.ts';

/** A tile's statistics: what comes back when its pixels were written straight into the raster. */
export interface TileSums {
  tileId: number;
  col0: number;
  row0: number;
  width: number;
  height: number;
  /** Per region slot (0 = none, r + 1): [pixels, covered, population, populationCovered]. */
  regionSums: Float64Array;
  /** Per settlement area: [pixels, covered, population, populationCovered]. */
  areaSums: Float64Array;
  /** Pixel-cell evaluations done, for the benchmark. */
  evaluations: number;
  /** Pixel-site pairs evaluated, for the benchmark. */
  pixelSitePairs: number;
}

/** The pixel layers of a tile or of a whole raster (row-major, `width` pixels per row). */
export interface PixelLayers {
  width: number;
  rsrpDbm: Float32Array;
  bestSite: Int32Array;
  sinrDb: Float32Array;
  covered: Uint8Array;
  inside: Uint8Array;
  population: Float32Array;
}

/** A finished tile with its own pixel arrays (tile-wide rows). */
export interface TileResult extends TileSums, Omit<PixelLayers, 'width'> {}

/**
 * A finished tile with only what statistics, holes and covered outlines read (finishCoveredTile):
 * a TileResult is one too.
 */
export interface CoveredTile extends TileSums, Pick<PixelLayers, 'covered' | 'population'> {}

/** Whether a finished tile carries every layer (finishTile) or only the covered ones (finishCoveredTile). */
export function hasPixelLayers(t: CoveredTile): t is TileResult {
  return 'rsrpDbm' in t;
}

/**
 * A full pass over one tile on the JavaScript kernel, or, with keepSecond (also track each
 * pixel's runner-up server, for incremental editing), on the WebAssembly one where available:
 * either way an owned state. `scratch`: a state whose buffers may be reused (newTileState);
 * with keepSecond, a dropped tile state of the same tile size the result may be written into.
 */
export function computeTileState(job: PreparedJob, tileId: number, keepSecond = false, scratch?: TileState, sureMw = 0): TileState {
  const wasm = keepSecond ? wasmKernelFor(job) : null;
  if (wasm) return wasm.computeTileState(job, tileId, true, scratch);
  const st = newTileState(job, tileId, keepSecond, scratch, keepSecond ? 0 : sureMw);
  const win = st.insideWindow;
  if (win) for (const s of tileCandidates(job, st, win)) splatSite(job, s, st, 1, null, win);
  return st;
}

/**
 * A full pass over one tile whose state is finished at once and then dropped: on the
 * WebAssembly kernel where available (job.input.kernel), the state lives in its memory until
 * the next tile; else `scratch` (see newTileState) lets the JavaScript kernel reuse buffers.
 * `sureMw`: a covered-only pass (TileState.sureMw), for finishCoveredTile.
 */
export function oneShotTileState(job: PreparedJob, tileId: number, scratch?: TileState, sureMw = 0): TileState {
  const wasm = wasmKernelFor(job);
  return wasm ? wasm.computeTileState(job, tileId, false, undefined, sureMw) : computeTileState(job, tileId, false, scratch, sureMw);
}

/** A full pass over one tile, finished into its own arrays. */
export function computeTile(job: PreparedJob, tileId: number, scratch?: TileState): TileResult {
  return finishTile(job, tileId, oneShotTileState(job, tileId, scratch));
}

/**
 * Renumbers a kept tile's best servers after sites were added or removed; where the best
 * server left, the pixel is marked for a rescan. Applied to every kept tile at each change,
 * dirty or not, so all states stay in the current numbering.
 */
export function remapTileState(st: TileState, oldToNew: Int32Array): void {
  const { bestSite, bestMw, secondSite, secondMw } = st;
  for (let px = 0; px < bestSite.length; px++) {
    const b = bestSite[px];
    if (b < 0) continue;
    const nb = oldToNew[b];
    const sec = secondSite ? secondSite[px] : UNKNOWN_SECOND;
    const nsec = sec >= 0 ? oldToNew[sec] : sec;
    if (nb >= 0) {
      bestSite[px] = nb;
      // A runner-up that left is no longer known.
      if (secondSite) secondSite[px] = sec >= 0 && nsec < 0 ? UNKNOWN_SECOND : nsec;
      continue;
    }
    // nsec = -1 means "no other server" only when sec was -1: a runner-up that left maps to -1 too.
    if (secondSite && secondMw && (nsec >= 0 || sec === -1)) {
      // The runner-up (or nobody) takes over exactly; the new runner-up is unknown.
      bestSite[px] = nsec;
      bestMw[px] = nsec >= 0 ? secondMw[px] : 0;
      secondSite[px] = nsec >= 0 ? UNKNOWN_SECOND : -1;
      secondMw[px] = 0;
      continue;
    }
    st.rescan ??= new Uint8Array(bestSite.length);
    st.rescan[px] = 1;
    bestSite[px] = -1;
    bestMw[px] = 0;
    if (secondSite && secondMw) { secondSite[px] = -1; secondMw[px] = 0; }
  }
}

/**
 * Moves a remapped tile state from `prev` to `next`: subtract the sites that left (prev
 * indices), add the sites that came (next indices), rescan the best server where it left.
 * Exact: equal to a full pass over `next` (see tile-state.ts).
 */
export function updateTile(prev: PreparedJob, next: PreparedJob, removed: number[], added: number[], tileId: number, st: TileState): TileResult {
  return finishTile(next, tileId, updateTileState(prev, next, removed, added, st));
}

/** updateTile without the finish: the updated state. */
export function updateTileState(prev: PreparedJob, next: PreparedJob, removed: number[], added: number[], st: TileState): TileState {
  st.evaluations = 0;
  st.pixelSitePairs = 0;
  for (const s of removed) splatSite(prev, s, st, -1);
  for (const s of added) splatSite(next, s, st, 1);
  // Rescan only the window around the pixels that lost their best server, with the sites that reach it.
  const win = st.rescan ? maskWindow(st.rescan, st.width) : null;
  if (win) for (const s of tileCandidates(next, st, win)) splatSite(next, s, st, 1, st.rescan, win);
  st.rescan = null;
  return st;
}

/** Finishes a tile into its own arrays. */
export function finishTile(job: PreparedJob, tileId: number, st: TileState): TileResult {
  const npx = st.width * st.height;
  const rsrpDbm = new Float32Array(npx), bestSite = new Int32Array(npx), sinrDb = new Float32Array(npx);
  const covered = new Uint8Array(npx), inside = new Uint8Array(npx), population = new Float32Array(npx);
  const sums = finishTileInto(job, tileId, st, { width: st.width, rsrpDbm, bestSite, sinrDb, covered, inside, population }, 0);
  return { ...sums, rsrpDbm, bestSite, sinrDb, covered, inside, population };
}

/**
 * Finishes a tile: RSRP, SINR, the covered mask and population per pixel, written into `out`
 * from pixel `offset` on (a tile's own arrays at 0, or a whole raster at the tile's corner),
 * and the tile's region and area sums.
 */
export function finishTileInto(job: PreparedJob, tileId: number, st: TileState, out: PixelLayers, offset: number): TileSums {
  const { settings } = job.input;
  const { col0, row0, width: w, height: h, inside, bestMw, bestSite, groupSum } = st;
  const npx = w * h, outW = out.width;
  const oInside = out.inside, oBest = out.bestSite, oRsrp = out.rsrpDbm, oSinr = out.sinrDb, oCovered = out.covered, oPopulation = out.population;
  const { densityPerPixel, siteGroup, groupNoiseMw } = job;
  const { region: regionOf, area: areaOf } = st.masks ?? tileMasks(job, tileId, col0, row0, w, h);
  const { loadFactor, thresholdDbm } = settings;
  const regionSums = new Float64Array(4 * (job.densityPerPixel.length / 2));
  const areaSums = new Float64Array(4 * job.input.areas.length);
  const sinrThr = settings.sinrThresholdDb;
  const win = st.insideWindow;
  // Pass 1: best power and best / (interference + noise) of every served pixel, converted to dB in one batch.
  const batch = wasmKernelFor(job)?.dbBatch(job) ?? jsDbBatch(2 * npx), ratios = batch.values;
  let n = 0;
  if (win) {
    for (let r = win[0]; r <= win[1]; r++) {
      for (let px = r * w; px < (r + 1) * w; px++) {
        const best = bestMw[px];
        if (inside[px] === 0 || !(best > 0)) continue;
        const grp = siteGroup[bestSite[px]];
        const othersMw = Math.max(0, groupSum[grp * npx + px] / POWER_QUANTUM_PER_MW - best);
        ratios[n++] = best;
        ratios[n++] = best / (othersMw * loadFactor + groupNoiseMw[grp]);
      }
    }
  }
  batch.run(n);
  // Pass 2, in the same order: the layers and the sums.
  let k = 0;
  for (let r = 0; r < h; r++) {
    if (!win || r < win[0] || r > win[1]) {
      // A row with no inside pixel: "nothing here" in bulk (half of Puyang's tiles are all outside).
      const o = offset + r * outW;
      oInside.fill(0, o, o + w); oBest.fill(-1, o, o + w); oRsrp.fill(-Infinity, o, o + w);
      oSinr.fill(-Infinity, o, o + w); oCovered.fill(0, o, o + w); oPopulation.fill(0, o, o + w);
      continue;
    }
    for (let c = 0; c < w; c++) {
      const px = r * w + c, o = offset + r * outW + c;
      oInside[o] = inside[px];
      oBest[o] = bestSite[px];
      if (inside[px] === 0) {
        oRsrp[o] = -Infinity; oSinr[o] = -Infinity; oCovered[o] = 0; oPopulation[o] = 0;
        continue;
      }
      let isCovered = 0, rsrp = -Infinity, sinr = -Infinity;
      if (bestMw[px] > 0) {
        rsrp = ratios[k++];
        sinr = ratios[k++];
        // Compared as stored (float32), so the mask agrees with the published RSRP and SINR.
        isCovered = Math.fround(rsrp) >= thresholdDbm && (sinrThr === null || Math.fround(sinr) >= sinrThr) ? 1 : 0;
      }
      oRsrp[o] = rsrp;
      oSinr[o] = sinr;
      oCovered[o] = isCovered;
      const region = regionOf[px], area = areaOf[px];
      const density = densityPerPixel[2 * region + (area >= 0 ? 0 : 1)];
      const pop = Number.isNaN(density) ? 0 : density;
      oPopulation[o] = pop;
      regionSums[4 * region] += 1;
      regionSums[4 * region + 1] += isCovered;
      regionSums[4 * region + 2] += pop;
      regionSums[4 * region + 3] += isCovered * pop;
      if (area >= 0) {
        areaSums[4 * area] += 1;
        areaSums[4 * area + 1] += isCovered;
        areaSums[4 * area + 2] += pop;
        areaSums[4 * area + 3] += isCovered * pop;
      }
    }
  }
  return { tileId, col0, row0, width: w, height: h, regionSums, areaSums, evaluations: st.evaluations, pixelSitePairs: st.pixelSitePairs };
}

/**
 * Powers this far, in dB, from the RSRP threshold decide a pixel without its RSRP in dB: the
 * conversion errs by under 1e-12 dB and float32 rounding by about 1e-5 dB at -100 dBm.
 */
const SURE_MARGIN_DB = 1e-3;

/** The power, mW, from which a pixel is covered for sure at this RSRP threshold (no SINR threshold): TileState.sureMw. */
export function sureCoveredMw(thresholdDbm: number): number {
  return 10 ** ((thresholdDbm + SURE_MARGIN_DB) / 10);
}

/**
 * finishTile for runs that read only the covered mask (CoverageInput.coveredOnly without a SINR
 * threshold: statistics, holes, covered outlines): the same mask, population and sums, bit for
 * bit, without the RSRP, SINR and best-server layers. Only powers within SURE_MARGIN_DB of the
 * threshold are converted to dB, by the same conversion as finishTileInto, and compared as it
 * does. With a SINR threshold the mask needs the SINR: the full finish. The state may come from
 * a covered-only pass (TileState.sureMw = sureCoveredMw(threshold)), which is enough.
 */
export function finishCoveredTile(job: PreparedJob, tileId: number, st: TileState): CoveredTile {
  const { thresholdDbm, sinrThresholdDb } = job.input.settings;
  if (sinrThresholdDb !== null) return finishTile(job, tileId, st);
  const { col0, row0, width: w, height: h, inside, bestMw } = st;
  const npx = w * h, win = st.insideWindow, { densityPerPixel } = job;
  const covered = new Uint8Array(npx), population = new Float32Array(npx);
  const { region: regionOf, area: areaOf } = st.masks ?? tileMasks(job, tileId, col0, row0, w, h);
  const regionSums = new Float64Array(4 * (densityPerPixel.length / 2)), areaSums = new Float64Array(4 * job.input.areas.length);
  const sureMw = sureCoveredMw(thresholdDbm), neverMw = 10 ** ((thresholdDbm - SURE_MARGIN_DB) / 10);
  if (!win) return { tileId, col0, row0, width: w, height: h, regionSums, areaSums, evaluations: st.evaluations, pixelSitePairs: st.pixelSitePairs, covered, population };
  // Segment by segment: the inside pixels of a row with one region slot and one area share their
  // population, so the segment's sums ride in locals, added pixel after pixel as finishTileInto
  // adds them (the same floating-point sums, bit for bit).
  for (let r = win[0]; r <= win[1]; r++) {
    const rowEnd = r * w + win[3] + 1;
    for (let px = r * w + win[2]; px < rowEnd;) {
      if (inside[px] === 0) { px++; continue; }
      const region = regionOf[px], area = areaOf[px];
      let end = px + 1;
      while (end < rowEnd && inside[end] !== 0 && regionOf[end] === region && areaOf[end] === area) end++;
      const density = densityPerPixel[2 * region + (area >= 0 ? 0 : 1)], pop = Number.isNaN(density) ? 0 : density;
      const rs = 4 * region, as = 4 * area;
      let regionPop = regionSums[rs + 2], regionPopCovered = regionSums[rs + 3];
      let areaPop = area >= 0 ? areaSums[as + 2] : 0, areaPopCovered = area >= 0 ? areaSums[as + 3] : 0, nCovered = 0;
      for (let p = px; p < end; p++) {
        const best = bestMw[p];
        regionPop += pop;
        areaPop += pop;
        // Near the threshold, the RSRP as finishTileInto stores it (fastDb: the WebAssembly batch's own bits).
        if (best >= sureMw || (best >= neverMw && Math.fround(fastDb(best)) >= thresholdDbm)) {
          covered[p] = 1;
          nCovered++;
          regionPopCovered += pop;
          areaPopCovered += pop;
        }
      }
      population.fill(pop, px, end);
      regionSums[rs] += end - px; regionSums[rs + 1] += nCovered; regionSums[rs + 2] = regionPop; regionSums[rs + 3] = regionPopCovered;
      if (area >= 0) { areaSums[as] += end - px; areaSums[as + 1] += nCovered; areaSums[as + 2] = areaPop; areaSums[as + 3] = areaPopCovered; }
      px = end;
    }
  }
  return { tileId, col0, row0, width: w, height: h, regionSums, areaSums, evaluations: st.evaluations, pixelSitePairs: st.pixelSitePairs, covered, population };
}
