/**
 * Incremental updates: which tiles an edit touches and which sites it takes out and puts in.
 * A tile's pixels depend only on the sites whose influence square overlaps it, so updating the
 * tiles under the old and new squares of every changed site gives exactly the full result
 * (tested). A kept site whose interference radius changed (its neighbours moved) counts as
 * changed too.
 */
import type { PreparedJob } from './prepared-job.ts';

export interface JobDiff {
  /** Tiles to update, ascending; 'all' when the frame changed or the job was not built from prev. */
  dirtyTiles: number[] | 'all';
  /** Old site index -> new index (-1 = removed or changed), to renumber best-site values. */
  oldToNew: Int32Array;
  /** Old indices whose contribution leaves, new indices whose contribution comes. */
  removed: number[];
  added: number[];
  /** True when a kept site changed index: every kept best-site value must be renumbered, not only dirty tiles'. */
  shifted: boolean;
}

function markSquare(job: PreparedJob, s: number, dirty: Set<number>): void {
  const { grid } = job, r = job.siteRadiusM[s];
  const tileM = job.tileSizePx * grid.resM;
  const tx0 = Math.max(0, Math.floor((job.siteXM[s] - r - grid.x0M) / tileM)), tx1 = Math.min(job.tilesX - 1, Math.floor((job.siteXM[s] + r - grid.x0M) / tileM));
  const ty0 = Math.max(0, Math.floor((job.siteYM[s] - r - grid.y0M) / tileM)), ty1 = Math.min(job.tilesY - 1, Math.floor((job.siteYM[s] + r - grid.y0M) / tileM));
  for (let ty = ty0; ty <= ty1; ty++) for (let tx = tx0; tx <= tx1; tx++) dirty.add(ty * job.tilesX + tx);
}

export function diffJobs(prev: PreparedJob, next: PreparedJob): JobDiff {
  const oldToNew = new Int32Array(prev.siteCount).fill(-1);
  const removed: number[] = [], added: number[] = [];
  if (!next.newToOld || next.grid !== prev.grid || next.tileSizePx !== prev.tileSizePx) return { dirtyTiles: 'all', oldToNew, removed, added, shifted: true };
  let last = -1;
  for (let j = 0; j < next.siteCount; j++) {
    const i = next.newToOld[j];
    if (i < 0) { added.push(j); continue; }
    // Best-server ties go to the lower index: reordered kept sites would need a full pass.
    if (i < last) return { dirtyTiles: 'all', oldToNew: new Int32Array(prev.siteCount).fill(-1), removed: [], added: [], shifted: true };
    last = i;
    if (next.siteRadiusM[j] !== prev.siteRadiusM[i]) { added.push(j); removed.push(i); continue; }
    oldToNew[i] = j;
  }
  const kept = new Uint8Array(prev.siteCount);
  next.newToOld.forEach((i) => { if (i >= 0) kept[i] = 1; });
  for (let i = 0; i < prev.siteCount; i++) if (!kept[i]) removed.push(i);
  removed.sort((a, b) => a - b);
  const dirty = new Set<number>();
  for (const i of removed) markSquare(prev, i, dirty);
  for (const j of added) markSquare(next, j, dirty);
  const shifted = oldToNew.some((j, i) => j >= 0 && j !== i);
  return { dirtyTiles: [...dirty].sort((a, b) => a - b), oldToNew, removed, added, shifted };
}
