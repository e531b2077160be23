// The census-driven sizes of the modelled settlement areas (no surveyed outlines exist for them),
// shared by the data build (scripts/data/areas.ts) and the app (a township the user places).
// A settlement of P residents at a built-up density D persons/km2 covers P / D km2, drawn as a disk.
// - prefecture main urban area (主城区): P = urban population (census pop x urbanShare) of the
//   prefecture's main districts (区 whose seat is within MAIN_DISTRICT_KM of the prefecture seat);
// - county seat (县城城区): P = county pop x urbanShare x COUNTY_SEAT_SHARE (the rest of the urban
//   population lives in the other towns' 镇区);
// - township seat (乡镇镇区): P = TOWNSHIP_SEAT_SHARE x the township's equal share of the county
//   population left outside the urban area (township populations are not in the census table).
// Each area is clamped to [min, max] km2; a township disk is cut to half the distance to the
// nearest township seat of its county and to the edge of its county's urban disk, so areas never
// overlap. Parameter values are set out in data/README.md. Areas km2, radii and distances m.
import * as turf from '@turf/turf';
import type { Polygon, Position } from 'geojson';
import type { AreaGeometry } from './dataset.ts';
import { DISK_STEPS, diskPolygon, round5, type Disk } from './disk-polygon.ts';

export { diskPolygon };
export const AREA_PARAMS = {
  mainDistrictKm: 15,
  prefectureDensityPerKm2: 10_000,
  prefectureMinKm2: 20,
  prefectureMaxKm2: 400,
  countySeatShare: 0.6,
  countySeatDensityPerKm2: 8_000,
  countySeatMinKm2: 4,
  countySeatMaxKm2: 60,
  townshipSeatShare: 0.2,
  townshipDensityPerKm2: 5_000,
  townshipMinKm2: 0.5,
  townshipMaxKm2: 4,
  /** A township disk cut below this radius (to avoid overlapping a neighbour) is dropped. */
  townshipMinRadiusM: 150,
  /** A township point further than this outside its county polygon gets no area. */
  townshipMaxOutsideKm: 1,
  /** Vertex steps of a drawn disk (disk-polygon.ts). */
  circleSteps: DISK_STEPS,
} as const;

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

export const radiusMOfKm2 = (areaKm2: number): number => Math.sqrt(areaKm2 / Math.PI) * 1000;

export interface SizedArea { population: number; areaKm2: number; radiusM: number }

function sized(population: number, densityPerKm2: number, minKm2: number, maxKm2: number): SizedArea {
  const areaKm2 = clamp(population / densityPerKm2, minKm2, maxKm2);
  return { population: Math.round(population), areaKm2, radiusM: Math.round(radiusMOfKm2(areaKm2)) };
}

export function prefectureUrbanSize(urbanPopulation: number): SizedArea {
  const p = AREA_PARAMS;
  return sized(urbanPopulation, p.prefectureDensityPerKm2, p.prefectureMinKm2, p.prefectureMaxKm2);
}

export function countySeatSize(population: number, urbanShare: number): SizedArea {
  const p = AREA_PARAMS;
  return sized(population * urbanShare * p.countySeatShare, p.countySeatDensityPerKm2, p.countySeatMinKm2, p.countySeatMaxKm2);
}

/** `restPopulation` = county population outside its urban area; `townships` = its rural townships (乡/镇). */
export function townshipSeatSize(restPopulation: number, townships: number): SizedArea {
  const p = AREA_PARAMS;
  const perTownship = townships > 0 ? Math.max(0, restPopulation) / townships : 0;
  return sized(perTownship * p.townshipSeatShare, p.townshipDensityPerKm2, p.townshipMinKm2, p.townshipMaxKm2);
}

/** A modelled disk: centre [lon, lat] and radius, m. */
export type { Disk } from './disk-polygon.ts';

const distanceM = (a: [number, number], b: [number, number]): number => turf.distance(a, b, { units: 'kilometers' }) * 1000;

/** A township point inside its county's urban disk is part of the urban area (gets no disk). */
export function isInUrbanDisk(point: [number, number], urban: Disk): boolean {
  return distanceM(point, urban.centre) < urban.radiusM;
}

/** The township disk's radius: the rule's, cut by the urban disk's edge and half the way to each other seat, whole m. */
export function townshipRadiusM(point: [number, number], ruleRadiusM: number, urban: Disk, otherSeats: [number, number][]): number {
  let radiusM = Math.min(ruleRadiusM, distanceM(point, urban.centre) - urban.radiusM);
  for (const o of otherSeats) radiusM = Math.min(radiusM, distanceM(point, o) / 2);
  return Math.floor(radiusM);
}

/** The disk (circleSteps steps) clipped to `clip`; the piece holding the most area when clipping splits it. */
export function modelledDisk(d: Disk, clip: AreaGeometry): Polygon {
  const circle = turf.circle(d.centre, d.radiusM / 1000, { steps: AREA_PARAMS.circleSteps, units: 'kilometers' });
  const cut = turf.intersect(turf.featureCollection([circle, turf.feature(clip)]));
  let rings: Position[][] = circle.geometry.coordinates;
  if (cut?.geometry.type === 'Polygon') rings = cut.geometry.coordinates;
  if (cut?.geometry.type === 'MultiPolygon') {
    rings = [...cut.geometry.coordinates].sort((a, b) => turf.area(turf.polygon(b)) - turf.area(turf.polygon(a)))[0];
  }
  return { type: 'Polygon', coordinates: rings.map((r) => r.map(round5)) };
}

/** True when clipping left the disk whole (same vertex count, area within 1e-6), so it can be stored as centre + radius. */
export function isWholeDisk(d: Disk, clipped: Polygon): boolean {
  const whole = diskPolygon(d);
  if (clipped.coordinates.length !== 1 || clipped.coordinates[0].length !== whole.coordinates[0].length) return false;
  return Math.abs(turf.area(clipped) / turf.area(whole) - 1) < 1e-6;
}
