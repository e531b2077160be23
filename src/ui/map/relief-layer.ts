// Relief shading over the map (engine/render/hillshade.ts from the coarse DEM): an image source
// under the settlement outlines and sites, over the coverage; hidden when switched off.
import type { ImageSource, Map as MapLibreMap } from 'maplibre-gl';
import { terrainWorker } from '../io/terrain-client.ts';
import type { TerrainModel } from '../../engine/terrain/dem-grid.ts';

const SOURCE_ID = 'relief';
const LAYER_ID = 'relief-shade';
const BEFORE_LAYER = 'areas-fill';
/** Shading cell, degrees: four per coarse-model cell, so the 2 km model shades smoothly. */
const CELL_DEG = 0.005;

export async function showRelief(map: MapLibreMap, terrain: TerrainModel, box: [number, number, number, number]): Promise<void> {
  const [w, s, e, n] = box;
  const width = Math.max(2, Math.round((e - w) / CELL_DEG)), height = Math.max(2, Math.round((n - s) / CELL_DEG));
  const rgba = await terrainWorker().hillshade(terrain.source, box, width, height);
  const image = new ImageData(rgba as Uint8ClampedArray<ArrayBuffer>, width, height);
  const coordinates: [[number, number], [number, number], [number, number], [number, number]] = [[w, n], [e, n], [e, s], [w, s]];
  if (!map.getSource(SOURCE_ID)) {
    map.addSource(SOURCE_ID, { type: 'image', coordinates } as never);
    map.addLayer({ id: LAYER_ID, type: 'raster', source: SOURCE_ID, paint: { 'raster-fade-duration': 0 } }, map.getLayer(BEFORE_LAYER) ? BEFORE_LAYER : undefined);
  }
  map.getSource<ImageSource>(SOURCE_ID)!.updateImage({ image, coordinates });
  map.setLayoutProperty(LAYER_ID, 'visibility', 'visible');
}

export function hideRelief(map: MapLibreMap): void {
  if (map.getLayer(LAYER_ID)) map.setLayoutProperty(LAYER_ID, 'visibility', 'none');
}
