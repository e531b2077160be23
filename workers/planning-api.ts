/**
 * The planning worker's comlink boundary (types only). Every worker prepares the same context
 * from the same request (cached per request id), computes footprints for the site ranges it is
 * given (transferred back), and one of them runs the selection with all the footprints.
 * Expected failures come back as values: comlink loses error classes.
 */
import type { Region, TargetArea } from '../src/engine/model/dataset.ts';
import type { Operator, Site } from '../src/engine/model/types.ts';
import type { HexArea } from '../src/engine/planning/hex-candidates.ts';
import type { PlanGoal, PlanOutcome, PlanRequest } from '../src/engine/planning/types.ts';

/** What the app knows when it asks for a plan; the worker turns it into a PlanRequest. */
export interface PlanInput {
  /** data/targets.json text (or a user's file in that format) and the action plan's id. */
  targetsText: string;
  planId: string;
  goal: PlanGoal;
  year: number;
  sites: Site[];
  /** Sites to choose from, or 'hex': a lattice of hexOperator's macros over the failing areas. */
  candidates: Site[] | 'hex';
  hexOperator: Operator;
  areas: TargetArea[];
  regions: Region[];
  resM: number;
  thresholdDbm: number;
  budgetYuan?: number;
  maxSites?: number;
}

/** `nothingToDo`: not an error: every target area already passes, so a lattice has nothing to serve. */
export type RequestOutcome = { ok: true; req: PlanRequest; hexAreas: HexArea[] | null } | { ok: false; message: string; nothingToDo?: true };

export type FootprintsOutcome = { ok: true; footprints: Uint32Array[]; siteCount: number } | { ok: false; message: string };

export interface PlanningWorkerApi {
  /** Footprints of job sites from .. to - 1 (to = -1: up to the last), after preparing `requestId` if new. */
  footprints(requestId: number, req: PlanRequest | null, from: number, to: number): Promise<FootprintsOutcome>;
  /** The site count of the prepared request (candidates + existing sites). */
  siteCount(requestId: number, req: PlanRequest | null): Promise<FootprintsOutcome>;
  /** Runs the selection on the prepared request with every site's footprint, in site order. */
  /** The PlanRequest for the app's input (targets parsed, areas of the year, hex candidates if asked). */
  buildRequest(input: PlanInput): Promise<RequestOutcome>;
  solve(requestId: number, req: PlanRequest | null, footprints: Uint32Array[]): Promise<PlanOutcome>;
}
