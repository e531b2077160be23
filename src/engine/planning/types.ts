/**
 * What the site planner takes and gives (issue 5, docs/planning.md). Pixel counts are pixels of
 * the planning grid (resM x resM metres), areas km2, costs yuan, shares fractions 0-1.
 */
import type { TerrainModel } from '../terrain/dem-grid.ts';
import type { AntennaPattern } from '../radio/msi-pattern.ts';
import type { RadioSettings } from '../model/defaults.ts';
import type { Region, TargetArea } from '../model/dataset.ts';
import type { Operator, Site } from '../model/types.ts';
import type { CoverageThresholds } from '../targets/context.ts';
import type { Plan } from '../targets/types.ts';

export type PlanGoal = 'meet-targets' | 'max-coverage';
export const PLAN_GOALS: readonly PlanGoal[] = ['meet-targets', 'max-coverage'];

export interface PlanRequest {
  goal: PlanGoal;
  /** Action plan and year whose area targets meet-targets must pass. */
  plan: Plan;
  year: number;
  /** Every site of the user's plan; those in service by `year` are the existing network. */
  sites: Site[];
  /** Sites to choose from (their status is ignored: all are candidates). */
  candidates: Site[];
  /** Settlement target areas (dataset's or the user's): meet-targets judges the year's ones. */
  areas: TargetArea[];
  /**
   * Every loaded settlement area, for the coverage engine's "auto" model choice (UMa inside urban
   * areas), so sites radiate as in `check` and on the map; default `areas`.
   */
  modelAreas?: TargetArea[];
  /** Offer candidates outside the plan's region (the union of `regions`) too; default false. */
  allowOutsideRegion?: boolean;
  /** County-level units: the study area of max-coverage (population weights); null = the areas. */
  regions: Region[] | null;
  resM: number;
  settings: RadioSettings;
  /** Terrain the footprints are computed over (contract section 8); null/absent = flat. */
  terrain?: TerrainModel | null;
  /** Imported vendor antenna patterns by name, for sectors[].pattern (coverage/types.ts CoverageInput.patterns). */
  patterns?: Record<string, AntennaPattern>;
  thresholds: CoverageThresholds;
  /** max-coverage: objective weight per pixel. */
  weighting: 'population' | 'area';
  budgetYuan?: number;
  maxSites?: number;
  minSpacingM?: number;
  operator?: Operator | null;
}

export interface ChosenSite {
  /** Index into PlanRequest.candidates. */
  candidate: number;
  /** 1 = picked first (the largest marginal gain, or gain per yuan). */
  rank: number;
  /** Pixels it newly covers given the existing sites and every higher-ranked pick. */
  gainPixels: number;
  gainKm2: number;
  /** Residents it newly covers (max-coverage with population weights), else null. */
  gainPopulation: number | null;
  costYuan: number | null;
  forced: boolean;
}

export interface ShortArea {
  id: string;
  name: string;
  tier: string;
  modelled: boolean;
  coveredShare: number | null;
  requiredShare: number;
  /** Pixels still missing for the share (0 when only holes fail). */
  shortPixels: number;
  shortKm2: number;
  largestHoleKm2: number;
  maxHoleKm2: number | null;
}

export interface PlanResult {
  goal: PlanGoal;
  chosen: ChosenSite[];
  goalMet: boolean;
  /** Sum of the chosen candidates' costYuan (0 when candidates carry no cost). */
  costYuan: number;
  /** Covered share of the goal's pixels (target areas, or the study area; population-weighted when so asked). */
  coveredShareBefore: number;
  coveredShareAfter: number;
  /** meet-targets: areas failing with the existing sites alone, and those still failing after. */
  areasFailingBefore: number;
  shortAreas: ShortArea[];
  /** Picks the pruning pass removed. */
  pruned: number;
  candidatesOffered: number;
  candidatesEligible: number;
  dropped: { excluded: number; operator: number; spacing: number; outside: number };
  /** max-coverage with a budget: the best single candidate beat the greedy (Khuller-Moss-Naor). */
  singleWon: boolean;
  pixels: number;
  resM: number;
  evaluations: number;
  warnings: string[];
}

export type PlanOutcome = { ok: true; value: PlanResult } | { ok: false; message: string };
