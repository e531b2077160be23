// Builds one province's dataset (data/<id>/): match polygons to codes, simplify, attach census,
// seats and townships, model the settlement areas, check every township point against its county
// polygon, write the files. Henan also writes the Puyang subset (less simplified, areas as polygons).
import path from 'node:path';
import * as turf from '@turf/turf';
import { pinyin } from 'pinyin-pro';
import { DATA_DIR } from './paths.ts';
import { readCensus, readDivision, readEchartsCounties, readGeoNames, readTownshipPoints } from './sources.ts';
import { matchCounties, type MatchReport } from './match.ts';
import { countVertices, simplifyCounties, unitsToWgs, type CountyGeometry } from './geometry.ts';
import { assembleCounties, type Assembled, type CountyRecord } from './assemble.ts';
import { buildTownships, type TownshipRecord } from './townships.ts';
import { buildAreas, type AreaLog } from './areas.ts';
import { writeFeatureCollection, writeJson, writeLines } from './write.ts';
import type { Province } from '../../src/engine/model/provinces.ts';

export interface ProvinceSummary {
  id: string; code: string; name: string; nameEn: string;
  counties: number; population: number; censusTotal: number; areas: number;
  townships: number; townshipsPlaced: number; townshipsOutside: number; bytes: number;
  /** [minLon, minLat, maxLon, maxLat] of the county polygons, 1e-3 degree outward. */
  bbox: number[];
}

export interface DatasetStats {
  intervalM: number; rawVertices: number; vertices: number; sizes: Record<string, number>;
  areaLog: AreaLog & { areas: number; byTier: Record<string, number> };
  townships: { total: number; placed: number; unplaced: string[] };
}

export interface ProvinceBuild {
  summary: ProvinceSummary;
  match: MatchReport;
  assembled: Assembled;
  datasets: Record<string, DatasetStats>;
  /** Picker entries (data/regions.json): prefectures and counties with their pinyin. */
  regions: { code: string; name: string; parent: string; pinyin: string; initials: string }[];
  /** Placed township points outside their county polygon (km outside), for unmatched.json. */
  outside: { code: string; name: string; regionCode: string; km: number }[];
}

const tierCounts = (tiers: string[]): Record<string, number> => tiers.reduce<Record<string, number>>((acc, t) => ({ ...acc, [t]: (acc[t] ?? 0) + 1 }), {});

function countyFeature(c: CountyRecord & { geometry: unknown }): unknown {
  const { geometry, code, name, prefectureCode, prefectureName, population, urbanShare, ghslDensityPerKm2, ghslUrbanCentreShare, ghslDenseClusterShare, seatLonLat, seatSource } = c;
  return { type: 'Feature', properties: { code, name, prefectureCode, prefectureName, population, urbanShare, ghslDensityPerKm2, ghslUrbanCentreShare, ghslDenseClusterShare, seatLonLat, seatSource }, geometry };
}

function townshipJson(t: TownshipRecord): unknown {
  return { code: t.code, name: t.name, countyCode: t.countyCode, regionCode: t.regionCode, lonLat: t.lonLat, source: t.source };
}

/** Placed townships outside their county's (simplified, WGS-84) polygon, with the distance in km. */
function townshipsOutside(tws: TownshipRecord[], geom: Map<string, CountyGeometry>): ProvinceBuild['outside'] {
  const out: ProvinceBuild['outside'] = [];
  for (const t of tws) {
    const g = geom.get(t.regionCode);
    if (!t.lonLat || !g || turf.booleanPointInPolygon(t.lonLat, turf.feature(g))) continue;
    const km = turf.pointToPolygonDistance(turf.point(t.lonLat), turf.feature(g), { units: 'kilometers' });
    out.push({ code: t.code, name: t.name, regionCode: t.regionCode, km: Number(km.toFixed(2)) });
  }
  return out;
}

