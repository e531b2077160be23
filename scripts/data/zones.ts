// Census rows and current units without a polygon: statistical zones (census codes xxxx7x:
// development zones, 示范区...) and units created or split off after the polygons were drawn
// (临平区, 光明区, 红谷滩区...). They lie inside ordinary counties. Each one's population is added to
// one host county so that no census person is lost: the county whose polygon holds most of the
// unit's placed township points; when none is placed, the district holding the prefecture seat
// (most are urban-fringe areas); when the prefecture has no seat point, its first unit by code.
import * as turf from '@turf/turf';
import type { CountyGeometry } from './geometry.ts';
import type { LonLat } from './sources.ts';

export interface ZoneHost { zoneCode: string; zoneName: string; hostCode: string; rule: 'township-points' | 'nearest-polygon' | 'prefecture-seat-district' | 'prefecture-first-unit'; evidence: string }

export function hostOfZone(
  zone: { code: string; name: string },
  zonePoints: LonLat[],
  prefCounties: { code: string; geometry: CountyGeometry }[],
  seatDistrictCode: string,
  firstUnitCode = '',
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
  if (zonePoints.length > 0) {
    // Points, but inside no polygon (the unit's own outline is missing, 蓟州区): the nearest county.
    const mean: LonLat = [zonePoints.reduce((s, p) => s + p[0], 0) / zonePoints.length, zonePoints.reduce((s, p) => s + p[1], 0) / zonePoints.length];
    const near = prefCounties.map((k) => ({ code: k.code, km: turf.pointToPolygonDistance(turf.point(mean), turf.feature(k.geometry), { units: 'kilometers' }) })).sort((a, b) => a.km - b.km || a.code.localeCompare(b.code))[0];
    if (near) return { zoneCode: zone.code, zoneName: zone.name, hostCode: near.code, rule: 'nearest-polygon', evidence: `${zonePoints.length} placed township points inside no polygon; their mean lies ${near.km.toFixed(1)} km from ${near.code}` };
  }
  if (seatDistrictCode) return { zoneCode: zone.code, zoneName: zone.name, hostCode: seatDistrictCode, rule: 'prefecture-seat-district', evidence: 'no township of the zone has a point' };
  return { zoneCode: zone.code, zoneName: zone.name, hostCode: firstUnitCode, rule: 'prefecture-first-unit', evidence: 'no township point and no prefecture seat point' };
}
