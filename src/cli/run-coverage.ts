/** Coverage for a subcommand: a worker_threads pool for the one computation, then closed. */
import type { CoverageInput, CoverageProgress, CoverageRaster } from '../engine/coverage/types.ts';
import type { CoveragePool, CoverageRunResult } from '../../workers/pool.ts';
import { createNodeCoveragePool, defaultWorkerCount } from './node-pool.ts';

export interface RunCoverageRequest extends CoverageInput {
  workers?: number;
}

/** `pool`: one the caller started early (its workers load while the inputs are read); disposed here either way. */
export async function runCoverageDetailed(req: RunCoverageRequest, onProgress?: (p: CoverageProgress) => void, pool?: CoveragePool): Promise<CoverageRunResult> {
  const { workers, ...input } = req;
  pool ??= createNodeCoveragePool(workers ?? defaultWorkerCount());
  try {
    return await pool.run(input, { onProgress });
  } finally {
    pool.dispose();
  }
}

export async function runCoverage(req: RunCoverageRequest): Promise<CoverageRaster> {
  return (await runCoverageDetailed(req)).raster;
}
