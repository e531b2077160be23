/**
 * The two baselines of issue 2 section 5, written the way a web developer would without g5plan:
 * - brute force (brute-force.ts, apart so its process does not load turf);
 * - turf: a 1.2 km turf.circle (64 steps) per site, one turf.union, intersect with the region,
 *   turf.area. It gives a covered share and nothing else.
 */
import { area, circle, featureCollection, intersect, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { CoverageInput } from '../../engine/coverage/types.ts';

export { bruteForceCoverage } from './brute-force.ts';

export function turfUnionCoverage(input: CoverageInput): { coveredShare: number } {
  const circles = input.sites.map((s) => circle(s.lonLat, 1.2, { steps: 64, units: 'kilometers' }));
  const covered = union(featureCollection(circles));
  const boundary = union(featureCollection(input.regions!.map((r) => ({ type: 'Feature', properties: {}, geometry: r.geometry }) as Feature<Polygon | MultiPolygon>)));
  if (!covered || !boundary) return { coveredShare: 0 };
  const inside = intersect(featureCollection([covered, boundary]));
  return { coveredShare: inside ? area(inside) / area(boundary) : 0 };
}
