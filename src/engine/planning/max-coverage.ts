/**
 * max-coverage (issue 5): the candidates that cover the most residents (or km2) not yet
 * covered by the existing network, within a budget in yuan and/or a number of sites.
 * Khuller-Moss-Naor modified greedy (solvers.ts); with --max-sites alone and unit costs it is
 * the plain greedy of Nemhauser-Wolsey-Fisher. No pruning: every pick adds coverage.
 */
import type { CandidateSetup } from './constraints.ts';
import type { SolveProgress } from './meet-targets.ts';
import type { PlanningContext } from './prepare.ts';
import { coveredShare, rankChosen, unionOf } from './rank.ts';
import { solveMaxCoverage } from './solvers.ts';
import type { PlanResult } from './types.ts';

export function solveMaxCoverageGoal(ctx: PlanningContext, fp: Uint32Array[], setup: CandidateSetup, onProgress?: SolveProgress): Omit<PlanResult, 'candidatesOffered' | 'dropped' | 'warnings'> {
  const { universe: u, req } = ctx;
  const C = ctx.candidateCount, n = u.pixelOfElement.length;
  const existing = unionOf(fp, C, C + ctx.existing.length, n);
  const sets = fp.slice(0, C).map((f) => f.filter((e) => !existing[e]));
  const limit = req.maxSites ?? Infinity;
  let picks = 0;
  const r = solveMaxCoverage({
    sets, elementCount: n, weights: u.weights, covered: existing, candidates: setup.eligible, forced: setup.forced,
    // Gain per yuan only under a budget: with a number of sites alone, the plain gain is the
    // key that carries the (1 - 1/e) guarantee, whatever the sites cost.
    costs: req.budgetYuan !== undefined ? setup.costs : null, budget: req.budgetYuan, maxCount: req.maxSites, makeGuard: setup.makeGuard,
    onPick: () => { picks++; if (Number.isFinite(limit)) onProgress?.(Math.min(0.99, picks / limit)); },
  });
  const forced = new Set(setup.forced);
  const ranked = rankChosen(r.order, fp, existing, u.weights, setup.costs, forced, ctx.job.grid);
  onProgress?.(1);
  const overBudget = req.budgetYuan !== undefined && r.spent > req.budgetYuan; // only forced picks can overspend
  const overCount = req.maxSites !== undefined && r.order.length > req.maxSites;
  return {
    goal: 'max-coverage', chosen: ranked.chosen, goalMet: !overBudget && !overCount,
    costYuan: setup.costs ? r.order.reduce((sum, j) => sum + setup.costs![j], 0) : 0,
    coveredShareBefore: coveredShare(existing, u.weights), coveredShareAfter: coveredShare(ranked.covered, u.weights),
    areasFailingBefore: 0, shortAreas: [], pruned: 0, candidatesEligible: setup.eligible.length, singleWon: r.singleWon,
    pixels: n, resM: ctx.job.grid.resM, evaluations: r.evaluations,
  };
}
