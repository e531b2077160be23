/**
 * The issue 5 Puyang experiment (docs/planning.md): remove 30% of the synthetic plan's 2022
 * sites (seeded), offer them back with 3x as many decoys, run meet-targets, and print how many
 * sites it chose against how many were removed, whether every 2022 area target passes, and the
 * time, then checks the restored plan with the coverage and targets engines.
 * Usage: npx tsx scripts/experiment-planning.ts [--seed N] [--workers N (default 1 = in-process)]
 *        [--removal in-areas (default: removed sites drawn first from the target areas) | uniform]
 */
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { RESTORE_SEED, restoreExperiment, runRestore } from '../src/cli/bench/plan-restore.ts';
import { computeCoverage } from '../src/engine/coverage/compute-coverage.ts';
import { areaRulesForYear } from '../src/engine/planning/area-rules.ts';
import { evaluateArea } from '../src/engine/targets/area-coverage.ts';
import { coverageRequest } from '../src/engine/targets/coverage-request.ts';

const { values } = parseArgs({ options: { seed: { type: 'string' }, workers: { type: 'string' }, removal: { type: 'string' } } });
const seed = values.seed ? Number(values.seed) : RESTORE_SEED;
const removal = values.removal === 'uniform' ? 'uniform' : 'in-areas';
const exp = await restoreExperiment(seed, removal);
const workers = values.workers ? Number(values.workers) : 1;
const r = await runRestore(exp, workers);
const chosenRemoved = r.chosen.filter((c) => exp.removedIds.has(exp.request.candidates[c.candidate].id)).length;
// Independent check: the coverage engine and the targets engine on the restored plan.
const req = exp.request;
const restored = [...req.sites, ...r.chosen.map((c) => ({ ...req.candidates[c.candidate], status: 'planned' as const, year: req.year }))];
const cov = coverageRequest(req.plan, req.year, restored, req.regions, req.areas)!;
const { raster } = computeCoverage({ ...cov, resM: req.resM, settings: req.settings });
const { areas, rules } = areaRulesForYear(req.plan, req.year, req.areas, req.thresholds);
const verifiedFailing = areas.filter((a, i) => !evaluateArea(raster, a, rules[i]).pass).map((a) => a.id);
console.log(JSON.stringify({
  seed, removal, workers, cores: availableParallelism(), ms: r.ms, removed: exp.removedIds.size, decoys: exp.request.candidates.length - exp.removedIds.size,
  existing: exp.request.sites.length, chosen: r.chosen.length, chosenOfRemoved: chosenRemoved, chosenDecoys: r.chosen.length - chosenRemoved,
  goalMet: r.goalMet, noMoreThanRemoved: r.chosen.length <= exp.removedIds.size, areasFailingBefore: r.areasFailingBefore,
  shortAreas: r.shortAreas.map((a) => a.id), pruned: r.pruned, coveredShareBefore: r.coveredShareBefore,
  coveredShareAfter: r.coveredShareAfter, pixels: r.pixels, evaluations: r.evaluations,
  verifiedByCoverageEngine: { areas: areas.length, failing: verifiedFailing },
}, null, 1));
