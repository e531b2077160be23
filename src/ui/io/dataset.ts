// The embedded datasets (data/<folder>, contract sections 6 and 7), served by vite as same-origin
// static files and fetched only when a region is picked: county polygons -> Region[], settlement
// areas -> TargetArea[] (engine loader), townships, the region list. Each file fetched is kept
// in the Cache API, so a region opened once still opens offline.
import type { Disk } from '../../engine/model/area-rule.ts';
import type { Region, TargetArea } from '../../engine/model/dataset.ts';
import { datasetFromGeoJson } from '../../engine/model/load-dataset.ts';
import { parseRegionSpec, subsetDataset, type RegionSpec } from '../../engine/model/region-spec.ts';

// URLs only (a glob with ?url): the files stay static assets, none is bundled into the page, and
// the app still builds while a data file is missing (it then says so).
const DATA_URLS = import.meta.glob(['../../../data/*/*.geojson', '../../../data/*/townships.json', '../../../data/regions.json'], { query: '?url', import: 'default', eager: true }) as Record<string, string>;
const CACHE = 'g5plan-data-v1';

function dataUrl(rel: string): string | null {
  return DATA_URLS[`../../../data/${rel}`] ?? null;
}

/** Network first (a rebuilt file wins), the cached copy when offline. */
async function fetchText(rel: string): Promise<string> {
  const url = dataUrl(rel);
  if (!url) throw new Error(`data/${rel} is missing (run npm run data)`);
  const cache = typeof caches === 'undefined' ? null : await caches.open(CACHE).catch(() => null);
  try {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`data/${rel}: HTTP ${res.status}`);
    if (cache) await cache.put(url, res.clone()).catch(() => undefined);
    return await res.text();
  } catch (e) {
    const hit = cache ? await cache.match(url) : undefined;
    if (hit) return hit.text();
    throw e;
  }
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

/** A township-level unit (data/<folder>/townships.json); lonLat null = unplaced in the sources. */
export interface Township {
  code: string;
  name: string;
  countyCode: string;
  /** The county-level unit it is counted in (a development zone's townships belong to a district). */
  regionCode: string;
  lonLat: [number, number] | null;
}

/** A region the picker offers (data/regions.json): province (parent ''), prefecture or county. */
export interface RegionEntry { code: string; name: string; parent: string; pinyin: string; initials: string }

export async function loadRegionList(): Promise<RegionEntry[]> {
  return JSON.parse(await fetchText('regions.json')) as RegionEntry[];
}

export interface RegionData extends EmbeddedData { spec: RegionSpec; townships: Township[] }

/** Everything the app shows for a region id or code (parseRegionSpec); an error naming what is wrong. */
export async function loadRegion(id: string): Promise<RegionData> {
  const spec = parseRegionSpec(id);
  if (!spec) throw new Error(`unknown region "${id}"`);
  const [countiesText, areasText, townshipsText] = await Promise.all([fetchText(`${spec.folder}/counties.geojson`), fetchText(`${spec.folder}/areas.geojson`), fetchText(`${spec.folder}/townships.json`)]);
  const counties = JSON.parse(countiesText), areas = JSON.parse(areasText);
  // The engine's own loader, as the CLI's --dataset uses: the same regions and areas, the same coverage.
  const full = datasetFromGeoJson(spec.folder, spec.province.nameZh, counties, areas);
  const dataset = spec.prefix ? subsetDataset(full, spec.prefix, spec.prefix, spec.prefix) : full;
  if (!dataset) throw new Error(`no prefecture or county ${spec.prefix} in ${spec.province.nameZh}`);
  const raw = JSON.parse(townshipsText) as Township[];
  const townships = raw
    .map(({ code, name, countyCode, regionCode, lonLat }) => ({ code, name, countyCode, regionCode: regionCode ?? countyCode, lonLat }))
    .filter((t) => !spec.prefix || t.regionCode.startsWith(spec.prefix));
  return { spec, regions: dataset.regions, areas: dataset.areas, urbanDisks: urbanDisksOf(counties, areas), townships };
}

export async function loadPuyang(): Promise<EmbeddedData> {
  return loadRegion('puyang');
}

export async function loadTownships(): Promise<Township[]> {
  return (await loadRegion('puyang')).townships;
}

/** The synthetic reference plan's text, or null when it has not been generated yet. */
export async function loadSyntheticPlanText(): Promise<string | null> {
  return dataUrl('puyang/plan-synthetic.geojson') ? fetchText('puyang/plan-synthetic.geojson') : null;
}
