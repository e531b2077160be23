/**
 * stationsPer10k targets: stations in service at the end of the year per 10,000 residents
 * (2020 census, Region.population), for the plan's whole region and per county-level unit,
 * lowest first, so a reader sees which counties pull the ratio down. Every counted station of
 * the file counts toward the region total; per county by Site.county (or its location).
 */
import { countedSites } from './counting.ts';
import { notSimulatedRow, resultRow, type Evaluator } from './context.ts';
import type { StationsPer10kTarget } from './types.ts';

export interface CountyRatio {
  code: string;
  name: string;
  population: number;
  stations: number;
  per10k: number;
  belowTarget: boolean;
}

export const evaluateStationsPer10k: Evaluator<StationsPer10kTarget> = (target, ctx) => {
  const regions = (ctx.regions ?? []).filter((r) => r.population !== null && r.population > 0);
  if (!regions.length) {
    return notSimulatedRow(target, target.min, 'no county populations loaded for the plan\'s region (use --dataset or --regions)');
  }
  const counted = new Set(countedSites(ctx.sites, ctx.year, ctx.plan.stationKindsCounted));
  const perCode = new Map<string, number>();
  ctx.sites.forEach((s, i) => {
    const code = ctx.siteCounty[i];
    if (counted.has(s) && code) perCode.set(code, (perCode.get(code) ?? 0) + 1);
  });
  const population = regions.reduce((sum, r) => sum + (r.population as number), 0);
  const per10k = (counted.size * 1e4) / population;
  const perCounty: CountyRatio[] = regions
    .map((r) => {
      const stations = perCode.get(r.code) ?? 0;
      const ratio = (stations * 1e4) / (r.population as number);
      return { code: r.code, name: r.name, population: r.population as number, stations, per10k: ratio, belowTarget: ratio < target.min };
    })
    .sort((a, b) => a.per10k - b.per10k || a.code.localeCompare(b.code));
  return resultRow(target, target.min, per10k, per10k >= target.min, {
    comparison: '>=',
    stations: counted.size,
    population,
    perCounty,
  });
};
