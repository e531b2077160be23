/**
 * The browser's coverage client: a CoveragePool of Web Workers (one per core, at most 8).
 * Calling run() again after an edit recomputes only the tiles the edit touched.
 */
import { wrap } from 'comlink';
import type { CoverageInput, CoverageProgress, CoverageRaster } from '../src/engine/coverage/types.ts';
import type { CoverageWorkerApi } from './api.ts';
import { CoveragePool, type CoverageRunResult } from './pool.ts';

export type { CoverageRunResult } from './pool.ts';

export interface CoverageClient {
  /** `reuse`: a raster of an earlier run the caller is done with (see RunOptions.reuse). */
  run(input: CoverageInput, onProgress?: (p: CoverageProgress) => void, reuse?: CoverageRaster | null): Promise<CoverageRunResult>;
  cancel(): void;
  dispose(): void;
}

export function createCoverageClient(opts: { workers?: number } = {}): CoverageClient {
  const size = opts.workers ?? Math.min(8, Math.max(1, navigator.hardwareConcurrency || 2));
  const pool = new CoveragePool(() => {
    const worker = new Worker(new URL('./coverage.worker.ts', import.meta.url), { type: 'module' });
    return { api: wrap<CoverageWorkerApi>(worker), terminate: () => worker.terminate() };
  }, size, () => performance.now());
  // Workers start at once: their modules load while the app fetches its data.
  pool.warm();
  return {
    run: (input, onProgress, reuse) => pool.run(input, { onProgress, keepState: true, reuse }),
    cancel: () => pool.cancel(),
    dispose: () => pool.dispose(),
  };
}
