import { puyang2022 } from '../src/cli/bench/inputs.ts';
import { prepareJob } from '../src/engine/coverage/job.ts';
import { diffJobs } from '../src/engine/coverage/incremental.ts';
import { computeTileState, remapTileState, updateTile } from '../src/engine/coverage/compute-tile.ts';
const input = await puyang2022(50);
const job = prepareJob(input);
const states = new Map();
let t = performance.now();
for (let id = 0; id < job.tilesX * job.tilesY; id++) states.set(id, computeTileState(job, id));
console.log('full states', (performance.now() - t).toFixed(0));
for (let k = 0; k < 3; k++) {
  const sites = input.sites.slice(); const i = Math.floor((k + 1) * sites.length / 7);
  sites[i] = { ...sites[i], lonLat: [sites[i].lonLat[0] + 0.0022, sites[i].lonLat[1]] };
  const prev = k === 0 ? job : (globalThis as any).last;
  t = performance.now();
  const next = prepareJob({ ...input, sites }, prev, Int32Array.from(sites, (s, j) => (s === prev.input.sites[j] ? j : -1)));
  const t1 = performance.now();
  const d = diffJobs(prev, next);
  const t2 = performance.now();
  for (const st of states.values()) remapTileState(st, d.oldToNew);
  const t3 = performance.now();
  for (const id of d.dirtyTiles as number[]) updateTile(prev, next, d.removed, d.added, id, states.get(id));
  const t4 = performance.now();
  console.log(`prepare ${(t1 - t).toFixed(1)} diff ${(t2 - t1).toFixed(1)} remap ${(t3 - t2).toFixed(1)} update ${(t4 - t3).toFixed(1)} tiles ${(d.dirtyTiles as number[]).length} removed ${d.removed.length} added ${d.added.length}`);
  (globalThis as any).last = next; input.sites = sites;
}
