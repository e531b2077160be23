/**
 * The brute-force baseline as a whole process (issue 15, cold-cli-puyang-2022-50m): reads the
 * same sites file and dataset as `g5plan coverage --sites F --dataset D --res M --json`, runs
 * bruteForceCoverage on one thread and prints its covered share. Compiled with the CLI and run
 * as `node dist-node/src/cli/bench/brute-force-process.js SITES DATASET RES_M`.
 */
import { DEFAULT_RADIO } from '../../engine/model/defaults.ts';
import { sitesInService } from '../../engine/model/in-service.ts';
import { loadDataset } from '../dataset.ts';
import { readSitesFile } from '../sites-file.ts';
import { bruteForceCoverage } from './brute-force.ts';

const [sitesPath, datasetId, resText] = process.argv.slice(2);
const t0 = performance.now();
const [sites, dataset] = await Promise.all([readSitesFile(sitesPath), loadDataset(datasetId)]);
const out = bruteForceCoverage({ sites: sitesInService(sites, null), regions: dataset.regions, areas: dataset.areas, resM: Number(resText), settings: DEFAULT_RADIO });
process.stdout.write(JSON.stringify({ coveredShare: out.coveredShare, evaluations: out.evaluations, elapsedMs: Math.round(performance.now() - t0) }) + '\n');
