// The embedded Puyang dataset (data/puyang, contract section 6), served by vite as same-origin
// files: county polygons -> Region[], settlement areas -> TargetArea[], the synthetic plan text.
import type { Feature, FeatureCollection } from 'geojson';
import type { AreaGeometry, AreaTier, Region, TargetArea } from '../../engine/model/dataset.ts';

// A glob, not plain imports: the app still builds while a data file is missing (it then says so).
const DATA_URLS = import.meta.glob('../../../data/puyang/*.geojson', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

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

const numOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function featureToRegion(f: Feature): Region {
  const p = (f.properties ?? {}) as Record<string, unknown>;
  return {
    code: String(p.code ?? ''),
    name: String(p.name ?? p.code ?? ''),
    population: numOrNull(p.population),
    urbanShare: numOrNull(p.urbanShare),
    geometry: f.geometry as AreaGeometry,
  };
}

export function featureToArea(f: Feature): TargetArea {
  const p = (f.properties ?? {}) as Record<string, unknown>;
  return {
    id: String(p.id ?? ''),
    name: String(p.name ?? p.id ?? ''),
    tier: String(p.tier ?? 'township') as AreaTier,
    county: p.county == null ? null : String(p.county),
    modelled: p.modelled === true,
    population: numOrNull(p.population),
    geometry: f.geometry as AreaGeometry,
  };
}

export interface EmbeddedData {
  regions: Region[];
  areas: TargetArea[];
}

export async function loadPuyang(): Promise<EmbeddedData> {
  const [counties, areas] = await Promise.all([fetchText('counties.geojson'), fetchText('areas.geojson')]);
  return {
    regions: (JSON.parse(counties) as FeatureCollection).features.map(featureToRegion),
    areas: (JSON.parse(areas) as FeatureCollection).features.map(featureToArea),
  };
}

/** The synthetic reference plan's text, or null when it has not been generated yet. */
export async function loadSyntheticPlanText(): Promise<string | null> {
  return dataUrl('plan-synthetic.geojson') ? fetchText('plan-synthetic.geojson') : null;
}
