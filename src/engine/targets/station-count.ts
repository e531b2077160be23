/**
 * stationCount targets: stations in service at the end of the year (scope "cumulative") or
 * built during it ("new-in-year"), optionally per operator and through a filter (kind,
 * sharedTower, tags). Only the plan's stationKindsCounted count (Puyang: 含微站和室分基站).
 * required/actual are numbers, or {total, <operator>...} objects when the target is per operator.
 */
import type { Operator } from '../model/types.ts';
import { countsForOperator, isInServiceBy, isNewInYear, matchesFilter } from './counting.ts';
import { notSimulatedRow, resultRow, type Evaluator } from './context.ts';
import { missingPlaceReason } from './place-areas.ts';
import type { StationCountTarget } from './types.ts';

export const evaluateStationCount: Evaluator<StationCountTarget> = (target, ctx) => {
  const missing = missingPlaceReason(target.filter?.tags, ctx.sites, ctx.placeTiers ?? []);
  if (missing) return notSimulatedRow(target, target.min, missing);
  const inScope = target.scope === 'new-in-year' ? isNewInYear : isInServiceBy;
  const sites = ctx.sites.filter(
    (s) => inScope(s, ctx.year) && ctx.plan.stationKindsCounted.includes(s.kind) && matchesFilter(s, target.filter),
  );
  const total = sites.length;
  const details: Record<string, unknown> = { scope: target.scope };
  if (target.filter) details.filter = target.filter;
  if (target.stretch !== undefined) details.stretch = { required: target.stretch, pass: total >= target.stretch };
  if (!target.byOperator) return resultRow(target, target.min, total, total >= target.min, details);

  const required: Record<string, number> = { total: target.min };
  const actual: Record<string, number> = { total };
  let pass = total >= target.min;
  for (const [op, min] of Object.entries(target.byOperator) as [Operator, number][]) {
    const n = sites.filter((s) => countsForOperator(s.operator, op)).length;
    required[op] = min;
    actual[op] = n;
    if (n < min) pass = false;
  }
  return resultRow(target, required, actual, pass, details);
};
