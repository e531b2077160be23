/**
 * powerSupplyShare targets: the share of stations in service at the end of the year that run
 * on transferred power (转供电), which must not exceed transferMaxShare. With no stations the
 * share is 0 (nothing is on transferred power). Shares are fractions 0-1.
 */
import { countedSites } from './counting.ts';
import { resultRow, type Evaluator } from './context.ts';
import type { PowerSupplyShareTarget } from './types.ts';

export const evaluatePowerSupplyShare: Evaluator<PowerSupplyShareTarget> = (target, ctx) => {
  const sites = countedSites(ctx.sites, ctx.year, ctx.plan.stationKindsCounted);
  const transfer = sites.filter((s) => s.powerSupply === 'transfer').length;
  const share = sites.length ? transfer / sites.length : 0;
  return resultRow(target, target.transferMaxShare, share, share <= target.transferMaxShare, {
    comparison: '<=',
    stations: sites.length,
    transferStations: transfer,
  });
};
