/**
 * The SA subsidy budget (contract section 4, `g5plan budget` in section 5): perStationYuan per
 * eligible station, counted in its `year`; built stations are money spent, planned ones the
 * projection, candidates never count. Totals by status, year, fiscal level (the policy's shares),
 * county and operator, in yuan. A site with no year cannot be put in a budget year: it is left
 * out and listed in `undatedIds`.
 */
import type { Region } from '../model/dataset.ts';
import type { Site } from '../model/types.ts';
import type { SubsidyPolicy } from '../targets/types.ts';
import { applyWhatIf, type BudgetWhatIf, type EffectivePolicy } from './what-if.ts';

export interface CountyBudget {
  code: string;
  name: string;
  yuan: number;
  stations: number;
}

export interface BudgetReport {
  totalYuan: number;
  /** Subsidised stations (with an SA share what-if: the expected number, rounded). */
  stations: number;
  byStatus: { built: number; planned: number };
  byYear: Record<string, number>;
  byLevel: Record<string, number>;
  byCounty: CountyBudget[];
  byOperator: Record<string, number>;
  stationsByStatus: { built: number; planned: number };
  stationsByYear: Record<string, number>;
  stationsByOperator: Record<string, number>;
  perStationYuan: number;
  shares: EffectivePolicy['shares'];
  saShare: number | null;
  year: number | null;
  undatedIds: string[];
}

export interface BudgetOptions {
  /** Count stations with year <= this only. */
  year?: number;
  whatIf?: BudgetWhatIf;
  /** County-level units for names and zero rows, usually the plan's region. */
  regions?: Region[] | null;
  /** County code per site (see assignCounties); default Site.county. */
  siteCounty?: (string | null)[];
}

/** Subsidised fraction of one station: 0 or 1 from its mode, or the what-if SA share. */
export function stationWeight(site: Site, p: EffectivePolicy): number {
  if (site.status === 'candidate') return 0;
  if (p.eligible.kinds && !p.eligible.kinds.includes(site.kind)) return 0;
  if (p.saShare !== null) return p.saShare;
  return p.eligible.mode === 'any' || site.mode === p.eligible.mode ? 1 : 0;
}

/** Running sums in yuan and in (possibly fractional, with an SA-share what-if) stations. */
class Tally {
  yuan: Record<string, number> = {};
  stations: Record<string, number> = {};
  add(key: string, yuan: number, stations: number): void {
    this.yuan[key] = (this.yuan[key] ?? 0) + yuan;
    this.stations[key] = (this.stations[key] ?? 0) + stations;
  }
  roundedStations(): Record<string, number> {
    return Object.fromEntries(Object.entries(this.stations).map(([k, v]) => [k, Math.round(v)]));
  }
}

function countyRows(tally: Tally, regions: Region[]): CountyBudget[] {
  const names = new Map(regions.map((r) => [r.code, r.name]));
  const codes = new Set([...regions.map((r) => r.code), ...Object.keys(tally.yuan)]);
  return [...codes]
    .map((code) => ({ code, name: names.get(code) ?? (code || '(unknown)'), yuan: tally.yuan[code] ?? 0, stations: Math.round(tally.stations[code] ?? 0) }))
    .sort((a, b) => (a.code === '' ? 1 : b.code === '' ? -1 : a.code.localeCompare(b.code)));
}

export function computeBudget(sites: Site[], policy: SubsidyPolicy, opts: BudgetOptions = {}): BudgetReport {
  const p = applyWhatIf(policy, opts.whatIf);
  const [status, year, operator, county] = [new Tally(), new Tally(), new Tally(), new Tally()];
  const undatedIds: string[] = [];
  sites.forEach((site, i) => {
    const w = stationWeight(site, p);
    if (w === 0) return;
    if (site.year === null) return void undatedIds.push(site.id);
    if (opts.year !== undefined && site.year > opts.year) return;
    const yuan = w * p.perStationYuan;
    status.add(site.status, yuan, w);
    year.add(String(site.year), yuan, w);
    operator.add(site.operator, yuan, w);
    county.add(opts.siteCounty?.[i] ?? site.county ?? '', yuan, w);
  });
  const byStatus = { built: status.yuan.built ?? 0, planned: status.yuan.planned ?? 0 };
  const totalYuan = byStatus.built + byStatus.planned;
  const byLevel = Object.fromEntries(Object.entries(p.shares).map(([level, share]) => [level, totalYuan * (share as number)]));
  const stations = status.roundedStations();
  return {
    totalYuan,
    stations: Math.round((status.stations.built ?? 0) + (status.stations.planned ?? 0)),
    byStatus,
    byYear: year.yuan,
    byLevel,
    byCounty: countyRows(county, opts.regions ?? []),
    byOperator: operator.yuan,
    stationsByStatus: { built: stations.built ?? 0, planned: stations.planned ?? 0 },
    stationsByYear: year.roundedStations(),
    stationsByOperator: operator.roundedStations(),
    perStationYuan: p.perStationYuan,
    shares: p.shares,
    saShare: p.saShare,
    year: opts.year ?? null,
    undatedIds,
  };
}
