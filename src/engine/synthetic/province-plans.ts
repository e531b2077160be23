/**
 * Synthetic plans for the province action plans (issue 13): Gansu 2020-2022 (7,000 new stations
 * in 2020, 30,000 by 2022, continuous coverage of the prefecture main urban areas, then of every
 * county seat) and Shaanxi 2023 (18 stations per 10,000 residents, urban areas fully covered).
 * The yearly goals are read from the plan's own targets; placement is generateSyntheticPlan's
 * (urban lattices, holes closed with the coverage engine, the rest by settlement and population).
 * Seeded and deterministic; every site is `synthetic: true`. Generated on demand, never stored.
 */
import type { Feature, Point } from 'geojson';
import type { Dataset } from '../model/dataset.ts';
import type { ProvinceSynthetic } from '../model/synthetic-specs.ts';
import type { Operator } from '../model/types.ts';
import type { Plan } from '../targets/types.ts';
import { generateSyntheticPlan, type YearGoal } from './synthetic-plan.ts';

export { PROVINCE_SYNTHETIC } from '../model/synthetic-specs.ts';

/** China Mobile's share of the stations; Unicom and Telecom build the rest together (CU+CT). */
const CMCC_SHARE = 0.55;

function split(total: number): Partial<Record<Operator, number>> {
  const cmcc = Math.round(total * CMCC_SHARE);
  return { CMCC: cmcc, 'CU+CT': total - cmcc };
}

/** Cumulative station goals and coverage tiers per target year, from the plan's targets. */
export function provinceGoals(plan: Plan, population: number): YearGoal[] {
  const years = [...new Set(plan.targets.map((t) => t.year))].sort((a, b) => a - b);
  let cumulative = 0;
  return years.map((year) => {
    const rows = plan.targets.filter((t) => t.year === year);
    for (const t of rows) {
      if (t.kind === 'stationCount' && !t.filter) cumulative = Math.max(cumulative, t.scope === 'new-in-year' ? cumulative + t.min : t.min);
      if (t.kind === 'stationsPer10k') cumulative = Math.max(cumulative, Math.ceil((t.min * population) / 1e4));
    }
    const area = rows.find((t) => t.kind === 'areaCoverage' && (t.criterion === 'full' || t.criterion === 'continuous') && t.areas.every((a) => a === 'prefecture-urban' || a === 'county-seat'));
    const coverage = area?.kind === 'areaCoverage' ? { tiers: area.areas as string[], criterion: area.criterion as 'full' | 'continuous' } : null;
    return { year, byOperator: split(cumulative), coverage };
  });
}

export function generateProvincePlan(dataset: Dataset, plan: Plan, spec: ProvinceSynthetic): Feature<Point>[] {
  const population = dataset.regions.reduce((s, r) => s + (r.population ?? 0), 0);
  // Generator margins over the policy thresholds (0.95, 0.05 km2), at 100 m pixels over the areas.
  return generateSyntheticPlan(dataset, { idPrefix: spec.idPrefix, seed: spec.seed, goals: provinceGoals(plan, population), minShare: 0.97, maxHoleKm2: 0.02, resM: 100 });
}
