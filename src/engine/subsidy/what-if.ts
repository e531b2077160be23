/**
 * What-if parameters for the subsidy (issue 3): a different SA share of new stations, a
 * different city:county split of the local (non-province) part, a different amount per
 * station. They change numbers only: the result is an effective policy, never new code paths.
 */
import type { SubsidyPolicy, SubsidyShares } from '../targets/types.ts';

export interface BudgetWhatIf {
  /** Treat this fraction (0-1) of every eligible-kind station as SA, whatever its mode says. */
  saShare?: number;
  /** Re-split the city + county part between city and county as a:b (a + b > 0). */
  cityCountySplit?: [number, number];
  perStationYuan?: number;
}

export interface EffectivePolicy {
  perStationYuan: number;
  shares: SubsidyShares;
  /** null: use each station's own mode. */
  saShare: number | null;
  eligible: SubsidyPolicy['eligible'];
}

export function splitLocalShare(shares: SubsidyShares, [a, b]: [number, number]): SubsidyShares {
  if (!(a >= 0 && b >= 0 && a + b > 0)) throw new RangeError(`city:county split must be two non-negative numbers, not both 0; got ${a}:${b}`);
  const local = shares.city + (shares.county ?? 0);
  return { province: shares.province, city: (local * a) / (a + b), county: (local * b) / (a + b) };
}

export function applyWhatIf(policy: SubsidyPolicy, whatIf: BudgetWhatIf = {}): EffectivePolicy {
  if (whatIf.saShare !== undefined && !(whatIf.saShare >= 0 && whatIf.saShare <= 1)) throw new RangeError(`SA share must be in 0..1, got ${whatIf.saShare}`);
  return {
    perStationYuan: whatIf.perStationYuan ?? policy.perStationYuan,
    shares: whatIf.cityCountySplit ? splitLocalShare(policy.shares, whatIf.cityCountySplit) : { ...policy.shares },
    saShare: whatIf.saShare ?? null,
    eligible: policy.eligible,
  };
}
