/** The CLI's coverage pool: the browser's worker object under Node worker_threads. */
import { availableParallelism } from 'node:os';
import { wrap } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { startNodeWorker } from './node-worker.ts';
import type { CoverageWorkerApi } from '../../workers/api.ts';
import { CoveragePool } from '../../workers/pool.ts';

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(8, availableParallelism()));
}

/** `sharedMemory: false` makes workers send tiles back instead of writing a shared raster (tests). */
export function createNodeCoveragePool(workers = defaultWorkerCount(), opts: { sharedMemory?: boolean } = {}): CoveragePool {
  return new CoveragePool(() => {
    const worker = startNodeWorker('coverage');
    return { api: wrap<CoverageWorkerApi>(nodeEndpoint(worker)), terminate: () => void worker.terminate() };
  }, workers, () => performance.now(), opts.sharedMemory ?? true);
}
