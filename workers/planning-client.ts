/**
 * The browser's planning client: a PlanningPool of Web Workers (one per core, at most 4: the
 * selection runs in one worker, only the footprints spread). run() resolves to the engine's
 * PlanOutcome (buildRequest() turns the app's input into a request); cancel() terminates the workers (the next run starts fresh ones).
 */
import { wrap } from 'comlink';
import type { PlanOutcome, PlanRequest } from '../src/engine/planning/types.ts';
import type { PlanInput, PlanningWorkerApi, RequestOutcome } from './planning-api.ts';
import { PlanningPool } from './planning-pool.ts';

export interface PlanningClient {
  /** The request for the app's input, built in a worker (targets parsed, hex candidates generated). */
  buildRequest(input: PlanInput): Promise<RequestOutcome>;
  run(req: PlanRequest, onProgress?: (fraction: number) => void): Promise<PlanOutcome>;
  cancel(): void;
  dispose(): void;
}

export function createPlanningClient(opts: { workers?: number } = {}): PlanningClient {
  const size = opts.workers ?? Math.min(4, Math.max(1, navigator.hardwareConcurrency || 2));
  const pool = new PlanningPool(() => {
    const worker = new Worker(new URL('./planning.worker.ts', import.meta.url), { type: 'module' });
    return { api: wrap<PlanningWorkerApi>(worker), terminate: () => worker.terminate() };
  }, size);
  return {
    buildRequest: (input) => pool.buildRequest(input),
    run: (req, onProgress) => pool.run(req, { onProgress }),
    cancel: () => pool.cancel(),
    dispose: () => pool.dispose(),
  };
}
