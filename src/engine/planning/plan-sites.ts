/**
 * The planner's entry points (issue 5, docs/planning.md).
 * - planSites(request, onProgress): everything on the calling thread (tests, a worker).
 * - The split a worker pool uses: preparePlanning (prepare.ts) in every worker,
 *   planningFootprints for a range of sites in each, then solvePlanning with all footprints.
 *   Footprints are per site and pure, so the result is identical for any split.
 * Progress: footprints are the first 80%, the selection the rest.
 */
import { gridProjection } from '../geo/projection.ts';
import { setupCandidates } from './constraints.ts';
import { regionInsideTest } from './region-filter.ts';
import { solveMaxCoverageGoal } from './max-coverage.ts';
import { solveMeetTargets } from './meet-targets.ts';
import { planningFootprints, preparePlanning, type PlanningContext } from './prepare.ts';
import type { PlanOutcome, PlanRequest } from './types.ts';

export const FOOTPRINT_PROGRESS_SHARE = 0.8;

/** Job sites whose footprints the solver needs: candidates then existing sites. */
export function footprintSiteCount(ctx: PlanningContext): number {
  return ctx.candidateCount + ctx.existing.length;
}

export function solvePlanning(ctx: PlanningContext, footprints: Uint32Array[], onProgress?: (fraction: number) => void): PlanOutcome {
  const { req, job } = ctx;
  const inside = req.allowOutsideRegion ? null : regionInsideTest(req.regions, gridProjection(job.grid.centerLonLat));
  const setup = setupCandidates(req.candidates, ctx.existing, job.siteXM, job.siteYM, {
    operator: req.operator, minSpacingM: req.minSpacingM, hasBudget: req.budgetYuan !== undefined,
    isInside: inside && ((i: number) => inside(job.siteXM[i], job.siteYM[i])),
  });
  if (setup.error) return { ok: false, message: setup.error };
  const solve = req.goal === 'meet-targets' ? solveMeetTargets : solveMaxCoverageGoal;
  const result = solve(ctx, footprints, setup, onProgress);
  const warnings = [...job.warnings];
  if (setup.costsIgnored) warnings.push('costYuan is given on some candidates only and no budget is set: every candidate counts as one site');
  if (setup.dropped.outside) warnings.push(`${setup.dropped.outside} candidate(s) outside the plan's region were not offered`);
  if (ctx.areas.some((a) => a.modelled)) warnings.push(`${ctx.areas.filter((a) => a.modelled).length} target area(s) are modelled disks, not surveyed outlines`);
  return { ok: true, value: { ...result, candidatesOffered: req.candidates.length, dropped: setup.dropped, warnings } };
}

export function planSites(req: PlanRequest, onProgress?: (fraction: number) => void): PlanOutcome {
  const prepared = preparePlanning(req);
  if (!prepared.ok) return prepared;
  const ctx = prepared.ctx;
  const share = FOOTPRINT_PROGRESS_SHARE;
  const footprints = planningFootprints(ctx, 0, footprintSiteCount(ctx), (f) => onProgress?.(share * f));
  return solvePlanning(ctx, footprints, (f) => onProgress?.(share + (1 - share) * f));
}
