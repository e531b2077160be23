import { readFileSync } from 'node:fs';
import { loadDataset } from '../src/cli/dataset.ts';
import { parseSitesGeoJson } from '../src/engine/model/parse-sites.ts';
import { DEFAULT_RADIO } from '../src/engine/model/defaults.ts';
import { computeCoverage } from '../src/engine/coverage/compute-coverage.ts';
import { createNodeCoveragePool } from '../src/cli/node-pool.ts';
const ds = await loadDataset('puyang');
const parsed = parseSitesGeoJson(readFileSync('data/puyang/plan-synthetic.geojson', 'utf8'), 'plan');
if (!parsed.ok) throw new Error();
const input = { sites: parsed.value, regions: ds.regions, areas: ds.areas, resM: 50, settings: DEFAULT_RADIO };
let t = performance.now();
const one = computeCoverage(input);
const ms1 = performance.now() - t;
console.log('single thread', ms1.toFixed(0), 'ms; evals', one.evaluations, (one.evaluations / ms1 / 1000).toFixed(1), 'M/s; pixels', one.stats.pixels, 'covered', one.stats.coveredShare.toFixed(4));
const pool = createNodeCoveragePool(2);
for (let k = 0; k < 3; k++) { t = performance.now(); const r = await pool.run(input); console.log('pool 2', (performance.now() - t).toFixed(0), 'ms', r.elapsedMs.toFixed(0)); }
pool.dispose();
