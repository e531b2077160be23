/**
 * What coverage a year's check needs (so the CLI, the UI and tests compute the same raster):
 * the stations in service that year (every kind radiates), the settlement areas of the tiers the
 * year's area targets name, and the study area: those areas themselves (far fewer pixels than
 * the region), or the whole region when a population target needs every resident.
 */
import type { Region, TargetArea } from '../model/dataset.ts';
import type { Site } from '../model/types.ts';
import { isInServiceBy } from './counting.ts';
import { needsCoverage, targetsForYear } from './evaluate.ts';
import type { Plan } from './types.ts';

export interface CoverageRequest {
  sites: Site[];
  /** Study area for the raster. */
  regions: Region[];
  /** Areas to evaluate (also passed to the coverage engine for its "auto" model choice). */
  areas: TargetArea[];
}

/** Areas of the tiers the year's targets name, inside the plan's region (by county code) unless `keepAll`. */
export function areasForYear(plan: Plan, year: number, areas: TargetArea[], keepAll = false): TargetArea[] {
  const tiers = new Set(targetsForYear(plan, year).flatMap((t) => (t.kind === 'areaCoverage' ? t.areas : [])));
  return areas.filter((a) => tiers.has(a.tier) && (keepAll || a.county === null || a.county.startsWith(plan.region.code)));
}

export function areasAsRegions(areas: TargetArea[]): Region[] {
  return areas.map((a) => ({ code: a.id, name: a.name, population: null, urbanShare: null, geometry: a.geometry }));
}

/** null when the year needs no coverage, or nothing is loaded to compute it over. */
export function coverageRequest(plan: Plan, year: number, sites: Site[], regions: Region[] | null, yearAreas: TargetArea[] | null): CoverageRequest | null {
  if (!needsCoverage(plan, year)) return null;
  const areas = yearAreas ?? [];
  const needsPopulation = targetsForYear(plan, year).some((t) => t.kind === 'populationCoverage');
  // A population target needs the whole region; area targets need only the areas' pixels.
  const study = needsPopulation && regions?.length ? regions : areas.length ? areasAsRegions(areas) : null;
  if (!study) return null;
  return { sites: sites.filter((s) => isInServiceBy(s, year)), regions: study, areas };
}
