/**
 * Which stations are on the air by the end of a year (contract section 1): candidates never;
 * a dated station from its year on; an undated station only if it is already built.
 */
import type { Site } from './types.ts';

export function isInServiceBy(site: Site, year: number): boolean {
  if (site.status === 'candidate') return false;
  if (site.year === null) return site.status === 'built';
  return site.year <= year;
}

/** Stations in service by `year`; with year null, every station that is not a candidate. */
export function sitesInService(sites: Site[], year: number | null): Site[] {
  return sites.filter((s) => (year === null ? s.status !== 'candidate' : isInServiceBy(s, year)));
}
