// Relief shading in the context map (engine/render/hillshade.ts from the coarse DEM): an image
// source just under the settlement outlines, so over the coverage too (it only darkens slopes
// facing away from the light, so the coverage colours stay readable); hidden when off.
import type { ImageSource, Map as MapLibreMap } from 'maplibre-gl';
import { terrainWorker } from '../io/terrain-client.ts';
import type { TerrainModel } from '../../engine/terrain/dem-grid.ts';

const SOURCE_ID = 'relief';
const LAYER_ID = 'relief-shade';
export const RELIEF_BEFORE_LAYER = 'areas-fill';
/** Shading cell, degrees: four per coarse-model cell, so the 2 km model shades smoothly; coarser for a province, so the image stays under MAX_PIXELS. */
const CELL_DEG = 0.005;
const MAX_PIXELS = 2_000_000;

/** How far around the regions the relief is shaded, degrees. */
export const RELIEF_MARGIN_DEG = 0.2;

export async function showRelief(map: MapLibreMap, terrain: TerrainModel, box: [number, number, number, number]): Promise<void> {
  const [w, s, e, n] = box;
  const cell = Math.max(CELL_DEG, Math.sqrt(((e - w) * (n - s)) / MAX_PIXELS));
  const width = Math.max(2, Math.round((e - w) / cell)), height = Math.max(2, Math.round((n - s) / cell));
  const rgba = await terrainWorker().hillshade(terrain.source, box, width, height);
  const image = new ImageData(rgba as Uint8ClampedArray<ArrayBuffer>, width, height);
  const coordinates: [[number, number], [number, number], [number, number], [number, number]] = [[w, n], [e, n], [e, s], [w, s]];
  if (!map.getSource(SOURCE_ID)) {
    map.addSource(SOURCE_ID, { type: 'image', coordinates } as never);
    map.addLayer({ id: LAYER_ID, type: 'raster', source: SOURCE_ID, paint: { 'raster-fade-duration': 0 } }, map.getLayer(RELIEF_BEFORE_LAYER) ? RELIEF_BEFORE_LAYER : undefined);
  }
  map.getSource<ImageSource>(SOURCE_ID)!.updateImage({ image, coordinates });
  map.setLayoutProperty(LAYER_ID, 'visibility', 'visible');
}

export function hideRelief(map: MapLibreMap): void {
  if (map.getLayer(LAYER_ID)) map.setLayoutProperty(LAYER_ID, 'visibility', 'none');
}
