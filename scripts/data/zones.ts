// Statistical zones (census codes 41xx7x: development zones, 示范区...) have census population
// but no polygon: they lie inside ordinary counties. Each zone's population is added to one host
// county so that no census person is lost: the county whose polygon holds most of the zone's
// placed township points; when none is placed, the district holding the prefecture seat (the
// zones are urban-fringe areas administered by the prefecture).
import * as turf from '@turf/turf';
import type { CountyGeometry } from './geometry.ts';
import type { LonLat } from './sources.ts';

export interface ZoneHost { zoneCode: string; zoneName: string; hostCode: string; rule: 'township-points' | 'prefecture-seat-district'; evidence: string }

export function hostOfZone(
  zone: { code: string; name: string },
  zonePoints: LonLat[],
  prefCounties: { code: string; geometry: CountyGeometry }[],
  seatDistrictCode: string,
): ZoneHost {
  const tally = new Map<string, number>();
  for (const p of zonePoints) {
    const c = prefCounties.find((k) => turf.booleanPointInPolygon(p, turf.feature(k.geometry)));
    if (c) tally.set(c.code, (tally.get(c.code) ?? 0) + 1);
  }
  const best = [...tally.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  if (best) {
    return { zoneCode: zone.code, zoneName: zone.name, hostCode: best[0], rule: 'township-points', evidence: `${best[1]} of ${zonePoints.length} placed township points inside ${best[0]}` };
  }
  return { zoneCode: zone.code, zoneName: zone.name, hostCode: seatDistrictCode, rule: 'prefecture-seat-district', evidence: 'no township of the zone has a point' };
}
