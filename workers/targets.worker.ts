// Targets and budget worker: runs the engine's target check (against the app's coverage raster)
// and the subsidy budget off the main thread. Plain functions through comlink; expected failures
// come back as values ({ ok: false, message }), since comlink loses error classes.
import { failingAreas, type FailingAreasOfTarget } from '../src/engine/targets/failing-areas.ts';
import * as Comlink from 'comlink';
import type { CoverageMask } from '../src/engine/coverage/types.ts';
import type { Region, TargetArea } from '../src/engine/model/dataset.ts';
import { formatIssue, type Site } from '../src/engine/model/types.ts';
import { computeBudget, type BudgetReport } from '../src/engine/subsidy/budget.ts';
import type { BudgetWhatIf } from '../src/engine/subsidy/what-if.ts';
import { DEFAULT_THRESHOLDS } from '../src/engine/targets/context.ts';
import { areasForYear } from '../src/engine/targets/coverage-request.ts';
import { targetsCoverage } from '../src/engine/targets/targets-coverage.ts';
import type { RadioSettings } from '../src/engine/model/defaults.ts';
import { evaluateTargets, planTargetYears } from '../src/engine/targets/evaluate.ts';
import { parseTargetsFile, pickPlan } from '../src/engine/targets/parse-targets.ts';
import { assignCounties } from '../src/engine/model/site-counties.ts';
import type { CheckReport, Plan } from '../src/engine/targets/types.ts';

export interface PlanInputs {
  /** data/targets.json text (or a user's file in that format). */
  targetsText: string;
  planId: string;
  sites: Site[];
  regions: Region[];
}

export interface CheckRequest extends PlanInputs {
  year: number;
  areas: TargetArea[];
  /** Pixel size and radio settings of the check (the map's). */
  resM: number;
  settings: RadioSettings;
  /**
   * The map's coverage when it was computed from exactly the checked inputs (sites in service by
   * `year`, these regions and areas, resM, settings); null = compute the targets' own.
   */
  raster: CoverageMask | null;
}

export interface BudgetRequest extends PlanInputs {
  whatIf: BudgetWhatIf;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

export interface TargetsWorkerApi {
  check(req: CheckRequest): Outcome<{ report: CheckReport; years: number[]; planName: string; regionName: string; failing: FailingAreasOfTarget[] }>;
  budget(req: BudgetRequest): Outcome<BudgetReport>;
}

let cached: { text: string; planId: string; plan: Plan } | null = null;

function loadPlan(text: string, planId: string): Outcome<Plan> {
  if (cached && cached.text === text && cached.planId === planId) return { ok: true, value: cached.plan };
  const parsed = parseTargetsFile(text, 'targets.json');
  if (!parsed.ok) return { ok: false, message: parsed.issues.map(formatIssue).join('; ') };
  const plan = pickPlan(parsed.value, planId);
  if (!plan) return { ok: false, message: `targets.json has no plan "${planId}"` };
  cached = { text, planId, plan };
  return { ok: true, value: plan };
}

const api = {
  check(req: CheckRequest) {
    const plan = loadPlan(req.targetsText, req.planId);
    if (!plan.ok) return plan;
    const siteCounty = assignCounties(req.sites, req.regions);
    const yearAreas = areasForYear(plan.value, req.year, req.areas);
    const raster = targetsCoverage({
      plan: plan.value, year: req.year, sites: req.sites, regions: req.regions.length ? req.regions : null,
      yearAreas, allAreas: req.areas, resM: req.resM, settings: req.settings, offered: req.raster,
    });
    const report = evaluateTargets({
      plan: plan.value, year: req.year, sites: req.sites, siteCounty, regions: req.regions,
      areas: yearAreas, raster, thresholds: DEFAULT_THRESHOLDS,
    });
    return { ok: true as const, value: { report, years: planTargetYears(plan.value), planName: plan.value.name, regionName: plan.value.region.name, failing: failingAreas(report) } };
  },
  budget(req: BudgetRequest) {
    const plan = loadPlan(req.targetsText, req.planId);
    if (!plan.ok) return plan;
    if (!plan.value.subsidy) return { ok: false as const, message: `plan "${req.planId}" has no subsidy rule` };
    try {
      const siteCounty = assignCounties(req.sites, req.regions);
      return { ok: true as const, value: computeBudget(req.sites, plan.value.subsidy, { whatIf: req.whatIf, regions: req.regions, siteCounty }) };
    } catch (e) {
      return { ok: false as const, message: (e as Error).message };
    }
  },
} satisfies TargetsWorkerApi;

Comlink.expose(api);
