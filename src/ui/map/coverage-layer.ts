// Shows a coverage raster on the map: the render worker reprojects it to a Mercator RGBA image,
// handed to a maplibre image source as ImageData (no URL, nothing fetched). The image is kept:
// after an edit only the rectangle of the tiles it changed is coloured again and pasted in. It is
// also what the PNG export writes; the same worker writes the GeoTIFF and GeoJSON exports.
import * as Comlink from 'comlink';
import type { Map as MapLibreMap, ImageSource } from 'maplibre-gl';
import type { CoverageRaster } from '../../engine/coverage/types.ts';
import type { TargetArea } from '../../engine/model/dataset.ts';
import type { RenderWorkerApi } from '../../../workers/render.worker.ts';
import { SINR_FLOOR_DB, pasteRect, type RasterImageResult, type RasterMetric } from '../../engine/render/raster-image.ts';

const SOURCE_ID = 'coverage';
const LAYER_ID = 'coverage-raster';
/** The coverage image sits under the settlement outlines, county lines, sites and labels. */
const BEFORE_LAYER = 'areas-fill';

export interface CoverageLayer {
  /** `changed`: only these tiles differ from the raster shown last (same grid, metric and threshold). */
  show(raster: CoverageRaster, thresholdDbm: number, metric: RasterMetric, changed?: { sizePx: number; ids: number[] }): Promise<void>;
  setVisible(visible: boolean): void;
  /** The last shown image as PNG, or null before the first. */
  toPng(): Promise<Blob | null>;
  /** Corners of the last shown image (as for a maplibre image source), or null before the first. */
  imageCoordinates(): [number, number][] | null;
  toGeoTiff(raster: CoverageRaster): Promise<Blob>;
  toGeoJson(raster: CoverageRaster, areas: TargetArea[]): Promise<Blob>;
  dispose(): void;
}

export function createCoverageLayer(map: MapLibreMap): CoverageLayer {
  const worker = new Worker(new URL('../../../workers/render.worker.ts', import.meta.url), { type: 'module' });
  const render = Comlink.wrap<RenderWorkerApi>(worker);
  /** The whole image shown, and what it was coloured from. */
  let last: RasterImageResult | null = null;
  let lastKey = '';
  let generation = 0;
  let inFlight = 0;

  return {
    async show(raster, thresholdDbm, metric, changed) {
      const mine = ++generation;
      // Not transferred: the coverage client keeps its arrays for incremental updates (in shared
      // memory where the page is cross-origin isolated, so nothing is copied either).
      const values = metric === 'sinr' ? raster.sinrDb : raster.rsrpDbm;
      const threshold = metric === 'sinr' ? SINR_FLOOR_DB : thresholdDbm;
      const key = JSON.stringify([raster.grid, metric, threshold]);
      // A rectangle is pasted only into the image it was meant for: same key, nothing else pending.
      const tiles = changed && last && lastKey === key && inFlight === 0 ? changed : undefined;
      inFlight++;
      let img: RasterImageResult | null;
      try {
        img = await render.renderRaster({ grid: raster.grid, values, metric, inside: raster.inside, threshold, tiles });
      } finally {
        inFlight--;
      }
      if (mine !== generation) return; // a newer raster overtook this one
      if (tiles) {
        if (!img) return; // the changed tiles show nowhere in the image
        pasteRect(last!.rgba, last!.width, img);
      } else {
        last = img!;
        lastKey = key;
      }
      const image = new ImageData(last!.rgba as Uint8ClampedArray<ArrayBuffer>, last!.width, last!.height);
      const source = map.getSource<ImageSource>(SOURCE_ID);
      if (!source) {
        map.addSource(SOURCE_ID, { type: 'image', coordinates: last!.coordinates } as never);
        map.addLayer({ id: LAYER_ID, type: 'raster', source: SOURCE_ID, paint: { 'raster-resampling': 'nearest', 'raster-fade-duration': 0 } }, BEFORE_LAYER);
      }
      map.getSource<ImageSource>(SOURCE_ID)!.updateImage({ image, coordinates: last!.coordinates });
    },
    setVisible(visible) {
      if (map.getLayer(LAYER_ID)) map.setLayoutProperty(LAYER_ID, 'visibility', visible ? 'visible' : 'none');
    },
    async toPng() {
      if (!last) return null;
      const canvas = new OffscreenCanvas(last.width, last.height);
      canvas.getContext('2d')!.putImageData(new ImageData(last.rgba as Uint8ClampedArray<ArrayBuffer>, last.width, last.height), 0, 0);
      return canvas.convertToBlob({ type: 'image/png' });
    },
    imageCoordinates() {
      return last ? last.coordinates : null;
    },
    // Exports come as Blobs the worker made piece by piece: nothing of the file is held here.
    toGeoTiff: (raster) => render.geoTiff(raster),
    toGeoJson: (raster, areas) => render.coverageGeoJson(raster, areas),
    dispose() {
      worker.terminate();
    },
  };
}
