// The embedded Puyang dataset (data/puyang, contract section 6), served by vite as same-origin
// files: county polygons -> Region[], settlement areas -> TargetArea[] (engine loader), the plan text.
import type { Region, TargetArea } from '../../engine/model/dataset.ts';
import { datasetFromGeoJson } from '../../engine/model/load-dataset.ts';

// A glob, not plain imports: the app still builds while a data file is missing (it then says so).
const DATA_URLS = import.meta.glob(['../../../data/puyang/*.geojson', '../../../data/puyang/townships.json'], { query: '?url', import: 'default', eager: true }) as Record<string, string>;

function dataUrl(name: string): string | null {
  return DATA_URLS[`../../../data/puyang/${name}`] ?? null;
}

async function fetchText(name: string): Promise<string> {
  const url = dataUrl(name);
  if (!url) throw new Error(`data/puyang/${name} is missing (run npm run data)`);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`data/puyang/${name}: HTTP ${res.status}`);
  return res.text();
}

export interface EmbeddedData {
  regions: Region[];
  areas: TargetArea[];
}

export async function loadPuyang(): Promise<EmbeddedData> {
  const [counties, areas] = await Promise.all([fetchText('counties.geojson'), fetchText('areas.geojson')]);
  // The engine's own loader, as the CLI's --dataset uses: the same regions and areas, the same coverage.
  const dataset = datasetFromGeoJson('puyang', '濮阳市 Puyang', JSON.parse(counties), JSON.parse(areas));
  return { regions: dataset.regions, areas: dataset.areas };
}

/** The synthetic reference plan's text, or null when it has not been generated yet. */
export async function loadSyntheticPlanText(): Promise<string | null> {
  return dataUrl('plan-synthetic.geojson') ? fetchText('plan-synthetic.geojson') : null;
}

/** A township-level unit (data/puyang/townships.json); lonLat null = unplaced in the sources. */
export interface Township {
  code: string;
  name: string;
  countyCode: string;
  lonLat: [number, number] | null;
}

export async function loadTownships(): Promise<Township[]> {
  const raw = JSON.parse(await fetchText('townships.json')) as Township[];
  return raw.map(({ code, name, countyCode, lonLat }) => ({ code, name, countyCode, lonLat }));
}
