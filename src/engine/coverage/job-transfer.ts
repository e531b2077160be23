/**
 * A prepared job sent to another thread (issue 15, cold start): the calling thread prepares the
 * job once (study area, site arrays, link tables, spatial index) and every worker receives it by
 * structured clone instead of preparing the same job from nothing. What crosses is plain data:
 * typed arrays, the registry's own fields (its class is restored on arrival) and the spatial
 * index's buffer (Flatbush.from rebuilds the index over it). The site list and the region
 * polygons stay behind: computing and finishing tiles reads the arrays, not them.
 */
import Flatbush from 'flatbush';
import type { CoverageInput } from './types.ts';
import { prepareJob } from './job.ts';
import type { PreparedJob } from './prepared-job.ts';
import { areaOutline, regionsCentre, resolutionProblem, type StudyLabels } from './study-area.ts';
import type { GridSpec } from '../geo/grid.ts';
import { TableRegistry } from './table-registry.ts';
import type { Region, TargetArea } from '../model/dataset.ts';

export interface PackedJob {
  job: Omit<PreparedJob, 'siteIndex' | 'tileInside'>;
  siteIndexData: ArrayBuffer | null;
}

export function packJob(job: PreparedJob): PackedJob {
  // tileInside is a per-thread cache of decoded tile masks: each worker fills its own.
  const { siteIndex, tileInside: _, input, ...rest } = job;
  return {
    job: { ...rest, input: { ...input, sites: [], regions: null } },
    siteIndexData: siteIndex ? (siteIndex.data as ArrayBuffer) : null,
  };
}

/** The job on this thread, from a PackedJob received by structured clone. */
export function unpackJob({ job, siteIndexData }: PackedJob): PreparedJob {
  Object.setPrototypeOf(job.registry, TableRegistry.prototype);
  // A received job serves one streamed pass: each tile is met once, so its masks are not kept.
  return { ...job, tileInside: null, siteIndex: siteIndexData ? Flatbush.from(siteIndexData) : null };
}

/** The boundaries rasterized (study-area.ts studyLabels) and the grid they span, on another thread. */
export type LabelMaker = (regions: Region[], areas: TargetArea[], resM: number, frameCentre?: [number, number]) => Promise<StudyLabels & { grid: GridSpec }>;

/** Placeholders while the labels are made elsewhere: prepareJob never reads them. */
const NO_RUNS = { width: 0, height: 0, background: 0, rowStart: new Int32Array(1), colStart: new Int32Array(0), colEnd: new Int32Array(0), value: new Int32Array(0) };
const PENDING: StudyLabels = { regionRuns: NO_RUNS, areaRuns: NO_RUNS, densityPerPixel: new Float64Array(0) };

/**
 * prepareJob in two halves at once: `makeLabels` (a worker) projects and rasterizes the region
 * and area boundaries, which gives the grid, while this thread prepares the sites, which needs
 * only the frame's centre and the settlement areas' rings; the same job as prepareJob(input).
 */
export async function prepareJobSplit(input: CoverageInput, makeLabels: LabelMaker): Promise<PreparedJob> {
  if (!input.regions?.length) return prepareJob(input); // the sites' bounding box: nothing to rasterize
  const badRes = resolutionProblem(input.resM); // studyFrame's own check, which runs elsewhere now
  if (badRes) throw new RangeError(badRes);
  const labels = makeLabels(input.regions, input.areas, input.resM, input.frameCenterLonLat);
  labels.catch(() => undefined); // awaited below, after the sites
  const centre = input.frameCenterLonLat ?? regionsCentre(input.regions);
  // The grid's extent comes with the labels: until then only its centre (all the sites read) is known.
  const pendingGrid: GridSpec = { centerLonLat: centre, resM: input.resM, x0M: 0, y0M: 0, width: 0, height: 0 };
  const job = prepareJob(input, undefined, undefined, { grid: pendingGrid, ...areaOutline(input.areas, centre), bboxMode: false, tileInside: new Map(), ...PENDING });
  let made: StudyLabels & { grid: GridSpec };
  try {
    made = await labels;
  } catch (e) {
    // A RangeError (bad input: too many pixels) crosses the thread boundary as a plain Error.
    throw e instanceof Error && e.name === 'RangeError' ? new RangeError(e.message) : e;
  }
  const { grid, ...rest } = made;
  return { ...job, ...rest, grid, tilesX: Math.ceil(grid.width / job.tileSizePx), tilesY: Math.ceil(grid.height / job.tileSizePx) };
}
