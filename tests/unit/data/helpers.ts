// Shared readers for the data tests: the committed files under data/ and the census CSV they were built from.
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { DATA_DIR, SOURCES_DIR } from '../../../scripts/data/paths.ts';
import { expandCompactAreas } from '../../../src/engine/model/load-dataset.ts';

export type Geom = Polygon | MultiPolygon;
export interface CountyProps { code: string; name: string; prefectureCode: string; prefectureName: string; population: number; urbanShare: number; seatLonLat: [number, number]; seatSource: string }
export interface AreaProps { id: string; name: string; tier: string; county: string; modelled: boolean; population: number; radiusM: number }
export interface TownshipJson { code: string; name: string; countyCode: string; regionCode: string; lonLat: [number, number] | null; source: string }

export const readData = <T>(rel: string): T => JSON.parse(fs.readFileSync(path.join(DATA_DIR, rel), 'utf8')) as T;
export const counties = (id: string) => readData<FeatureCollection<Geom, CountyProps>>(`${id}/counties.geojson`);
/** The areas with compact disks (Point + radiusM) expanded as the loader does. */
export const areas = (id: string) => expandCompactAreas(readData(`${id}/areas.geojson`)) as FeatureCollection<Polygon, AreaProps>;
export const townships = (id: string) => readData<TownshipJson[]>(`${id}/townships.json`);

/** Census population by code from data/sources/ (the build's copy of the shared table); rows without a figure (金门县) left out. */
export function censusPopulation(prefix: string): Map<string, number> {
  const text = fs.readFileSync(path.join(SOURCES_DIR, 'census2020-counties-china.csv'), 'utf8');
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  return new Map(rows.filter((r) => r.code.startsWith(prefix) && r.population !== '').map((r) => [r.code, Number(r.population)]));
}

/** Henan's extent with a small margin (the province spans about 110.35-116.65 E, 31.38-36.37 N). */
export const HENAN_BBOX = { minLon: 110.3, maxLon: 116.7, minLat: 31.3, maxLat: 36.4 };
export function allPositions(g: Geom): number[][] {
  return g.type === 'Polygon' ? g.coordinates.flat() : g.coordinates.flat(2);
}
export const inHenan = ([lon, lat]: number[]): boolean =>
  lon >= HENAN_BBOX.minLon && lon <= HENAN_BBOX.maxLon && lat >= HENAN_BBOX.minLat && lat <= HENAN_BBOX.maxLat;

/** Distance in km from the area's centroid to its county polygon (<= 0 inside). */
export function centroidKmFromCounty(area: Feature<Polygon>, county: Feature<Geom>): number {
  return turf.pointToPolygonDistance(turf.centroid(area), county, { units: 'kilometers' });
}

/** Pairs of areas of one county whose interiors overlap by more than `minM2` square metres. */
export function overlappingPairs(list: Feature<Polygon, AreaProps>[], minM2 = 1): string[] {
  const out: string[] = [];
  const boxes = list.map((f) => turf.bbox(f));
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (list[i].properties.county !== list[j].properties.county) continue;
      if (a[2] < b[0] || b[2] < a[0] || a[3] < b[1] || b[3] < a[1]) continue;
      const cut = turf.intersect(turf.featureCollection([list[i], list[j]]));
      if (cut && turf.area(cut) > minM2) out.push(`${list[i].properties.id} x ${list[j].properties.id}`);
    }
  }
  return out;
}
