/**
 * Per-tile working state and the site "splat" that fills it. Powers are summed per co-channel
 * group as integers in units of 1e-16 mW (about -160 dBm, 38 dB below the thermal noise of a
 * 15 kHz subcarrier): integer sums are exact, so they do not depend on the order sites are
 * added, and a site can be subtracted again exactly. That makes tiled, parallel and incremental
 * results bit-identical to a full recompute.
 */
import { tileBounds, type PreparedJob } from './job.ts';
import { AZIMUTH_STEPS, azimuthIndex } from './link-tables.ts';

export const POWER_QUANTUM_PER_MW = 1e16;
/** TR 38.901 Table 7.3-1 caps the combined pattern at -30 dB. */
const PATTERN_FLOOR = 1e-3;
// Module-local copies: imported bindings can compile to getter calls, too slow for the pixel loop.
const AZ_STEPS: number = AZIMUTH_STEPS;
const QUANTUM: number = POWER_QUANTUM_PER_MW;

export interface TileState {
  col0: number;
  row0: number;
  width: number;
  height: number;
  inside: Uint8Array;
  bestMw: Float64Array;
  bestSite: Int32Array;
  /** Group g of pixel px at [g * npx + px], in POWER_QUANTUM units. */
  groupSum: Float64Array;
  /** Pixels whose best server left and must be found again; null = none. */
  rescan: Uint8Array | null;
  evaluations: number;
}

export function newTileState(job: PreparedJob, tileId: number): TileState {
  const [col0, row0, width, height] = tileBounds(job, tileId);
  const npx = width * height;
  const inside = new Uint8Array(npx);
  for (let r = 0; r < height; r++) {
    const base = (row0 + r) * job.grid.width + col0;
    for (let c = 0; c < width; c++) inside[r * width + c] = job.regionIndex[base + c] > 0 ? 1 : 0;
  }
  return {
    col0, row0, width, height, inside, bestMw: new Float64Array(npx), bestSite: new Int32Array(npx).fill(-1),
    groupSum: new Float64Array(job.groupNoiseMw.length * npx), rescan: null, evaluations: 0,
  };
}

/** Sites whose influence square overlaps the tile, ascending. */
export function tileCandidates(job: PreparedJob, st: TileState): number[] {
  if (!job.siteIndex) return [];
  const res = job.grid.resM, x = job.grid.x0M + st.col0 * res, y = job.grid.y0M + st.row0 * res;
  return job.siteIndex.search(x, y, x + st.width * res, y + st.height * res).sort((a, b) => a - b);
}

/**
 * Adds (sign +1) or removes (sign -1) site s of `job` over the tile. Adding also updates the
 * best server (ties go to the lower index, as in a full pass). When `onlyMask` is given, only
 * pixels with onlyMask[px] = 1 are visited and group sums are left alone (best-server rescan).
 */
export function splatSite(job: PreparedJob, s: number, st: TileState, sign: 1 | -1, onlyMask: Uint8Array | null = null): void {
  const res = job.grid.resM, w = st.width, h = st.height, npx = w * h;
  const xMin = job.grid.x0M + st.col0 * res, yMin = job.grid.y0M + st.row0 * res;
  const sx = job.siteXM[s], sy = job.siteYM[s], rM = job.siteRadiusM[s], r2 = rM * rM;
  const tab = job.gainTables[job.siteGainTable[s]], tabLast = tab.length - 1;
  const c0 = job.cellStart[s], nCells = job.cellStart[s + 1] - c0;
  const omni = job.cellHTable[c0] < 0;
  const hFlat = job.hFlat, vFlat = job.vFlat;
  const hOff: number[] = [], vOff: number[] = [], az: number[] = [];
  if (!omni) for (let c = 0; c < nCells; c++) { hOff.push(job.cellHOffset[c0 + c]); vOff.push(job.cellVOffset[c0 + c]); az.push(job.cellAzimuthIdx[c0 + c]); }
  const gOff = job.siteGroup[s] * npx;
  const { inside, bestMw, bestSite, groupSum } = st;
  const addSums = onlyMask === null;
  const rLo = Math.max(0, Math.ceil((sy - rM - yMin) / res - 0.5)), rHi = Math.min(h - 1, Math.floor((sy + rM - yMin) / res - 0.5));
  let evaluations = 0;
  for (let r = rLo; r <= rHi; r++) {
    const dy = yMin + (r + 0.5) * res - sy, dy2 = dy * dy;
    if (dy2 > r2) continue;
    const half = Math.sqrt(r2 - dy2);
    const cLo = Math.max(0, Math.ceil((sx - half - xMin) / res - 0.5)), cHi = Math.min(w - 1, Math.floor((sx + half - xMin) / res - 0.5));
    for (let c = cLo; c <= cHi; c++) {
      const px = r * w + c;
      if (inside[px] === 0 || (onlyMask !== null && onlyMask[px] === 0)) continue;
      const dx = xMin + (c + 0.5) * res - sx;
      const d = Math.sqrt(dx * dx + dy2);
      const i = d | 0;
      if (i >= tabLast) continue;
      const g = tab[i] + (d - i) * (tab[i + 1] - tab[i]);
      let sum = g, best = g;
      if (!omni) {
        const k = azimuthIndex(dx, dy);
        sum = 0;
        best = 0;
        for (let cell = 0; cell < nCells; cell++) {
          let off = k - az[cell];
          if (off < 0) off += AZ_STEPS;
          else if (off >= AZ_STEPS) off -= AZ_STEPS;
          const a = Math.max(hFlat[hOff[cell] + off] * vFlat[vOff[cell] + i], PATTERN_FLOOR);
          sum += a;
          best = Math.max(best, a);
        }
        sum *= g;
        best *= g;
      }
      // One rounding per site and pixel: the same site always adds exactly the same integer.
      if (addSums) groupSum[gOff + px] += sign * Math.round(sum * QUANTUM);
      if (sign > 0 && (best > bestMw[px] || (best === bestMw[px] && s < bestSite[px]))) { bestMw[px] = best; bestSite[px] = s; }
      evaluations += nCells;
    }
  }
  st.evaluations += evaluations;
}

/**
 * Received power of site s at projected point (x, y), mW: its best cell and the sum of its cells.
 * The same arithmetic as splatSite, for one point (planning footprints, point queries).
 */
export function sitePowerAtMw(job: PreparedJob, s: number, x: number, y: number): { bestMw: number; sumMw: number } {
  const dx = x - job.siteXM[s], dy = y - job.siteYM[s];
  const d = Math.sqrt(dx * dx + dy * dy);
  const tab = job.gainTables[job.siteGainTable[s]];
  const i = d | 0;
  if (d > job.siteRadiusM[s] || i >= tab.length - 1) return { bestMw: 0, sumMw: 0 };
  const g = tab[i] + (d - i) * (tab[i + 1] - tab[i]);
  const c0 = job.cellStart[s], c1 = job.cellStart[s + 1];
  if (job.cellHOffset[c0] < 0) return { bestMw: g, sumMw: g };
  const k = azimuthIndex(dx, dy);
  let best = 0, sum = 0;
  for (let c = c0; c < c1; c++) {
    let off = k - job.cellAzimuthIdx[c];
    if (off < 0) off += AZ_STEPS;
    const a = Math.max(job.hFlat[job.cellHOffset[c] + off] * job.vFlat[job.cellVOffset[c] + i], PATTERN_FLOOR);
    sum += a;
    best = Math.max(best, a);
  }
  return { bestMw: best * g, sumMw: sum * g };
}
