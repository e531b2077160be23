/** The CLI's planning pool: the browser's planning worker object under Node worker_threads. */
import { Worker } from 'node:worker_threads';
import { wrap } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { PlanningWorkerApi } from '../../workers/planning-api.ts';
import { PlanningPool } from '../../workers/planning-pool.ts';

const WORKER_URL = new URL('../../workers/node/planning.worker.mjs', import.meta.url);

export function createNodePlanningPool(workers: number): PlanningPool {
  return new PlanningPool(() => {
    const worker = new Worker(WORKER_URL);
    return { api: wrap<PlanningWorkerApi>(nodeEndpoint(worker)), terminate: () => void worker.terminate() };
  }, workers);
}
