// The offline context map under the coverage: Natural Earth rivers and lakes (public domain,
// trimmed to China and simplified into public/basemap/, with Chinese names added), fetched from the app's own origin after
// the first map is drawn, so they are not part of the first page's bundle. A failed fetch leaves
// the map as it was (the context is optional).
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';
import { CONTEXT_LABEL_LAYERS, contextNameField } from './style.ts';

const FILES = { rivers: 'basemap/rivers.geojson', lakes: 'basemap/lakes.geojson' } as const;

async function fetchJson(path: string): Promise<FeatureCollection> {
  const res = await fetch(`${import.meta.env.BASE_URL}${path}`);
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return (await res.json()) as FeatureCollection;
}

/** Fills the style's `rivers` and `lakes` sources; resolves with the number of features drawn. */
export async function loadContextLayers(map: MapLibreMap): Promise<number> {
  let count = 0;
  await Promise.all(Object.entries(FILES).map(async ([id, path]) => {
    try {
      const fc = await fetchJson(path);
      map.getSource<GeoJSONSource>(id)?.setData(fc);
      count += fc.features.length;
    } catch (e) {
      console.warn('context map', (e as Error).message);
    }
  }));
  return count;
}

/** River and lake names follow the UI's language (Chinese names from name_zh, else none; English: Natural Earth's). */
export function bindContextLabels(map: MapLibreMap, store: Store<AppState>): void {
  store.subscribe((s, prev) => {
    if (s.lang === prev.lang) return;
    for (const id of CONTEXT_LABEL_LAYERS) map.setLayoutProperty(id, 'text-field', contextNameField(s.lang) as never);
  });
}