export const pinyinOf = (name: string): { pinyin: string; initials: string } => ({
  pinyin: (pinyin(name, { toneType: 'none', type: 'array' }) as string[]).join(''),
  initials: (pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' }) as string[]).join(''),
});

function writeDataset(id: string, counties: (CountyRecord & { geometry: CountyGeometry })[], tws: TownshipRecord[], prefSeats: Assembled['prefectureSeats'], compact: boolean, intervalM: number, rawVertices: number): DatasetStats {
  const areas = buildAreas(counties.map((c) => ({ ...c, seat: c.seatLonLat })), tws, prefSeats, compact);
  const dir = path.join(DATA_DIR, id);
  const sizes: Record<string, number> = {
    [`${id}/counties.geojson`]: writeFeatureCollection(path.join(dir, 'counties.geojson'), counties.map(countyFeature)),
    [`${id}/townships.json`]: writeLines(path.join(dir, 'townships.json'), '[', tws.map(townshipJson), ']'),
    [`${id}/areas.geojson`]: writeFeatureCollection(path.join(dir, 'areas.geojson'), areas.fc.features),
  };
  return {
    intervalM, rawVertices, vertices: counties.reduce((s, c) => s + countVertices(c.geometry), 0), sizes,
    areaLog: { ...areas.log, areas: areas.fc.features.length, byTier: tierCounts(areas.fc.features.map((f) => f.properties.tier)) },
    townships: { total: tws.length, placed: tws.filter((t) => t.lonLat).length, unplaced: tws.filter((t) => !t.lonLat).map((t) => `${t.code} ${t.name}`) },
  };
}

export async function buildProvince(prov: Province, intervalM: number, subset: { id: string; prefix: string; intervalM: number } | null): Promise<ProvinceBuild> {
  const division = readDivision(prov.code);
  const match = matchCounties(readEchartsCounties(prov.code), division.counties);
  const wgs = unitsToWgs(match.units);
  const geom = await simplifyCounties(wgs, intervalM);
  const census = readCensus(prov.code);
  const points = readTownshipPoints(prov.code);
  const assembled = assembleCounties(match, geom, division, census, points, readGeoNames(prov.code), subset !== null);
  const townships = buildTownships(division.townships, points, assembled.hostOf);
  const rawVertices = wgs.features.reduce((s, f) => s + countVertices(f.geometry), 0);
  const counties = assembled.counties.map((c) => ({ ...c, geometry: geom.get(c.code)! }));
  const datasets: Record<string, DatasetStats> = { [prov.id]: writeDataset(prov.id, counties, townships, assembled.prefectureSeats, true, intervalM, rawVertices) };
  if (subset) {
    const keep = (code: string): boolean => code.startsWith(subset.prefix);
    const subFc = { ...wgs, features: wgs.features.filter((f) => keep(f.properties.code)) };
    const subGeom = await simplifyCounties(subFc, subset.intervalM);
    const subCounties = assembled.counties.filter((c) => keep(c.code)).map((c) => ({ ...c, geometry: subGeom.get(c.code)! }));
    const subRaw = subFc.features.reduce((s, f) => s + countVertices(f.geometry), 0);
    const seats = new Map([...assembled.prefectureSeats].filter(([p]) => keep(p)));
    datasets[subset.id] = writeDataset(subset.id, subCounties, townships.filter((t) => keep(t.countyCode)), seats, false, subset.intervalM, subRaw);
  }
  const outside = townshipsOutside(townships, geom);
  const unmatched = { ...assembled.unmatched, townshipsOutsideCounty: { note: 'placed township points outside their county polygon (simplified, WGS-84), km outside', points: outside } };
  const main = datasets[prov.id];
  main.sizes[`${prov.id}/unmatched.json`] = writeJson(path.join(DATA_DIR, prov.id, 'unmatched.json'), unmatched);
  const prefectures = [...new Set(counties.map((c) => c.prefectureCode))].sort();
  const regions = [
    ...prefectures.map((p) => ({ code: p, name: division.prefectures.get(p) ?? p, parent: prov.code })),
    ...counties.map((c) => ({ code: c.code, name: c.name, parent: c.prefectureCode })),
  ].map((r) => ({ ...r, ...pinyinOf(r.name) }));
  const summary: ProvinceSummary = {
    id: prov.id, code: prov.code, name: prov.nameZh, nameEn: prov.nameEn,
    counties: counties.length, population: counties.reduce((s, c) => s + c.population, 0), censusTotal: census.reduce((s, r) => s + r.population, 0),
    areas: main.areaLog.areas, townships: main.townships.total, townshipsPlaced: main.townships.placed, townshipsOutside: outside.length,
    bytes: Object.values(main.sizes).reduce((s, b) => s + b, 0),
    bbox: turf.bbox(turf.featureCollection(counties.map((c) => turf.feature(c.geometry)))).map((x, i) => Number((i < 2 ? Math.floor(x * 1000) : Math.ceil(x * 1000)) / 1000)),
  };
  return { summary, match, assembled, datasets, regions, outside };
}
