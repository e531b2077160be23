/**
 * Which stations count toward a year's targets (contract sections 1 and 4): status built or
 * planned with year <= Y; candidates never. A site without a year: built counts for every year
 * (it already stands), planned counts for none (nobody has said when it will be built).
 */
import type { Operator, Site, StationKind } from '../model/types.ts';
import type { StationFilter } from './types.ts';
import { isInServiceBy } from '../model/in-service.ts';

export { isInServiceBy };

/** Built during `year` (new-in-year scope); an undated built site is never "new". */
export function isNewInYear(site: Site, year: number): boolean {
  return site.status !== 'candidate' && site.year === year;
}

/** The stations of `sites` that count at the end of `year`, restricted to the plan's kinds. */
export function countedSites(sites: Site[], year: number, kindsCounted: readonly StationKind[]): Site[] {
  return sites.filter((s) => isInServiceBy(s, year) && kindsCounted.includes(s.kind));
}

export function matchesFilter(site: Site, filter: StationFilter | undefined): boolean {
  if (!filter) return true;
  if (filter.kinds && !filter.kinds.includes(site.kind)) return false;
  if (filter.sharedTower !== undefined && site.sharedTower !== filter.sharedTower) return false;
  if (filter.tags && !filter.tags.every((t) => site.tags.includes(t))) return false;
  if (filter.operators && !filter.operators.some((op) => countsForOperator(site.operator, op))) return false;
  return true;
}

/**
 * Does a station of operator `own` count toward operator figure `target`? A co-built "CU+CT"
 * station counts once toward the "CU+CT" figure, as do CU-only and CT-only stations (the
 * Puyang plan's 联通电信 figure); it also serves CU and CT each when a target names them alone.
 */
export function countsForOperator(own: Operator, target: Operator): boolean {
  if (own === target) return true;
  if (target === 'CU+CT') return own === 'CU' || own === 'CT';
  if (own === 'CU+CT') return target === 'CU' || target === 'CT';
  return false;
}
