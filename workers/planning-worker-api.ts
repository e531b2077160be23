/**
 * The planning worker's object: adapts the engine's split planner (preparePlanning,
 * planningFootprints, solvePlanning) to PlanningWorkerApi. The prepared context is kept for the
 * last request id, so a request is sent once per worker (later calls pass req = null).
 * Exposed by planning.worker.ts (browser) and node/planning.worker.mjs (Node worker_threads).
 */
import { transfer } from 'comlink';
import { footprintSiteCount, solvePlanning } from '../src/engine/planning/plan-sites.ts';
import { planningFootprints, preparePlanning, type PlanningContext } from '../src/engine/planning/prepare.ts';
import type { PlanOutcome, PlanRequest } from '../src/engine/planning/types.ts';
import type { FootprintsOutcome, PlanInput, PlanningWorkerApi, RequestOutcome } from './planning-api.ts';
import { buildPlanRequest } from './planning-request.ts';

export function createPlanningWorker(): PlanningWorkerApi {
  let held: { id: number; ctx: PlanningContext } | null = null;

  const context = (id: number, req: PlanRequest | null): { ok: true; ctx: PlanningContext } | { ok: false; message: string } => {
    if (held && held.id === id) return { ok: true, ctx: held.ctx };
    if (!req) return { ok: false, message: `planning request ${id} was never sent to this worker` };
    const prepared = preparePlanning(req);
    if (!prepared.ok) return prepared;
    held = { id, ctx: prepared.ctx };
    return prepared;
  };

  const api = {
    async siteCount(id: number, req: PlanRequest | null): Promise<FootprintsOutcome> {
      const c = context(id, req);
      return c.ok ? { ok: true, footprints: [], siteCount: footprintSiteCount(c.ctx) } : c;
    },
    async footprints(id: number, req: PlanRequest | null, from: number, to: number): Promise<FootprintsOutcome> {
      const c = context(id, req);
      if (!c.ok) return c;
      const n = footprintSiteCount(c.ctx);
      const footprints = planningFootprints(c.ctx, from, to < 0 ? n : Math.min(to, n));
      return transfer({ ok: true as const, footprints, siteCount: n }, footprints.map((f) => f.buffer as ArrayBuffer));
    },
    async buildRequest(input: PlanInput): Promise<RequestOutcome> {
      return buildPlanRequest(input);
    },
    async solve(id: number, req: PlanRequest | null, footprints: Uint32Array[]): Promise<PlanOutcome> {
      const c = context(id, req);
      if (!c.ok) return c;
      return solvePlanning(c.ctx, footprints);
    },
  };
  return api satisfies PlanningWorkerApi;
}
