/**
 * A prepared coverage job: the study area plus every site flattened into typed arrays with
 * its link tables, influence radius and co-channel group, and a spatial index (flatbush) of
 * the sites' influence squares. Built identically in every worker from the same input, so
 * tiles can be computed anywhere and merged. In an editing session the next job is built
 * from the previous one: unchanged sites are copied, only edited ones are prepared.
 */
import Flatbush from 'flatbush';
import { gridProjection } from '../geo/projection.ts';
import type { CoverageInput } from './types.ts';
import { buildStudyArea, type StudyArea } from './study-area.ts';
import { TableRegistry } from './table-registry.ts';
import { SiteArrays } from './site-arrays.ts';
import { capInterferenceRadii, capToServingRadii } from './interference-radius.ts';
import type { PreparedJob } from './prepared-job.ts';
import type { SiteTerrainRaster } from '../terrain/site-terrain.ts';
import { patternsKey } from '../radio/msi-pattern.ts';

export type { PreparedJob } from './prepared-job.ts';

export const DEFAULT_TILE_SIZE_PX = 128;

export function sameFrame(a: Pick<CoverageInput, 'frameCenterLonLat'>, b: Pick<CoverageInput, 'frameCenterLonLat'>): boolean {
  return a.frameCenterLonLat?.[0] === b.frameCenterLonLat?.[0] && a.frameCenterLonLat?.[1] === b.frameCenterLonLat?.[1];
}

function canReuseStudy(input: CoverageInput, reuse: PreparedJob | undefined): reuse is PreparedJob {
  return !!reuse && !reuse.bboxMode && !!input.regions && input.regions === reuse.input.regions
    && input.areas === reuse.input.areas && input.resM === reuse.input.resM && sameFrame(input, reuse.input);
}

/**
 * `reuse` + `newToOld`: the previous job of an editing session and, for each site of `input`,
 * its index there (-1 = new or edited). The study area, tables and unchanged sites are kept.
 * `study`: the study area, made by the caller (nothing here reads its pixel labels: job-transfer.ts
 * has another thread make them meanwhile).
 */
export function prepareJob(input: CoverageInput, reuse?: PreparedJob, newToOld?: Int32Array, study?: StudyArea): PreparedJob {
  // Link tables depend on the radio settings and on the imported antenna patterns' contents.
  const settingsKey = JSON.stringify(input.settings) + patternsKey(input.patterns);
  const sameStudy = !study && canReuseStudy(input, reuse);
  study ??= sameStudy
    ? { grid: reuse.grid, regionRuns: reuse.regionRuns, areaRuns: reuse.areaRuns, areaRings: reuse.areaRings, areaBounds: reuse.areaBounds, densityPerPixel: reuse.densityPerPixel, bboxMode: false, tileInside: reuse.tileInside }
    : buildStudyArea(input.sites, input.regions, input.areas, input.resM, input.frameCenterLonLat);
  const sameTables = !!reuse && reuse.registry.settingsKey === settingsKey;
  const registry = sameTables ? reuse.registry : new TableRegistry(settingsKey);
  const copyFrom = sameStudy && sameTables && newToOld ? reuse : null;
  const arrays = new SiteArrays(input, study, registry, gridProjection(study.grid.centerLonLat));
  const n = input.sites.length;
  for (let j = 0; j < n;) {
    const i = copyFrom ? newToOld![j] : -1;
    if (i < 0) { arrays.addSite(input.sites[j++]); continue; }
    // A run of unchanged sites in their old order is copied in one block.
    let m = 1;
    while (j + m < n && newToOld![j + m] === i + m) m++;
    arrays.copySites(copyFrom!, i, m);
    j += m;
  }
  const tileSizePx = input.tileSizePx ?? DEFAULT_TILE_SIZE_PX;
  if (!(Number.isInteger(tileSizePx) && tileSizePx >= 1)) throw new RangeError(`tile size ${tileSizePx}: must be a positive whole number of pixels`);
  const job: PreparedJob = {
    ...study, input, tileSizePx, tilesX: Math.ceil(study.grid.width / tileSizePx), tilesY: Math.ceil(study.grid.height / tileSizePx),
    siteCount: n, ...arrays.finish(), gainTables: registry.gain, gainPairs: registry.gainPairs, groupNoiseMw: Float64Array.from(registry.groupNoiseMw),
    groupKeys: registry.groupKeys, registry, siteIndex: null, newToOld: copyFrom ? newToOld! : null,
    siteRadiusM: new Float64Array(n), siteNeighbourM: new Float64Array(n).fill(Infinity),
    siteTerrain: new Array<SiteTerrainRaster | undefined>(input.terrain ? n : 0),
  };
  // Unchanged sites keep their terrain rasters (same terrain, same settings, same place).
  if (copyFrom && input.terrain && input.terrain === copyFrom.input.terrain) {
    for (let j = 0; j < n; j++) if (newToOld![j] >= 0) job.siteTerrain[j] = copyFrom.siteTerrain[newToOld![j]];
  }
  job.siteRadiusM.set(job.siteBaseRadiusM);
  if (input.settings.interferenceCutoff === 'density') capInterferenceRadii(job, copyFrom);
  if (input.coveredOnly && input.settings.sinrThresholdDb === null) capToServingRadii(job);
  if (n > 0) {
    const index = new Flatbush(n);
    for (let s = 0; s < n; s++) {
      const r = job.siteRadiusM[s];
      index.add(job.siteXM[s] - r, job.siteYM[s] - r, job.siteXM[s] + r, job.siteYM[s] + r);
    }
    index.finish();
    job.siteIndex = index;
  }
  return job;
}

/** Pixel bounds of a tile: [col0, row0, width, height]. */
export function tileBounds(job: PreparedJob, tileId: number): [number, number, number, number] {
  const tx = tileId % job.tilesX, ty = Math.floor(tileId / job.tilesX);
  const col0 = tx * job.tileSizePx, row0 = ty * job.tileSizePx;
  return [col0, row0, Math.min(job.tileSizePx, job.grid.width - col0), Math.min(job.tileSizePx, job.grid.height - row0)];
}
