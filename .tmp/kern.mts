import { puyang2022 } from '../src/cli/bench/inputs.ts';
import { prepareJob } from '../src/engine/coverage/job.ts';
import { computeTileState } from '../src/engine/coverage/compute-tile.ts';
const input = await puyang2022(50);
const job = prepareJob(input);
const n = job.tilesX * job.tilesY;
const times: number[] = [];
let evals = 0;
for (let rep = 0; rep < 3; rep++) {
  const t = performance.now(); evals = 0;
  for (let id = 0; id < n; id++) evals += computeTileState(job, id).evaluations;
  times.push(performance.now() - t);
}
console.log('tiles ms', times.map((x) => x.toFixed(0)).join(' '), 'cell-evals M/s', (evals / Math.min(...times) / 1000).toFixed(1));
