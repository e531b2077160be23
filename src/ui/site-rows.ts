// The site table's rows and filters (no DOM): one flat row per site with its county filled in
// from the boundaries when the site has none, and the filter the table's controls describe.
import { assignCounties } from '../engine/model/site-counties.ts';
import type { Region } from '../engine/model/dataset.ts';
import type { Site } from '../engine/model/types.ts';

export interface SiteRow {
  id: string;
  name: string;
  operator: string;
  status: string;
  year: number | null;
  kind: string;
  county: string | null;
  countyName: string;
  powerSupply: string;
}

export interface SiteFilter {
  text: string;
  operator: string;
  status: string;
  /** '' = any, 'none' = no year, else the year. */
  year: string;
  kind: string;
  county: string;
  powerSupply: string;
}

export const NO_FILTER: SiteFilter = { text: '', operator: '', status: '', year: '', kind: '', county: '', powerSupply: '' };

export function siteRows(sites: Site[], regions: Region[]): SiteRow[] {
  const names = new Map(regions.map((r) => [r.code, r.name]));
  const counties = assignCounties(sites, regions.length ? regions : null);
  return sites.map((s, i) => ({
    id: s.id, name: s.name, operator: s.operator, status: s.status, year: s.year, kind: s.kind,
    county: counties[i], countyName: names.get(counties[i] ?? '') ?? counties[i] ?? '', powerSupply: s.powerSupply,
  }));
}

export function matchesFilter(r: SiteRow, f: SiteFilter): boolean {
  if (f.operator && r.operator !== f.operator) return false;
  if (f.status && r.status !== f.status) return false;
  if (f.year && (f.year === 'none' ? r.year !== null : String(r.year) !== f.year)) return false;
  if (f.kind && r.kind !== f.kind) return false;
  if (f.county && r.county !== f.county) return false;
  if (f.powerSupply && r.powerSupply !== f.powerSupply) return false;
  if (f.text) {
    const q = f.text.trim().toLowerCase();
    if (q && !r.id.toLowerCase().includes(q) && !r.name.toLowerCase().includes(q)) return false;
  }
  return true;
}
