/**
 * The one definition of the coverage a year's targets are judged on, shared by `g5plan check`,
 * the app's targets panel and the site planner (one engine, one verdict):
 * - the stations in service that year (every kind radiates);
 * - the study area: the settlement areas of the tiers the year's targets name (far fewer pixels
 *   than the region), or the whole region when a population target needs every resident;
 * - every loaded settlement area for the "auto" model choice (UMa inside urban areas), whatever
 *   the year names, so a site radiates alike in every run;
 * - the grid frame: the projection centre of the plan's county-level units (or of the areas when
 *   none are loaded), so an areas-only run and a run over the whole region share every pixel.
 * The pixel size and radio settings are the caller's (the same for all three, see docs/targets.md).
 */
import type { Region, TargetArea } from '../model/dataset.ts';
import type { Site } from '../model/types.ts';
import { regionsCentre } from '../coverage/study-area.ts';
import { isInServiceBy } from './counting.ts';
import { needsCoverage, targetsForYear } from './evaluate.ts';
import type { Plan } from './types.ts';

export interface CoverageRequest {
  sites: Site[];
  /** Study area for the raster. */
  regions: Region[];
  /** Every loaded settlement area: the coverage engine's "auto" model choice reads them. */
  areas: TargetArea[];
  /** The grid frame (gridFrameCentre): the same for the check, the planner and the map. */
  frameCenterLonLat: [number, number];
}

/** Areas of the tiers the year's targets name, inside the plan's region (by county code) unless `keepAll`. */
export function areasForYear(plan: Plan, year: number, areas: TargetArea[], keepAll = false): TargetArea[] {
  const tiers = new Set(targetsForYear(plan, year).flatMap((t) => (t.kind === 'areaCoverage' ? t.areas : [])));
  return areas.filter((a) => tiers.has(a.tier) && (keepAll || a.county === null || a.county.startsWith(plan.region.code)));
}

export function areasAsRegions(areas: TargetArea[]): Region[] {
  return areas.map((a) => ({ code: a.id, name: a.name, population: null, urbanShare: null, geometry: a.geometry }));
}

/**
 * The projection centre every targets run over these inputs uses: the county-level units' when
 * loaded (the map's coverage is computed over them), else the areas'. Null when neither is loaded.
 */
export function gridFrameCentre(regions: Region[] | null, areas: TargetArea[] | null): [number, number] | null {
  if (regions?.length) return regionsCentre(regions);
  if (areas?.length) return regionsCentre(areasAsRegions(areas));
  return null;
}

/**
 * null when the year needs no coverage, or nothing is loaded to compute it over.
 * `yearAreas`: the areas evaluated (areasForYear); `allAreas`: every loaded area (model choice).
 */
export function coverageRequest(plan: Plan, year: number, sites: Site[], regions: Region[] | null, yearAreas: TargetArea[] | null, allAreas: TargetArea[] | null = yearAreas): CoverageRequest | null {
  if (!needsCoverage(plan, year)) return null;
  const areas = yearAreas ?? [];
  const needsPopulation = targetsForYear(plan, year).some((t) => t.kind === 'populationCoverage');
  // A population target needs the whole region; area targets need only the areas' pixels.
  const study = needsPopulation && regions?.length ? regions : areas.length ? areasAsRegions(areas) : null;
  if (!study) return null;
  const frameCenterLonLat = gridFrameCentre(regions, areas)!;
  return { sites: sites.filter((s) => isInServiceBy(s, year)), regions: study, areas: allAreas ?? areas, frameCenterLonLat };
}
