// Display worker: turns a coverage raster into a WebMercator RGBA image off the main thread.
// Exposes one plain function through comlink; the pixels go back as a transferred buffer.
import * as Comlink from 'comlink';
import { rasterToMercatorImage, type RasterImageRequest, type RasterImageResult } from '../src/ui/map/reproject.ts';

export interface RenderWorkerApi {
  renderRaster(req: RasterImageRequest): RasterImageResult;
}

const api = {
  renderRaster(req: RasterImageRequest): RasterImageResult {
    const result = rasterToMercatorImage(req);
    return Comlink.transfer(result, [result.rgba.buffer]);
  },
} satisfies RenderWorkerApi;

Comlink.expose(api);
