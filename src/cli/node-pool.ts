/** The CLI's coverage pool: the browser's worker object under Node worker_threads. */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { wrap } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { CoverageWorkerApi } from '../../workers/api.ts';
import { CoveragePool } from '../../workers/pool.ts';

const WORKER_URL = new URL('../../workers/node/coverage.worker.mjs', import.meta.url);

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(8, availableParallelism()));
}

/** `sharedMemory: false` makes workers send tiles back instead of writing a shared raster (tests). */
export function createNodeCoveragePool(workers = defaultWorkerCount(), opts: { sharedMemory?: boolean } = {}): CoveragePool {
  return new CoveragePool(() => {
    const worker = new Worker(WORKER_URL);
    return { api: wrap<CoverageWorkerApi>(nodeEndpoint(worker)), terminate: () => void worker.terminate() };
  }, workers, () => performance.now(), opts.sharedMemory ?? true);
}
