/**
 * The planner's shared preparation, deterministic so that every worker builds the same one:
 * the existing network (sites in service by the year, model/in-service.ts), the coverage job
 * over candidates then existing sites (job site s < C is candidate s, C + k is existing k),
 * and the pixel universe. meet-targets computes over the target areas themselves, exactly as
 * `g5plan check` does (same study area, same grid, same "auto" model choice), so a plan that
 * passes here passes there; max-coverage over the plan's county-level units.
 */
import { prepareJob, type PreparedJob } from '../coverage/job.ts';
import { resolutionProblem } from '../coverage/study-area.ts';
import type { TargetArea } from '../model/dataset.ts';
import type { Site } from '../model/types.ts';
import { isInServiceBy } from '../model/in-service.ts';
import { areasAsRegions, gridFrameCentre } from '../targets/coverage-request.ts';
import { areaRulesForYear, type AreaRule } from './area-rules.ts';
import { candidateCosts } from './constraints.ts';
import { computeFootprints } from './footprints.ts';
import type { PlanRequest } from './types.ts';
import { areaUniverse, studyUniverse, type Universe } from './universe.ts';

export interface PlanningContext {
  req: PlanRequest;
  existing: Site[];
  candidateCount: number;
  job: PreparedJob;
  universe: Universe;
  /** meet-targets: the areas the year's targets name and their merged rules. */
  areas: TargetArea[];
  rules: AreaRule[];
}

export type Prepared = { ok: true; ctx: PlanningContext } | { ok: false; message: string };

/** Problems found before any radio work; null = none. */
export function checkRequest(req: PlanRequest): string | null {
  if (req.settings.sinrThresholdDb !== null) return 'the planner judges coverage by RSRP alone: unset the SINR threshold';
  const badRes = resolutionProblem(req.resM);
  if (badRes) return badRes;
  if (req.goal === 'max-coverage' && req.budgetYuan === undefined && req.maxSites === undefined) return 'max-coverage needs a limit: a budget in yuan or a number of sites';
  if (req.goal === 'meet-targets' && (req.budgetYuan !== undefined || req.maxSites !== undefined)) return 'a budget or a number of sites limits max-coverage only: meet-targets chooses as few (or as cheap) sites as the targets need';
  const { costs, error } = candidateCosts(req.candidates, req.budgetYuan !== undefined);
  if (error) return error;
  if (req.budgetYuan !== undefined && !costs) return 'a budget in yuan needs a costYuan on every candidate (or limit the number of sites instead)';
  return null;
}

export function preparePlanning(req: PlanRequest): Prepared {
  const problem = checkRequest(req);
  if (problem) return { ok: false, message: problem };
  const existing = req.sites.filter((s) => isInServiceBy(s, req.year));
  const sites = [...req.candidates, ...existing];
  if (req.goal === 'meet-targets') {
    const { areas, rules } = areaRulesForYear(req.plan, req.year, req.areas, req.thresholds);
    if (!areas.length) return { ok: false, message: `plan "${req.plan.id}" has no area coverage target in ${req.year} naming a loaded settlement area` };
    // The targets' own coverage run (targets/coverage-request.ts): the areas' pixels on the grid
    // frame of the plan's region, every loaded area for the model choice, so the planner's
    // verdict is `check`'s and the targets panel's, pixel for pixel.
    const frameCenterLonLat = gridFrameCentre(req.regions, areas)!;
    const job = prepareJob({ sites, regions: areasAsRegions(areas), areas: req.modelAreas ?? areas, resM: req.resM, settings: req.settings, frameCenterLonLat, terrain: req.terrain, patterns: req.patterns });
    return { ok: true, ctx: { req, existing, candidateCount: req.candidates.length, job, universe: areaUniverse(job, areas), areas, rules } };
  }
  const regions = req.regions?.length ? req.regions : req.areas.length ? areasAsRegions(req.areas) : null;
  if (!regions) return { ok: false, message: 'max-coverage needs a study area: a dataset (--dataset) or settlement areas (--areas)' };
  const job = prepareJob({ sites, regions, areas: req.modelAreas ?? req.areas, resM: req.resM, settings: req.settings, frameCenterLonLat: gridFrameCentre(regions, req.areas)!, terrain: req.terrain, patterns: req.patterns });
  const weighting = req.weighting === 'population' && regions.some((r) => r.population !== null) ? 'population' : 'area';
  return { ok: true, ctx: { req, existing, candidateCount: req.candidates.length, job, universe: studyUniverse(job, weighting), areas: [], rules: [] } };
}

/** Footprints of job sites from .. to - 1 (the unit of work a planning worker takes). */
export function planningFootprints(ctx: PlanningContext, from: number, to: number, onProgress?: (fraction: number) => void): Uint32Array[] {
  return computeFootprints(ctx.job, from, to, ctx.universe.elementOfPixel, onProgress);
}
