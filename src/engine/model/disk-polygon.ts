/**
 * A compact settlement area (centre + radius) drawn as the data build draws it (area-rule.ts):
 * apart so that loading a dataset needs only turf's circle, not the clipping that sizes the areas.
 */
import { circle } from '@turf/circle';
import type { Polygon, Position } from 'geojson';

export interface Disk { centre: [number, number]; radiusM: number }

/** Vertex steps of a drawn disk. */
export const DISK_STEPS = 64;

export const round5 = (p: Position): Position => [Number(p[0].toFixed(5)), Number(p[1].toFixed(5))];

/** The unclipped disk as the build draws it (DISK_STEPS steps, 1e-5 degree): how a compact area (Point + radiusM) is expanded. */
export function diskPolygon(d: Disk): Polygon {
  const disk = circle(d.centre, d.radiusM / 1000, { steps: DISK_STEPS, units: 'kilometers' });
  return { type: 'Polygon', coordinates: disk.geometry.coordinates.map((r) => r.map(round5)) };
}
