/**
 * Site footprints: the pixels of the planning universe that one site covers on its own
 * (contract section 2: SS-RSRP >= threshold, best sector, no SINR criterion). The best RSRP of
 * a set of sites is the maximum over the sites, so a pixel is covered by a set exactly when it
 * lies in one member's footprint: coverage is a union of footprints, which makes site selection
 * a coverage problem. Powers come from the coverage engine's own kernel (sitePowerAtMw), pixel
 * centres are formed as the tile kernel forms them (tile origin + offset), and the test is the
 * kernel's (RSRP rounded to float32, >= threshold), so footprints agree bit for bit with the
 * coverage raster. Only pixels within the site's boresight reach of the threshold are visited.
 */
import type { PreparedJob } from '../coverage/job.ts';
import { sitePowerAtMw } from '../coverage/tile-state.ts';

/**
 * Element ids (ascending) of the pixels site s covers. `elementOfPixel[row * width + col]` is
 * the pixel's id in the universe, -1 for pixels outside it.
 */
export function siteFootprint(job: PreparedJob, s: number, elementOfPixel: Int32Array): Uint32Array {
  const { grid } = job;
  const res = grid.resM, W = grid.width, thrDbm = job.input.settings.thresholdDbm;
  const thrMw = 10 ** (thrDbm / 10);
  // Past the boresight reach no sector can reach the threshold (pattern gains are <= 1); one
  // extra pixel covers the interpolation between table metres and float rounding.
  const reachM = Math.min(job.siteRadiusM[s], job.registry.reachM(job.siteGainTable[s], thrMw) + res);
  const sx = job.siteXM[s], sy = job.siteYM[s];
  const tile = job.tileSizePx;
  const r0 = Math.max(0, Math.floor((sy - reachM - grid.y0M) / res)), r1 = Math.min(grid.height - 1, Math.floor((sy + reachM - grid.y0M) / res));
  const c0 = Math.max(0, Math.floor((sx - reachM - grid.x0M) / res)), c1 = Math.min(W - 1, Math.floor((sx + reachM - grid.x0M) / res));
  const out: number[] = [];
  for (let r = r0; r <= r1; r++) {
    const tileRow0 = r - (r % tile);
    const y = grid.y0M + tileRow0 * res + (r - tileRow0 + 0.5) * res;
    for (let c = c0; c <= c1; c++) {
      const e = elementOfPixel[r * W + c];
      if (e < 0) continue;
      const tileCol0 = c - (c % tile);
      const x = grid.x0M + tileCol0 * res + (c - tileCol0 + 0.5) * res;
      const bestMw = sitePowerAtMw(job, s, x, y).bestMw;
      if (bestMw > 0 && Math.fround(10 * Math.log10(bestMw)) >= thrDbm) out.push(e);
    }
  }
  return Uint32Array.from(out);
}

/** Footprints of job sites from .. to - 1; onProgress gets the fraction done. */
export function computeFootprints(
  job: PreparedJob, from: number, to: number, elementOfPixel: Int32Array, onProgress?: (fraction: number) => void,
): Uint32Array[] {
  const out: Uint32Array[] = [];
  const step = Math.max(1, Math.floor((to - from) / 50));
  for (let s = from; s < to; s++) {
    out.push(siteFootprint(job, s, elementOfPixel));
    if (onProgress && ((s - from + 1) % step === 0 || s === to - 1)) onProgress((s - from + 1) / (to - from));
  }
  return out;
}
