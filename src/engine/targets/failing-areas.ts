/**
 * The failing areas by name (issue 16): for each areaCoverage target of a check report, the
 * settlement areas that fail it, with their covered share (0-1), hole count and largest hole
 * (km2). One list feeds the app's panel, the printable report and the spreadsheets.
 */
import type { AreaResult } from './area-coverage.ts';
import type { CheckReport } from './types.ts';

export interface FailingArea {
  id: string;
  name: string;
  tier: string;
  county: string | null;
  modelled: boolean;
  coveredShare: number | null;
  holes: number;
  largestHoleKm2: number;
  reason: string | null;
}

export interface FailingAreasOfTarget {
  targetId: string;
  description: string;
  /** Areas checked by the target, and how many of them fail. */
  areas: number;
  failing: FailingArea[];
}

/** Every areaCoverage target that was simulated, with its failing areas (lowest share first). */
export function failingAreas(report: CheckReport): FailingAreasOfTarget[] {
  return report.results
    .filter((r) => r.kind === 'areaCoverage' && Array.isArray(r.perArea))
    .map((r) => {
      const perArea = r.perArea as AreaResult[];
      const failing = perArea.filter((a) => !a.pass).map((a) => ({
        id: a.id, name: a.name, tier: a.tier, county: a.county, modelled: a.modelled,
        coveredShare: a.coveredShare, holes: a.holes, largestHoleKm2: a.largestHoleKm2, reason: a.reason ?? null,
      }));
      failing.sort((a, b) => (a.coveredShare ?? -1) - (b.coveredShare ?? -1) || b.largestHoleKm2 - a.largestHoleKm2);
      return { targetId: r.id, description: r.description, areas: perArea.length, failing };
    });
}
