/**
 * The coverage a year's targets are judged on, computed on the calling thread (the app's targets
 * worker; the CLI runs the same request on its worker pool): coverageRequest's run, or a raster
 * the caller already has when it is provably the same computation (same grid frame and pixel
 * size, and every evaluated area pixel inside it; the caller vouches for the sites, areas and
 * radio settings). Reusing the map's raster saves a run; computing otherwise keeps one verdict.
 */
import { computeCoverage } from '../coverage/compute-coverage.ts';
import type { CoverageMask } from '../coverage/types.ts';
import { gridProjection, projectRings, ringsBounds } from '../geo/projection.ts';
import { rasterizeGeometry } from '../geo/rasterize.ts';
import type { Region, TargetArea } from '../model/dataset.ts';
import type { RadioSettings } from '../model/defaults.ts';
import type { Site } from '../model/types.ts';
import { coverageRequest } from './coverage-request.ts';
import type { Plan } from './types.ts';

export interface TargetsCoverageInput {
  plan: Plan;
  year: number;
  sites: Site[];
  regions: Region[] | null;
  /** The areas the year's targets name (areasForYear) and every loaded one (model choice). */
  yearAreas: TargetArea[];
  allAreas: TargetArea[];
  resM: number;
  settings: RadioSettings;
  /** A raster of these very sites, areas and settings (the map's), or null. */
  offered: CoverageMask | null;
}

/**
 * Whether `mask` holds every pixel the request judges, on the request's grid: same frame and
 * pixel size, each area wholly within the grid's extent (rasterizing clips to it) and each of
 * its pixels inside the mask's study area.
 */
export function isSameTargetsGrid(mask: CoverageMask, frameCenterLonLat: [number, number], resM: number, yearAreas: TargetArea[]): boolean {
  const g = mask.grid;
  if (g.resM !== resM || g.centerLonLat[0] !== frameCenterLonLat[0] || g.centerLonLat[1] !== frameCenterLonLat[1]) return false;
  const projection = gridProjection(g.centerLonLat);
  const project = (p: [number, number]) => projection(p) as [number, number] | null;
  return yearAreas.every((a) => {
    const [x0, y0, x1, y1] = ringsBounds(projectRings(a.geometry, project));
    if (x0 < g.x0M || y0 < g.y0M || x1 > g.x0M + g.width * g.resM || y1 > g.y0M + g.height * g.resM) return false;
    return rasterizeGeometry(g, a.geometry).every((p) => mask.inside[p] === 1);
  });
}

/** null when the year needs no coverage or nothing is loaded to compute it over. */
export function targetsCoverage(input: TargetsCoverageInput): CoverageMask | null {
  const request = coverageRequest(input.plan, input.year, input.sites, input.regions, input.yearAreas, input.allAreas);
  if (!request) return null;
  const { offered } = input;
  if (offered && isSameTargetsGrid(offered, request.frameCenterLonLat, input.resM, input.yearAreas)) return offered;
  return computeCoverage({ ...request, resM: input.resM, settings: input.settings }).raster;
}
