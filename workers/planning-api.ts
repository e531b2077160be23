/**
 * The planning worker's comlink boundary (types only). Every worker prepares the same context
 * from the same request (cached per request id), computes footprints for the site ranges it is
 * given (transferred back), and one of them runs the selection with all the footprints.
 * Expected failures come back as values: comlink loses error classes.
 */
import type { PlanOutcome, PlanRequest } from '../src/engine/planning/types.ts';

export type FootprintsOutcome = { ok: true; footprints: Uint32Array[]; siteCount: number } | { ok: false; message: string };

export interface PlanningWorkerApi {
  /** Footprints of job sites from .. to - 1 (to = -1: up to the last), after preparing `requestId` if new. */
  footprints(requestId: number, req: PlanRequest | null, from: number, to: number): Promise<FootprintsOutcome>;
  /** The site count of the prepared request (candidates + existing sites). */
  siteCount(requestId: number, req: PlanRequest | null): Promise<FootprintsOutcome>;
  /** Runs the selection on the prepared request with every site's footprint, in site order. */
  solve(requestId: number, req: PlanRequest | null, footprints: Uint32Array[]): Promise<PlanOutcome>;
}
