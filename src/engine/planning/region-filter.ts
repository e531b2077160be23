/**
 * Which points lie inside the plan's region (the union of its county-level units): the planner
 * never proposes a site outside the region it plans for unless asked (`allowOutsideRegion`),
 * since such a site counts toward no county's targets and no county pays for it.
 * Points are projected metres of the planner's grid (x east, y south).
 */
import type { GeoProjection } from 'd3-geo';
import { projectRings } from '../geo/projection.ts';
import { isPointInRings } from '../coverage/study-area.ts';
import type { Region } from '../model/dataset.ts';

export type InsideTest = (xM: number, yM: number) => boolean;

/** A point test against the regions' outlines; null when there are no regions (nothing to keep inside). */
export function regionInsideTest(regions: Region[] | null, projection: GeoProjection): InsideTest | null {
  if (!regions?.length) return null;
  const project = (p: [number, number]) => projection(p) as [number, number] | null;
  const rings = regions.map((r) => projectRings(r.geometry, project));
  return (x, y) => rings.some((r) => isPointInRings(x, y, r));
}
