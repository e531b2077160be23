/**
 * The settlement target area of a township the user places (issue 2: the sources leave 31 of
 * Puyang's townships without a seat point). Built by the data build's township rule
 * (area-rule.ts, data/README.md), so a placed township gets the disk a rebuild with that point
 * would give it: an equal share of the county's population outside its urban area over the
 * rural townships not absorbed by the urban disk, x 0.2, at 5,000 persons/km2 (0.5-4 km2), cut
 * to half the distance to the other seats and to the urban disk's edge, clipped to the county.
 * The other areas are left as built. Population persons, distances m.
 */
import * as turf from '@turf/turf';
import { AREA_PARAMS, countySeatSize, isInUrbanDisk, modelledDisk, townshipRadiusM, townshipSeatSize, type Disk } from './area-rule.ts';
import type { Region, TargetArea } from './dataset.ts';

export interface TownshipPlacement {
  code: string;
  name: string;
  lonLat: [number, number];
  /** The county-level unit it belongs to (census population and urban share, boundary). */
  county: Region;
  /** The county's urban disk: its county seat's (cs-), or the prefecture main urban area's (pu-). */
  urban: Disk;
  /** True when the urban disk is the county seat's; false for a main district of the prefecture. */
  countySeat: boolean;
  /** Every rural township (乡/镇, not 街道) of the county with its seat point, null = unplaced; this one included. */
  rural: { code: string; lonLat: [number, number] | null }[];
}

export type TownshipAreaOutcome = { ok: true; area: TargetArea; radiusM: number } | { ok: false; reason: 'census' | 'outside' | 'urban' | 'small' };

export function placedTownshipArea(p: TownshipPlacement): TownshipAreaOutcome {
  const { population, urbanShare } = p.county;
  if (population === null || urbanShare === null) return { ok: false, reason: 'census' };
  // A point well outside its county means a wrong click (or a moved boundary): no area, as in the build.
  const outsideKm = turf.pointToPolygonDistance(turf.point(p.lonLat), turf.feature(p.county.geometry), { units: 'kilometers' });
  if (outsideKm > AREA_PARAMS.townshipMaxOutsideKm) return { ok: false, reason: 'outside' };
  if (isInUrbanDisk(p.lonLat, p.urban)) return { ok: false, reason: 'urban' };
  const urbanPopulation = p.countySeat ? countySeatSize(population, urbanShare).population : population * urbanShare;
  const counted = p.rural.filter((t) => !(t.lonLat && isInUrbanDisk(t.lonLat, p.urban)));
  const size = townshipSeatSize(population - urbanPopulation, counted.length);
  const others = counted.filter((t): t is { code: string; lonLat: [number, number] } => t.lonLat !== null && t.code !== p.code).map((t) => t.lonLat);
  const radiusM = townshipRadiusM(p.lonLat, size.radiusM, p.urban, others);
  if (radiusM < AREA_PARAMS.townshipMinRadiusM) return { ok: false, reason: 'small' };
  const geometry = modelledDisk({ centre: p.lonLat, radiusM }, p.county.geometry);
  return { ok: true, radiusM, area: { id: `tw-${p.code}`, name: p.name, tier: 'township', county: p.county.code, modelled: true, population: size.population, geometry } };
}
