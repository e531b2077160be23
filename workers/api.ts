/**
 * The typed comlink boundary (types only). The coverage worker holds one job (grid, study-area
 * mask, flattened site table) and computes tiles of it; tiles come back as transferred typed arrays.
 */
import type { CoverageJob, TileResult } from '../src/engine/coverage/job.ts';

export interface CoverageWorkerApi {
  /** Replace the worker's job. Versioned so stale tile requests are detectable. */
  setJob(job: CoverageJob): Promise<void>;
  /** Compute the given tiles of the current job. */
  computeTiles(version: number, tileIds: number[]): Promise<TileResult[]>;
}
