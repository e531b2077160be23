/**
 * `g5plan check` in the engine (contract section 5): every target of the plan's chosen year, in
 * the plan's order, then the year's not-simulated figures (5G users), as result rows
 * {id, description, required, actual, pass, ...details}. Sites outside the plan's region are
 * kept in the counts and reported as a warning, never dropped.
 */
import { evaluateAreaCoverage } from './area-coverage.ts';
import { notSimulatedRow, type TargetContext } from './context.ts';
import { evaluatePopulationCoverage } from './population-coverage.ts';
import { evaluatePowerSupplyShare } from './power-supply-share.ts';
import { sitesOutsideRegion } from '../model/site-counties.ts';
import { evaluateStationCount } from './station-count.ts';
import { evaluateStationsPer10k } from './stations-per-10k.ts';
import type { Site } from '../model/types.ts';
import type { CheckReport, CheckWarning, Plan, Target, TargetResult } from './types.ts';

/** How many outside-region ids a warning lists before it just counts. */
export const MAX_LISTED_IDS = 50;

export function targetsForYear(plan: Plan, year: number): Target[] {
  return plan.targets.filter((t) => t.year === year);
}

/** The plan's years that hold targets or not-simulated figures, ascending. */
export function planTargetYears(plan: Plan): number[] {
  const years = new Set(plan.targets.map((t) => t.year));
  for (const item of plan.notSimulated) for (const y of Object.keys(item.values)) years.add(Number(y));
  return [...years].sort((a, b) => a - b);
}

/** Default year for a check: the plan's last target year (its final goal). */
export function defaultYear(plan: Plan): number {
  const years = planTargetYears(plan);
  return years[years.length - 1];
}

/** Whether the year's targets need a coverage raster (so the caller can skip computing one). */
export function needsCoverage(plan: Plan, year: number): boolean {
  return targetsForYear(plan, year).some((t) => t.kind === 'areaCoverage' || t.kind === 'populationCoverage');
}

export function evaluateTarget(target: Target, ctx: TargetContext): TargetResult {
  switch (target.kind) {
    case 'stationCount': return evaluateStationCount(target, ctx);
    case 'areaCoverage': return evaluateAreaCoverage(target, ctx);
    case 'powerSupplyShare': return evaluatePowerSupplyShare(target, ctx);
    case 'stationsPer10k': return evaluateStationsPer10k(target, ctx);
    case 'populationCoverage': return evaluatePopulationCoverage(target, ctx);
    case 'note': return notSimulatedRow(target, null, 'a qualitative aim the engine does not model');
  }
}

function notSimulatedRows(plan: Plan, year: number): TargetResult[] {
  return plan.notSimulated
    .filter((item) => item.values[String(year)] !== undefined)
    .map((item) => ({
      id: `${plan.id}:${item.what.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${year}`,
      description: item.quote,
      required: item.values[String(year)],
      actual: null,
      pass: null,
      kind: 'notSimulated' as const,
      status: 'not simulated' as const,
      reason: `${item.what}: not modelled by the engine`,
    }));
}

export function outsideRegionWarning(plan: Plan, sites: Site[], siteCounty: (string | null)[], regionsLoaded: boolean): CheckWarning | null {
  const ids = sitesOutsideRegion(sites, siteCounty, plan.region.code, regionsLoaded);
  if (!ids.length) return null;
  const listed = ids.slice(0, MAX_LISTED_IDS);
  const more = ids.length > listed.length ? ` and ${ids.length - listed.length} more` : '';
  return {
    code: 'sites-outside-region',
    message: `${ids.length} site(s) lie outside ${plan.region.name} (${plan.region.code}) and are still counted: ${listed.join(', ')}${more}`,
    count: ids.length,
    ids,
  };
}

export function evaluateTargets(ctx: TargetContext): CheckReport {
  const results = [...targetsForYear(ctx.plan, ctx.year).map((t) => evaluateTarget(t, ctx)), ...notSimulatedRows(ctx.plan, ctx.year)];
  const warnings: CheckWarning[] = [];
  const outside = outsideRegionWarning(ctx.plan, ctx.sites, ctx.siteCounty, Boolean(ctx.regions?.length));
  if (outside) warnings.push(outside);
  return { plan: ctx.plan.id, year: ctx.year, results, warnings };
}
