/**
 * The terrain factor raster of a job's site, computed on first use in this thread and kept in
 * the job (so a worker only does the sites its tiles reach, each once, for all its sectors).
 */
import { gridProjection } from '../geo/projection.ts';
import { is38901, sitePathLossFn } from '../radio/index.ts';
import { computeSiteTerrain, type SiteTerrainRaster } from '../terrain/site-terrain.ts';
import type { PreparedJob } from './job.ts';

export function siteTerrainFor(job: PreparedJob, s: number): SiteTerrainRaster | null {
  const terrain = job.input.terrain;
  if (!terrain) return null;
  const kept = job.siteTerrain[s];
  if (kept) return kept;
  const { settings } = job.input, model = job.siteModel[s], fGhz = job.siteFreqGhz[s], hBsM = job.siteHeightM[s];
  const projection = gridProjection(job.grid.centerLonLat);
  const pathLossFn = (mode: 'nlos' | 'los') => sitePathLossFn(model, mode, fGhz, hBsM, settings.hUtM, settings.rmaBuildingHeightM, settings.rmaStreetWidthM);
  const [nlosDb, losDb] = settings.terrainLos && is38901(model) ? [pathLossFn('nlos'), pathLossFn('los')] : [null, null];
  const nlosExcessDb = nlosDb && losDb ? (d: number) => nlosDb(d) - losDb(d) : null;
  const raster = computeSiteTerrain({
    terrain, resM: job.grid.resM,
    siteXM: job.siteXM[s], siteYM: job.siteYM[s], radiusM: job.siteBaseRadiusM[s],
    invert: (xy) => projection.invert!(xy) as [number, number] | null,
    hBsM, hUtM: settings.hUtM, fGhz, nlosExcessDb: settings.terrainLos ? (nlosExcessDb ?? (() => 0)) : null,
  });
  job.siteTerrain[s] = raster;
  return raster;
}
