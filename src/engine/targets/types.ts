/**
 * Action-plan targets and subsidy rules as data (data/targets.json; contract sections 3-5):
 * the file's shape after validation, and the shape of one `g5plan check` result row.
 * Shares are fractions 0-1, amounts are yuan, years are calendar years.
 */
import type { AreaTier } from '../model/dataset.ts';
import type { Mode, Operator, StationKind } from '../model/types.ts';

export const TARGET_KINDS = ['stationCount', 'areaCoverage', 'powerSupplyShare', 'stationsPer10k', 'populationCoverage', 'note'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export const COVERAGE_CRITERIA = ['full', 'continuous', 'covered', 'basic'] as const;
export type CoverageCriterion = (typeof COVERAGE_CRITERIA)[number];

export const COUNT_SCOPES = ['cumulative', 'new-in-year'] as const;
export type CountScope = (typeof COUNT_SCOPES)[number];

interface TargetBase {
  id: string;
  year: number;
  /** The policy sentence the target is quoted from; shown as the result's description. */
  quote: string;
}

/** Which stations a stationCount target counts (every given condition must hold). */
export interface StationFilter {
  kinds?: StationKind[];
  sharedTower?: boolean;
  /** Site.tags must contain every one of these. */
  tags?: string[];
  operators?: Operator[];
}

export interface StationCountTarget extends TargetBase {
  kind: 'stationCount';
  scope: CountScope;
  min: number;
  /** Minimum per operator; "CU+CT" counts co-built plus CU-only plus CT-only stations. */
  byOperator?: Partial<Record<Operator, number>>;
  filter?: StationFilter;
  /** An aspirational figure (力争); reported, never required. */
  stretch?: number;
}

export interface AreaCoverageTarget extends TargetBase {
  kind: 'areaCoverage';
  areas: AreaTier[];
  criterion: CoverageCriterion;
}

export interface PowerSupplyShareTarget extends TargetBase {
  kind: 'powerSupplyShare';
  transferMaxShare: number;
}

export interface StationsPer10kTarget extends TargetBase {
  kind: 'stationsPer10k';
  min: number;
}

export interface PopulationCoverageTarget extends TargetBase {
  kind: 'populationCoverage';
  minShare: number;
}

export interface NoteTarget extends TargetBase {
  kind: 'note';
}

export type Target =
  | StationCountTarget
  | AreaCoverageTarget
  | PowerSupplyShareTarget
  | StationsPer10kTarget
  | PopulationCoverageTarget
  | NoteTarget;

/** A quoted figure the engine cannot model (e.g. 5G users), by year. */
export interface NotSimulatedItem {
  what: string;
  values: Record<string, number>;
  quote: string;
}

export interface SubsidyShares {
  province: number;
  city: number;
  county?: number;
}

export interface SubsidyPolicy {
  perStationYuan: number;
  eligible: { mode: Mode | 'any'; kinds?: StationKind[] };
  /** Fractions of each yuan paid by each fiscal level; they sum to 1. */
  shares: SubsidyShares;
  assumption?: string;
  quote?: string;
}

export interface PlanRegion {
  level: string;
  /** Administrative code prefix: "41" Henan, "4109" Puyang. */
  code: string;
  name: string;
}

export interface Plan {
  id: string;
  name: string;
  document?: string;
  region: PlanRegion;
  /** First and last year the plan covers (from `years`, else from the id "...-2020-2022"). */
  years: [number, number] | null;
  /** Station kinds that count as stations; absent in the file = all kinds. */
  stationKindsCounted: StationKind[];
  targets: Target[];
  notSimulated: NotSimulatedItem[];
  subsidy: SubsidyPolicy | null;
}

export interface TargetsFile {
  about?: string;
  plans: Plan[];
}

export type ResultStatus = 'pass' | 'fail' | 'not simulated';

/**
 * One `g5plan check` row (contract section 5): the five contract keys, then detail keys.
 * `pass` is null exactly when status is 'not simulated'.
 */
export interface TargetResult {
  id: string;
  description: string;
  required: unknown;
  actual: unknown;
  pass: boolean | null;
  kind: TargetKind | 'notSimulated';
  status: ResultStatus;
  /** Why a row is not simulated, or a caveat on how it was evaluated. */
  reason?: string;
  [detail: string]: unknown;
}

export interface CheckWarning {
  code: string;
  message: string;
  count?: number;
  ids?: string[];
}

export interface CheckReport {
  plan: string;
  year: number;
  results: TargetResult[];
  warnings: CheckWarning[];
}
