/**
 * Streamed runs, as `g5plan coverage` computes (memory bounded by the tiles in flight), one cold
 * run: henan-2022-25m (issue 15) and the province plans of issue 13.
 */
import { createNodeCoveragePool } from '../node-pool.ts';
import { poolSource, streamCoverage } from '../coverage-stream.ts';
import type { BenchFigures } from './suite.ts';
import { henan2022 } from './inputs.ts';
import type { CoverageInput } from '../../engine/coverage/types.ts';

export const STREAM_WORKERS = 2;

export async function benchStreamed(resM: number, load: (resM: number) => Promise<CoverageInput> = henan2022): Promise<BenchFigures> {
  const input = await load(resM);
  const pool = createNodeCoveragePool(STREAM_WORKERS);
  try {
    const r = await streamCoverage(poolSource(pool, input), input);
    return {
      ms: r.elapsedMs, pixels: r.stats.pixels, sites: input.sites.length, workers: STREAM_WORKERS,
      pixelsPerS: Math.round(r.stats.pixels / (r.elapsedMs / 1000)), coveredShare: r.stats.coveredShare,
      areasWithHoles: r.areaReports.filter((a) => a.holes > 0).length,
    };
  } finally {
    pool.dispose();
  }
}
