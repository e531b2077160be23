/** The CLI's planning pool: the browser's planning worker object under Node worker_threads. */
import { wrap } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { startNodeWorker } from './node-worker.ts';
import type { PlanningWorkerApi } from '../../workers/planning-api.ts';
import { PlanningPool } from '../../workers/planning-pool.ts';

export function createNodePlanningPool(workers: number): PlanningPool {
  return new PlanningPool(() => {
    const worker = startNodeWorker('planning');
    return { api: wrap<PlanningWorkerApi>(nodeEndpoint(worker)), terminate: () => void worker.terminate() };
  }, workers);
}
