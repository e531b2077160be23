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

const add = (rec: Record<string, number>, key: string, v: number) => {
  rec[key] = (rec[key] ?? 0) + v;
};

export function computeBudget(sites: Site[], policy: SubsidyPolicy, opts: BudgetOptions = {}): BudgetReport {
  const p = applyWhatIf(policy, opts.whatIf);
  const byYear: Record<string, number> = {}, stationsByYear: Record<string, number> = {}, byOperator: Record<string, number> = {};
  const byStatus = { built: 0, planned: 0 }, stationsByStatus = { built: 0, planned: 0 };
  const county = new Map<string, { yuan: number; weight: number }>();
  for (const r of opts.regions ?? []) county.set(r.code, { yuan: 0, weight: 0 });
  const undatedIds: string[] = [];
  let weightSum = 0;
  sites.forEach((site, i) => {
    const w = stationWeight(site, p);
    if (w === 0) return;
    if (site.year === null) return void undatedIds.push(site.id);
    if (opts.year !== undefined && site.year > opts.year) return;
    const yuan = w * p.perStationYuan;
    const status = site.status as 'built' | 'planned';
    weightSum += w;
    byStatus[status] += yuan;
    stationsByStatus[status] += w;
    add(byYear, String(site.year), yuan);
    add(stationsByYear, String(site.year), w);
    add(byOperator, site.operator, yuan);
    const code = opts.siteCounty?.[i] ?? site.county ?? '';
    const c = county.get(code) ?? { yuan: 0, weight: 0 };
    c.yuan += yuan;
    c.weight += w;
    county.set(code, c);
  });
  const totalYuan = byStatus.built + byStatus.planned;
  const byLevel: Record<string, number> = {};
  for (const [level, share] of Object.entries(p.shares)) byLevel[level] = totalYuan * (share as number);
  const names = new Map((opts.regions ?? []).map((r) => [r.code, r.name]));
  const byCounty = [...county.entries()]
    .map(([code, c]) => ({ code, name: names.get(code) ?? (code ? code : '(unknown)'), yuan: c.yuan, stations: Math.round(c.weight) }))
    .sort((a, b) => (a.code === '' ? 1 : b.code === '' ? -1 : a.code.localeCompare(b.code)));
  for (const k of Object.keys(stationsByYear)) stationsByYear[k] = Math.round(stationsByYear[k]);
  return {
    totalYuan,
    stations: Math.round(weightSum),
    byStatus,
    byYear,
    byLevel,
    byCounty,
    byOperator,
    stationsByStatus: { built: Math.round(stationsByStatus.built), planned: Math.round(stationsByStatus.planned) },
    stationsByYear,
    perStationYuan: p.perStationYuan,
    shares: p.shares,
    saShare: p.saShare,
    year: opts.year ?? null,
    undatedIds,
  };
}
