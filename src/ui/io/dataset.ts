// The embedded Puyang dataset (data/puyang, contract section 6), served by vite as same-origin
// files: county polygons -> Region[], settlement areas -> TargetArea[] (engine loader), the plan text.
import type { Disk } from '../../engine/model/area-rule.ts';
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

/** A county's urban disk as the data build drew it: the county seat's (cs-) or the prefecture main urban area's (pu-). */
export interface UrbanDisk {
  disk: Disk;
  countySeat: boolean;
}

export interface EmbeddedData {
  regions: Region[];
  areas: TargetArea[];
  /** By county code, for sizing the area of a township the user places (engine/model/township-area.ts). */
  urbanDisks: Record<string, UrbanDisk>;
}

interface RawFc { features: { properties: Record<string, unknown> }[] }

/**
 * The urban disks, read from the build's properties: a cs-<county> area's centre is its county's
 * seat; a county without one is a main district, whose disk is its prefecture's pu- area, centred
 * on the seat of the county that area names (the prefecture seat).
 */
function urbanDisksOf(counties: RawFc, areas: RawFc): Record<string, UrbanDisk> {
  const seat = new Map(counties.features.map((f) => [String(f.properties.code), f.properties.seatLonLat as [number, number] | undefined]));
  const area = new Map(areas.features.map((f) => [String(f.properties.id), f.properties]));
  const out: Record<string, UrbanDisk> = {};
  for (const code of seat.keys()) {
    const cs = area.get(`cs-${code}`), pu = area.get(`pu-${code.slice(0, 4)}`);
    const centre = cs ? seat.get(code) : pu ? seat.get(String(pu.county)) : undefined;
    const radiusM = (cs ?? pu)?.radiusM;
    if (centre && typeof radiusM === 'number') out[code] = { disk: { centre, radiusM }, countySeat: Boolean(cs) };
  }
  return out;
}

export async function loadPuyang(): Promise<EmbeddedData> {
  const [countiesText, areasText] = await Promise.all([fetchText('counties.geojson'), fetchText('areas.geojson')]);
  const counties = JSON.parse(countiesText), areas = JSON.parse(areasText);
  // The engine's own loader, as the CLI's --dataset uses: the same regions and areas, the same coverage.
  const dataset = datasetFromGeoJson('puyang', '濮阳市 Puyang', counties, areas);
  return { regions: dataset.regions, areas: dataset.areas, urbanDisks: urbanDisksOf(counties, areas) };
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
  /** The county-level unit it is counted in (a development zone's townships belong to a district). */
  regionCode: string;
  lonLat: [number, number] | null;
}

export async function loadTownships(): Promise<Township[]> {
  const raw = JSON.parse(await fetchText('townships.json')) as Township[];
  return raw.map(({ code, name, countyCode, regionCode, lonLat }) => ({ code, name, countyCode, regionCode: regionCode ?? countyCode, lonLat }));
}
