/**
 * The app's GeoTIFF export (issue 15: the browser streams its exports): the raster it holds for
 * the map goes tile by tile through the streamed route `g5plan coverage --raster` takes
 * (LonLatTiles resamples a band at a time onto longitude/latitude, TiledTiffLayout places the
 * deflated 256 x 256 tiles), so the file is made as a list of parts, never as one array. The
 * caller keeps the parts (the render worker turns each into a Blob at once).
 */
import { zlibSync } from 'fflate';
import type { CoverageRaster } from '../types.ts';
import { TiledTiffLayout, tileBytes } from '../tiled-geotiff.ts';
import { LonLatTiles } from './lonlat-tiles.ts';

/** Rows of grid tiles copied out of the raster at a time. */
const SOURCE_TILE_PX = 128;

/**
 * `write(bytes, position)`: each tile in order, then the directory, then the 8-byte header at
 * position 0 (the file's first part, written last). `deflate`: zlib-format compression (fflate's
 * by default, in plain JavaScript for the browser).
 */
export function writeRasterGeoTiff(raster: CoverageRaster, nodata: number, write: (bytes: Uint8Array, position: number) => void, deflate: (bytes: Uint8Array) => Uint8Array = (b) => zlibSync(b)): void {
  const { grid } = raster, T = SOURCE_TILE_PX;
  const tiles = new LonLatTiles(grid, T, nodata, (values) => layout.writeTile(deflate(tileBytes(values))));
  const layout = new TiledTiffLayout({ ...tiles.frame, nodata, compression: 8 }, write);
  for (let row0 = 0; row0 < grid.height; row0 += T) {
    for (let col0 = 0; col0 < grid.width; col0 += T) {
      const width = Math.min(T, grid.width - col0), height = Math.min(T, grid.height - row0);
      const rsrpDbm = new Float32Array(width * height), inside = new Uint8Array(width * height);
      for (let r = 0; r < height; r++) {
        const from = (row0 + r) * grid.width + col0;
        rsrpDbm.set(raster.rsrpDbm.subarray(from, from + width), r * width);
        inside.set(raster.inside.subarray(from, from + width), r * width);
      }
      tiles.put({ row0, col0, width, height, rsrpDbm, inside });
    }
  }
  layout.finish();
}
