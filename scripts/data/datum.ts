// Which datum are the echarts county polygons in? Evidence from two point sets of known datum:
// - the GCJ-02 township points: count how many fall inside their own county's raw polygon, with
//   the points as given and after gcoord GCJ-02 -> WGS-84; then shift the points by t times the
//   local GCJ offset (t = -2..2): the count peaks at t = 0 if the polygons are GCJ-02, at t = -1
//   if they are WGS-84;
// - the WGS-84 GeoNames county seats: inside their own raw polygon as given, and after WGS-84 ->
//   GCJ-02; and their median distance to the echarts `cp` seat points, as given and converted.
import * as turf from '@turf/turf';
import gcoord from 'gcoord';
import type { CountyGeometry } from './geometry.ts';
import type { LonLat } from './sources.ts';

export interface DatumPoint { lonLat: LonLat; geometry: CountyGeometry }
export interface DatumEvidence {
  townships: { points: number; insideAsGcj: number; insideAsWgs: number; shiftProfile: { t: number; inside: number }[] };
  seats: { points: number; insideAsWgs: number; insideAsGcj: number; medianKmToCpAsGiven: number; medianKmToCpAsWgs: number };
  meanOffsetM: number;
}

const inside = (p: LonLat, g: CountyGeometry): boolean => turf.booleanPointInPolygon(p, turf.feature(g));
const toWgs = (p: LonLat): LonLat => gcoord.transform(p, gcoord.GCJ02, gcoord.WGS84) as LonLat;
const toGcj = (p: LonLat): LonLat => gcoord.transform(p, gcoord.WGS84, gcoord.GCJ02) as LonLat;

const medianKm = (pairs: [LonLat, LonLat][]): number => {
  const d = pairs.map(([a, b]) => turf.distance(a, b, { units: 'kilometers' })).sort((x, y) => x - y);
  return Number((d[Math.floor(d.length / 2)] ?? NaN).toFixed(2));
};

export function datumEvidence(gcjTownships: DatumPoint[], wgsSeats: (DatumPoint & { cp: LonLat | null })[]): DatumEvidence {
  const withCp = wgsSeats.filter((s): s is DatumPoint & { cp: LonLat } => s.cp !== null);
  const count = (pts: DatumPoint[], f: (p: LonLat) => LonLat): number => pts.filter((d) => inside(f(d.lonLat), d.geometry)).length;
  const shiftProfile = [-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2].map((t) => ({
    t,
    inside: count(gcjTownships, (p) => {
      const w = toWgs(p);
      return [p[0] + t * (p[0] - w[0]), p[1] + t * (p[1] - w[1])];
    }),
  }));
  const offsets = gcjTownships.map((d) => turf.distance(d.lonLat, toWgs(d.lonLat), { units: 'meters' }));
  return {
    townships: { points: gcjTownships.length, insideAsGcj: count(gcjTownships, (p) => p), insideAsWgs: count(gcjTownships, toWgs), shiftProfile },
    seats: {
      points: wgsSeats.length,
      insideAsWgs: count(wgsSeats, (p) => p),
      insideAsGcj: count(wgsSeats, toGcj),
      medianKmToCpAsGiven: medianKm(withCp.map((s) => [s.lonLat, s.cp])),
      medianKmToCpAsWgs: medianKm(withCp.map((s) => [s.lonLat, toWgs(s.cp)])),
    },
    meanOffsetM: Math.round(offsets.reduce((s, x) => s + x, 0) / Math.max(1, offsets.length)),
  };
}
