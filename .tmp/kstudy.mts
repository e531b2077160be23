import { puyang2022 } from '../src/cli/bench/inputs.ts';
import { computeCoverage } from '../src/engine/coverage/compute-coverage.ts';
import * as ir from '../src/engine/coverage/interference-radius.ts';
const input = await puyang2022(100);
const ref = computeCoverage({ ...input, settings: { ...input.settings, interferenceCutoff: 'noise' } });
console.log('noise evals', ref.evaluations);
for (const k of [4, 3, 2, 1.5]) {
  (ir as any).setNeighbourFactorForStudy?.(k);
  const out = computeCoverage(input);
  const d: number[] = [];
  for (let i = 0; i < ref.raster.sinrDb.length; i++) if (ref.raster.inside[i] && Number.isFinite(ref.raster.sinrDb[i])) d.push(Math.abs(out.raster.sinrDb[i] - ref.raster.sinrDb[i]));
  d.sort((a, b) => a - b);
  const cov = out.stats.coveredShare === ref.stats.coveredShare;
  console.log(`k=${k} evals ${out.evaluations} (${(out.evaluations / ref.evaluations * 100).toFixed(0)}%) sinr err p50 ${d[d.length >> 1].toFixed(3)} p99 ${d[Math.floor(d.length * 0.99)].toFixed(3)} p99.9 ${d[Math.floor(d.length * 0.999)].toFixed(3)} max ${d[d.length - 1].toFixed(3)} coverage same ${cov}`);
}
