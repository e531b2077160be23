/**
 * What meet-targets must reach per settlement area: the year's areaCoverage targets (contract
 * section 3, data/targets.json) merged per area, the strictest winning (highest share, smallest
 * hole limit), and the test of one area against its rule: the targets engine's criterionRule
 * and the coverage engine's hole finder, with evaluateArea's comparisons (share >= minShare,
 * largest hole <= maxHoleKm2).
 */
import { summarizeAreaCoverage } from '../coverage/holes.ts';
import type { GridSpec } from '../geo/grid.ts';
import type { TargetArea } from '../model/dataset.ts';
import { criterionRule, type CriterionRule } from '../targets/area-coverage.ts';
import type { CoverageThresholds } from '../targets/context.ts';
import { targetsForYear } from '../targets/evaluate.ts';
import type { Plan } from '../targets/types.ts';

export interface AreaRule extends CriterionRule {
  /** Target ids that name the area's tier this year. */
  targets: string[];
}

/** The areas the year's area targets name, each with its merged rule; areas no target names are left out. */
export function areaRulesForYear(plan: Plan, year: number, areas: TargetArea[], thresholds: CoverageThresholds): { areas: TargetArea[]; rules: AreaRule[] } {
  const out: { areas: TargetArea[]; rules: AreaRule[] } = { areas: [], rules: [] };
  const targets = targetsForYear(plan, year).flatMap((t) => (t.kind === 'areaCoverage' ? [t] : []));
  for (const area of areas) {
    let rule: AreaRule | null = null;
    for (const t of targets) {
      if (!(t.areas as string[]).includes(area.tier)) continue;
      const r = criterionRule(t.criterion, thresholds);
      if (!rule) { rule = { ...r, targets: [t.id] }; continue; }
      const stricterShare: boolean = r.minShare > rule.minShare;
      rule = {
        criterion: stricterShare ? r.criterion : rule.criterion,
        minShare: Math.max(rule.minShare, r.minShare),
        maxHoleKm2: rule.maxHoleKm2 === null ? r.maxHoleKm2 : r.maxHoleKm2 === null ? rule.maxHoleKm2 : Math.min(rule.maxHoleKm2, r.maxHoleKm2),
        targets: [...rule.targets, t.id],
      };
    }
    if (rule) { out.areas.push(area); out.rules.push(rule); }
  }
  return out;
}

/** Fewest covered pixels out of n that meet the share, by the same float test as evaluateArea. */
export function pixelsNeeded(n: number, minShare: number): number {
  let c = Math.max(0, Math.floor(minShare * n) - 1);
  while (c < n && c / n < minShare) c++;
  return c;
}

export interface AreaCheck {
  pass: boolean;
  coveredShare: number | null;
  coveredPixels: number;
  largestHoleKm2: number;
  /** Holes larger than the rule allows, pixel indices. */
  oversizedHoles: number[][];
}

/** One area against its rule; `covered` is a full-grid 0/1 mask, `areaPixels` grid pixel indices. */
export function checkArea(grid: GridSpec, covered: Uint8Array, areaPixels: ArrayLike<number>, rule: CriterionRule): AreaCheck {
  const s = summarizeAreaCoverage(grid, covered, areaPixels);
  const largestHoleKm2 = s.holes.length ? s.holes[0].areaKm2 : 0;
  const oversized = rule.maxHoleKm2 === null ? [] : s.holes.filter((h) => h.areaKm2 > rule.maxHoleKm2!).map((h) => h.pixels);
  const shareOk = s.coveredShare !== null && s.coveredShare >= rule.minShare;
  return { pass: shareOk && oversized.length === 0, coveredShare: s.coveredShare, coveredPixels: s.coveredPixels, largestHoleKm2, oversizedHoles: oversized };
}
