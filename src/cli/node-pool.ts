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
    if (opts.inProcess && workers >= 2 && spawned++ % workers === workers - 1) return { api: yieldingApi(createCoverageWorker()) as unknown as Remote<CoverageWorkerApi>, terminate: () => undefined, inProcess: true };
    const worker = startNodeWorker('coverage');
    return { api: wrap<CoverageWorkerApi>(nodeEndpoint(worker)), terminate: () => void worker.terminate() };
  }, workers, () => performance.now(), opts.sharedMemory ?? true);
}

/**
 * The in-process worker's calls each start on a fresh turn of the event loop. Called directly,
 * an async method that never waits resolves at once, and the pool's loop would run all its
 * tiles in microtasks while the worker threads' replies sat unread (measured: the other worker
 * idle for 60% of a cold Puyang run).
 */
function yieldingApi<T extends object>(api: T): T {
  return new Proxy(api, {
    get(target, key) {
      const value = Reflect.get(target, key) as unknown;
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        await new Promise((resolve) => setImmediate(resolve));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
