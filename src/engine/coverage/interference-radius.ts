/**
 * The "density" interference cut-off (docs/engine.md). In a dense network the interference a
 * pixel sees comes from its nearest co-channel sites, so a site stops counting as an interferer
 * at INTERFERENCE_NEIGHBOUR_FACTOR times the distance to its 6th-nearest co-channel neighbour;
 * but never before the distance at which it can still serve at the RSRP threshold, so coverage
 * (RSRP >= threshold) is exactly what the noise-limited radius gives.
 */
import Flatbush from 'flatbush';
import type { PreparedJob } from './prepared-job.ts';

export const INTERFERENCE_NEIGHBOUR_FACTOR = 4;
export const INTERFERENCE_NEIGHBOUR_RANK = 6;

/**
 * With `prev` (an edit), a kept site's neighbour distance is recomputed only when an added or
 * removed site of its group lies within its old neighbour distance; otherwise it cannot change.
 */
export function capInterferenceRadii(job: PreparedJob, prev: PreparedJob | null): void {
  const thresholdMw = 10 ** (job.input.settings.thresholdDbm / 10);
  const changed = prev ? changedPositions(job, prev) : null;
  for (let g = 0; g < job.groupKeys.length; g++) {
    const members: number[] = [];
    for (let i = 0; i < job.siteCount; i++) if (job.siteGroup[i] === g) members.push(i);
    if (members.length <= INTERFERENCE_NEIGHBOUR_RANK) continue;
    let index: Flatbush | null = null;
    const neighbourM = (i: number): number => {
      if (!index) {
        index = new Flatbush(members.length);
        for (const m of members) index.add(job.siteXM[m], job.siteYM[m], job.siteXM[m], job.siteYM[m]);
        index.finish();
      }
      const near = index.neighbors(job.siteXM[i], job.siteYM[i], INTERFERENCE_NEIGHBOUR_RANK + 1);
      const k = members[near[near.length - 1]];
      return Math.hypot(job.siteXM[k] - job.siteXM[i], job.siteYM[k] - job.siteYM[i]);
    };
    for (const i of members) {
      const old = prev && job.newToOld ? job.newToOld[i] : -1;
      const reuse = old >= 0 && changed !== null && !isNearChange(job, i, prev!.siteNeighbourM[old], changed[g] ?? []);
      job.siteNeighbourM[i] = reuse ? prev!.siteNeighbourM[old] : neighbourM(i);
      const serving = job.registry.reachM(job.siteGainTable[i], thresholdMw);
      job.siteRadiusM[i] = Math.min(job.siteBaseRadiusM[i], Math.max(serving, INTERFERENCE_NEIGHBOUR_FACTOR * job.siteNeighbourM[i]));
    }
  }
}

/** Positions [x, y, ...] of sites added (in job) or removed (from prev), per group. */
function changedPositions(job: PreparedJob, prev: PreparedJob): number[][] {
  const out: number[][] = [];
  const push = (g: number, x: number, y: number) => (out[g] ??= []).push(x, y);
  const kept = new Uint8Array(prev.siteCount);
  for (let j = 0; j < job.siteCount; j++) {
    const i = job.newToOld ? job.newToOld[j] : -1;
    if (i >= 0) kept[i] = 1;
    else push(job.siteGroup[j], job.siteXM[j], job.siteYM[j]);
  }
  for (let i = 0; i < prev.siteCount; i++) {
    if (kept[i]) continue;
    // Groups are shared through the registry, so the previous job's group index means the same group.
    push(prev.siteGroup[i], prev.siteXM[i], prev.siteYM[i]);
  }
  return out;
}

function isNearChange(job: PreparedJob, i: number, radiusM: number, xy: number[]): boolean {
  // A neighbour exactly at the old distance counts (hypot and dx^2 + dy^2 may round apart).
  const r2 = radiusM * radiusM * (1 + 1e-9) + 1e-6;
  for (let k = 0; k < xy.length; k += 2) {
    const dx = xy[k] - job.siteXM[i], dy = xy[k + 1] - job.siteYM[i];
    if (dx * dx + dy * dy <= r2) return true;
  }
  return false;
}

/**
 * CoverageInput.coveredOnly: a site counts only where it can still serve at the RSRP threshold
 * (its strongest direction, boresight, reaches it; terrain only adds loss), which decides every
 * covered flag exactly. For the Puyang 2022 plan at -105 dBm that is 7.8 M site-pixel evaluations instead of
 * 64 M out to the noise floor (an eighth).
 */
export function capToServingRadii(job: PreparedJob): void {
  const thresholdMw = 10 ** (job.input.settings.thresholdDbm / 10);
  for (let i = 0; i < job.siteCount; i++) {
    job.siteRadiusM[i] = Math.min(job.siteRadiusM[i], job.registry.reachM(job.siteGainTable[i], thresholdMw));
  }
}
