/** The CLI's coverage pool: the browser's worker object under Node worker_threads. */
import { availableParallelism } from 'node:os';
import { wrap, type Remote } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { startNodeWorker } from './node-worker.ts';
import type { CoverageWorkerApi } from '../../workers/api.ts';
import { CoveragePool } from '../../workers/pool.ts';
import { createCoverageWorker } from '../../workers/coverage-worker-api.ts';

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(8, availableParallelism()));
}

/**
 * `sharedMemory: false` makes workers send tiles back instead of writing a shared raster (tests).
 * `inProcess`: with 2 or more workers, the last is this thread itself (the worker object called
 * directly): a streamed run's main thread is idle while the tiles are computed, and a worker
 * thread's start costs ~0.1 s of CPU (Node bootstraps itself again in every worker).
 */
export function createNodeCoveragePool(workers = defaultWorkerCount(), opts: { sharedMemory?: boolean; inProcess?: boolean } = {}): CoveragePool {
  let spawned = 0;
  return new CoveragePool(() => {
    if (opts.inProcess && workers >= 2 && spawned++ % workers === workers - 1) return { api: createCoverageWorker() as unknown as Remote<CoverageWorkerApi>, terminate: () => undefined };
    const worker = startNodeWorker('coverage');
    return { api: wrap<CoverageWorkerApi>(nodeEndpoint(worker)), terminate: () => void worker.terminate() };
  }, workers, () => performance.now(), opts.sharedMemory ?? true);
}
