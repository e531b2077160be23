/**
 * Builds the app's PlanRequest inside a planning worker (the UI runs no engine maths): parses
 * the targets file and picks the action plan, keeps the settlement areas the year's targets
 * name (areasForYear, as `g5plan plan` does), and takes the candidates from the user's plan or
 * generates a hexagonal lattice over the failing areas (hex-candidates.ts, docs/planning.md).
 */
import { DEFAULT_RADIO } from '../src/engine/model/defaults.ts';
import { formatIssue } from '../src/engine/model/types.ts';
import { hexCandidates } from '../src/engine/planning/hex-candidates.ts';
import type { PlanRequest } from '../src/engine/planning/types.ts';
import { DEFAULT_THRESHOLDS } from '../src/engine/targets/context.ts';
import { areasForYear } from '../src/engine/targets/coverage-request.ts';
import { parseTargetsFile, pickPlan } from '../src/engine/targets/parse-targets.ts';
import type { PlanInput, RequestOutcome } from './planning-api.ts';

export function buildPlanRequest(input: PlanInput): RequestOutcome {
  const parsed = parseTargetsFile(input.targetsText, 'targets.json');
  if (!parsed.ok) return { ok: false, message: parsed.issues.map(formatIssue).join('; ') };
  const plan = pickPlan(parsed.value, input.planId);
  if (!plan) return { ok: false, message: `targets.json has no plan "${input.planId}"` };
  const yearAreas = areasForYear(plan, input.year, input.areas);
  const req: PlanRequest = {
    goal: input.goal, plan, year: input.year, sites: input.sites, candidates: [],
    // meet-targets works over the areas the year's targets name; max-coverage over the counties.
    areas: input.goal === 'meet-targets' ? yearAreas : input.areas, modelAreas: input.areas, regions: input.regions,
    resM: input.resM, settings: { ...DEFAULT_RADIO, thresholdDbm: input.thresholdDbm }, thresholds: DEFAULT_THRESHOLDS,
    weighting: 'population',
    // The limits bound max-coverage only (meet-targets refuses them: prepare.ts checkRequest).
    ...(input.goal === 'max-coverage' ? { budgetYuan: input.budgetYuan, maxSites: input.maxSites } : {}),
  };
  if (input.candidates !== 'hex') return { ok: true, req: { ...req, candidates: input.candidates }, hexAreas: null };
  const hex = hexCandidates({ ...req, goal: 'meet-targets', areas: yearAreas, budgetYuan: undefined, maxSites: undefined }, { operator: input.hexOperator });
  if (!hex.ok) return hex;
  if (!hex.sites.length) return { ok: false, nothingToDo: true, message: `no target area of ${input.year} fails with the existing sites: nothing to generate candidates for` };
  return { ok: true, req: { ...req, candidates: hex.sites }, hexAreas: hex.areas };
}
