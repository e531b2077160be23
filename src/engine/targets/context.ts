/**
 * What every target evaluator gets: the plan, the year, the sites with their counties, the
 * region's county-level units (population from the 2020 census) and, for coverage-based
 * targets, a coverage raster with the settlement areas. Missing inputs make the affected
 * targets 'not simulated' with a reason, never a guess.
 */
import type { CoverageMask } from '../coverage/types.ts';
import type { Region, TargetArea } from '../model/dataset.ts';
import type { Site } from '../model/types.ts';
import type { Plan, Target, TargetResult } from './types.ts';

/** Share thresholds per criterion (contract section 3 and the targets.json `about`). */
export interface CoverageThresholds {
  fullShare: number;
  contShare: number;
  maxHoleKm2: number;
  coveredShare: number;
  basicShare: number;
}

export const DEFAULT_THRESHOLDS: CoverageThresholds = {
  fullShare: 0.95,
  contShare: 0.95,
  maxHoleKm2: 0.05,
  coveredShare: 0.9,
  basicShare: 0.8,
};

export interface TargetContext {
  plan: Plan;
  year: number;
  /** Every site of the plan file, in file order. */
  sites: Site[];
  /** County code per site (Site.county, or found from the regions); null when unknown. */
  siteCounty: (string | null)[];
  /** County-level units inside the plan's region; null when no dataset/regions are loaded. */
  regions: Region[] | null;
  /** Settlement target areas (dataset's or --areas); null when none are loaded. */
  areas: TargetArea[] | null;
  /** Coverage of the year's stations; null when not computed. */
  raster: CoverageMask | null;
  thresholds: CoverageThresholds;
  /** Place tiers (park, hub, key-village) the user imported; sites were tagged from park/hub areas (place-areas.ts). */
  placeTiers?: readonly string[];
  /** Why the raster is missing, for the 'not simulated' reason. */
  noCoverageReason?: string;
}

export type Evaluator<T extends Target> = (target: T, ctx: TargetContext) => TargetResult;

export function resultRow(target: Target, required: unknown, actual: unknown, pass: boolean, details: Record<string, unknown> = {}): TargetResult {
  return { id: target.id, description: target.quote, required, actual, pass, kind: target.kind, status: pass ? 'pass' : 'fail', ...details };
}

export function notSimulatedRow(target: Target, required: unknown, reason: string): TargetResult {
  return { id: target.id, description: target.quote, required, actual: null, pass: null, kind: target.kind, status: 'not simulated', reason };
}
