/**
 * Coverage on the calling thread: prepare the job, compute every tile, assemble. The worker
 * pool does the same split across threads; this is the reference both are tested against.
 */
import { computeTile } from './compute-tile.ts';
import { prepareJob, type PreparedJob } from './job.ts';
import { newTileState } from './tile-state.ts';
import { RasterAssembler } from './assemble.ts';
import type { CoverageInput, CoverageRaster, CoverageStats } from './types.ts';

export interface CoverageOutput {
  raster: CoverageRaster;
  stats: CoverageStats;
  assembler: RasterAssembler;
  job: PreparedJob;
  evaluations: number;
  pixelSitePairs: number;
}

export function computeCoverage(input: CoverageInput, onProgress?: (fraction: number) => void): CoverageOutput {
  const job = prepareJob(input);
  const assembler = new RasterAssembler(job.grid, input.regions ?? [], input.areas);
  const tiles = job.tilesX * job.tilesY;
  let evaluations = 0, pixelSitePairs = 0;
  const scratch = newTileState(job, 0);
  for (let t = 0; t < tiles; t++) {
    const tile = computeTile(job, t, scratch);
    evaluations += tile.evaluations;
    pixelSitePairs += tile.pixelSitePairs;
    assembler.putTile(tile);
    onProgress?.((t + 1) / tiles);
  }
  return { raster: assembler.raster, stats: assembler.stats(), assembler, job, evaluations, pixelSitePairs };
}
