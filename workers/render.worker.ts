// Display and export worker: turns a coverage raster into a WebMercator RGBA image for the map,
// an RSRP GeoTIFF (EPSG:4326) and covered-area / hole polygons as GeoJSON, off the main thread.
// Plain functions through comlink; images go back as transferred buffers, exports as Blobs
// made piece by piece (export-blobs.ts).
import * as Comlink from 'comlink';
import { reportAreas } from '../src/engine/coverage/area-report.ts';
import { writeRasterGeoTiff } from '../src/engine/coverage/stream/raster-geotiff.ts';
import type { CoverageRaster } from '../src/engine/coverage/types.ts';
import { coverageToGeoJson } from '../src/engine/coverage/coverage-geojson.ts';
import type { TargetArea } from '../src/engine/model/dataset.ts';
import { geoJsonBlob, headedBlob } from './export-blobs.ts';
import { buildMercatorIndex, colourise, tileImageRects, unionRect, type MercatorIndex, type RasterImageRequest, type RasterImageResult } from '../src/engine/render/raster-image.ts';

export interface RenderWorkerApi {
  /** The image, or with req.tiles the rectangle of it those tiles cover (null when none shows). */
  renderRaster(req: RasterImageRequest): RasterImageResult | null;
  /** Best-server RSRP as a tiled Float32 GeoTIFF in lon/lat (nodata -9999), as `g5plan coverage --raster` writes it. */
  geoTiff(raster: CoverageRaster): Blob;
  /** Covered area and each settlement area's holes as polygons (GeoJSON), like `g5plan coverage --out`. */
  coverageGeoJson(raster: CoverageRaster, areas: TargetArea[]): Blob;
}

/**
 * The resampling map of the last grid (edits keep the grid, so re-colouring is all that is left)
 * and, per tile size, where each tile shows in the image.
 */
let cached: { key: string; index: MercatorIndex; tileRects: Map<number, Int32Array> } | null = null;

const api = {
  renderRaster(req: RasterImageRequest): RasterImageResult | null {
    const key = JSON.stringify(req.grid);
    if (cached?.key !== key) cached = { key, index: buildMercatorIndex(req.grid), tileRects: new Map() };
    const { index, tileRects } = cached;
    let rect;
    if (req.tiles) {
      const { sizePx, ids } = req.tiles;
      if (!tileRects.has(sizePx)) tileRects.set(sizePx, tileImageRects(index, req.grid, sizePx));
      rect = unionRect(tileRects.get(sizePx)!, ids);
      if (!rect) return null;
    }
    const result = colourise(index, req, rect);
    return Comlink.transfer(result, [result.rgba.buffer]);
  },
  geoTiff(raster: CoverageRaster): Blob {
    return headedBlob('image/tiff', (write) => writeRasterGeoTiff(raster, -9999, write));
  },
  coverageGeoJson(raster: CoverageRaster, areas: TargetArea[]): Blob {
    return geoJsonBlob(coverageToGeoJson(raster, reportAreas(raster, areas)));
  },
} satisfies RenderWorkerApi;

Comlink.expose(api);
