// Builds the settlement target areas of one dataset: a modelled disk per prefecture main urban
// area (pu-<pref>), per county seat outside it (cs-<county>) and per placed rural township
// (tw-<township>), sized by src/engine/model/area-rule.ts. Disks are clipped to their county (main districts for
// pu-), and a township disk is cut to at most half the distance to the nearest township seat of
// its county and to the edge of its county's urban disk, so areas never overlap within a county.
// 街道 and townships whose point falls inside the urban disk are part of the urban area; a township
// whose point lies more than 1 km outside its county polygon gets no area (listed in the README).
// Compact output (every dataset but Puyang): a disk that clipping left whole is stored as its centre
// Point with radiusM, and src/engine/model/load-dataset.ts expands it to the same 64-gon.
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import type { CountyGeometry } from './geometry.ts';
import type { LonLat } from './sources.ts';
import { AREA_PARAMS, countySeatSize, isInUrbanDisk, isWholeDisk, modelledDisk, prefectureUrbanSize, townshipRadiusM, townshipSeatSize, type Disk } from '../../src/engine/model/area-rule.ts';
import { signedKm } from './seats.ts';

export interface AreaCounty { code: string; name: string; prefectureCode: string; prefectureName: string; population: number; urbanShare: number; seat: LonLat; geometry: CountyGeometry }
export interface AreaTownship { code: string; name: string; regionCode: string; lonLat: LonLat | null }
export interface AreaProps { id: string; name: string; tier: 'prefecture-urban' | 'county-seat' | 'township'; county: string; modelled: true; population: number; radiusM: number; source: string }
export interface AreaLog { mainDistricts: Record<string, string[]>; absorbed: string[]; dropped: string[]; outside: string[]; streets: number }

const km = (a: LonLat, b: LonLat): number => turf.distance(a, b, { units: 'kilometers' });
const isStreet = (name: string): boolean => name.endsWith('街道');

function mainDistrictsOf(pref: AreaCounty[], prefSeat: { lonLat: LonLat; code: string }): AreaCounty[] {
  return pref.filter((c) => c.code === prefSeat.code || (c.name.endsWith('区') && km(c.seat, prefSeat.lonLat) <= AREA_PARAMS.mainDistrictKm));
}

export type AreaGeom = Polygon | Point;

export function buildAreas(counties: AreaCounty[], townships: AreaTownship[], prefSeats: Map<string, { lonLat: LonLat; code: string }>, compact = false): { fc: FeatureCollection<AreaGeom, AreaProps>; log: AreaLog } {
  const features: Feature<AreaGeom, AreaProps>[] = [];
  const feature = featureMaker(compact);
  const log: AreaLog = { mainDistricts: {}, absorbed: [], dropped: [], outside: [], streets: 0 };
  const urbanDisk = new Map<string, Disk>();
  const urbanPop = new Map<string, number>();
  for (const [pref, seat] of [...prefSeats.entries()].sort()) {
    const main = mainDistrictsOf(counties.filter((c) => c.prefectureCode === pref), seat);
    if (main.length === 0) continue;
    log.mainDistricts[pref] = main.map((c) => c.code);
    const size = prefectureUrbanSize(main.reduce((s, c) => s + c.population * c.urbanShare, 0));
    const disk = { centre: seat.lonLat, radiusM: size.radiusM };
    for (const c of main) { urbanDisk.set(c.code, disk); urbanPop.set(c.code, c.population * c.urbanShare); }
    const clip = main.length === 1 ? main[0].geometry : (turf.union(turf.featureCollection(main.map((c) => turf.feature(c.geometry))))!.geometry as CountyGeometry);
    features.push(feature(`pu-${pref}`, `${main[0].prefectureName}主城区`, 'prefecture-urban', seat.code, size.population, disk, clip));
  }
  for (const c of counties.filter((k) => !urbanDisk.has(k.code))) {
    const size = countySeatSize(c.population, c.urbanShare);
    const disk = { centre: c.seat, radiusM: size.radiusM };
    urbanDisk.set(c.code, disk);
    urbanPop.set(c.code, size.population);
    features.push(feature(`cs-${c.code}`, `${c.name}城区`, 'county-seat', c.code, size.population, disk, c.geometry));
  }
  for (const c of counties) features.push(...townshipAreas(c, townships.filter((t) => t.regionCode === c.code), urbanDisk.get(c.code)!, c.population - urbanPop.get(c.code)!, log, feature));
  features.sort((a, b) => a.properties.id.localeCompare(b.properties.id));
  return { fc: { type: 'FeatureCollection', features }, log };
}

type MakeFeature = (id: string, name: string, tier: AreaProps['tier'], county: string, population: number, disk: Disk, clip: CountyGeometry) => Feature<AreaGeom, AreaProps>;

const featureMaker = (compact: boolean): MakeFeature => (id, name, tier, county, population, disk, clip) => {
  const clipped = modelledDisk(disk, clip);
  const geometry: AreaGeom = compact && isWholeDisk(disk, clipped) ? { type: 'Point', coordinates: disk.centre } : clipped;
  return { type: 'Feature', properties: { id, name, tier, county, modelled: true, population, radiusM: disk.radiusM, source: `modelled disk, ${tier} rule (data/README.md)` }, geometry };
};

function townshipAreas(c: AreaCounty, own: AreaTownship[], urban: Disk, restPopulation: number, log: AreaLog, feature: MakeFeature): Feature<AreaGeom, AreaProps>[] {
  const rural = own.filter((t) => !isStreet(t.name));
  log.streets += own.length - rural.length;
  const inUrban = (t: AreaTownship): boolean => t.lonLat !== null && isInUrbanDisk(t.lonLat, urban);
  for (const t of rural.filter(inUrban)) log.absorbed.push(t.code);
  const counted = rural.filter((t) => !inUrban(t));
  const size = townshipSeatSize(restPopulation, counted.length);
  const placed = counted.filter((t): t is AreaTownship & { lonLat: LonLat } => t.lonLat !== null);
  const out: Feature<AreaGeom, AreaProps>[] = [];
  for (const t of placed) {
    // A point well outside its county means the boundary moved after the polygons were drawn.
    if (signedKm(t.lonLat, c.geometry) > AREA_PARAMS.townshipMaxOutsideKm) { log.outside.push(t.code); continue; }
    const radiusM = townshipRadiusM(t.lonLat, size.radiusM, urban, placed.filter((o) => o !== t).map((o) => o.lonLat));
    if (radiusM < AREA_PARAMS.townshipMinRadiusM) { log.dropped.push(t.code); continue; }
    out.push(feature(`tw-${t.code}`, t.name, 'township', c.code, size.population, { centre: t.lonLat, radiusM }, c.geometry));
  }
  return out;
}
