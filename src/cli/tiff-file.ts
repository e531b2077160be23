/**
 * Writes a tiled GeoTIFF tile by tile (engine/coverage/tiled-geotiff.ts lays out the bytes):
 * tiles are deflated and appended as they come, the directory goes last. Everything goes to a
 * temporary file beside the requested one, renamed only when complete, so a failure (a full
 * disk) leaves no partial file under the requested name.
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { TIFF_TILE_PX, TiledTiffLayout, tileBytes } from '../engine/coverage/tiled-geotiff.ts';
import type { LonLatFrame } from '../engine/coverage/lonlat-raster.ts';
import { fileWriteError } from './io.ts';
import { UserError } from './user-error.ts';

export class TiledTiffFile {
  private fd = -1;
  private readonly temp: string;
  private readonly layout: TiledTiffLayout;

  constructor(private path: string, frame: LonLatFrame, nodata: number) {
    this.temp = `${path}.partial-${process.pid}`;
    this.layout = new TiledTiffLayout({ ...frame, nodata, compression: 8 }, (bytes, position) => writeSync(this.fd, bytes, 0, bytes.length, position));
    this.guard(() => { this.fd = openSync(this.temp, 'w'); });
  }

  /** The next tile in row-major order: TIFF_TILE_PX x TIFF_TILE_PX samples. */
  writeTile(values: Float32Array): void {
    if (values.length !== TIFF_TILE_PX * TIFF_TILE_PX) throw new Error(`tile of ${values.length} samples`);
    this.guard(() => this.layout.writeTile(deflateSync(tileBytes(values))));
  }

  /** Directory and header written, file renamed into place. */
  finish(): void {
    this.guard(() => {
      this.layout.finish();
      closeSync(this.fd);
      this.fd = -1;
      renameSync(this.temp, this.path);
    });
  }

  /** Closes and removes the temporary file (after any failure of the run). */
  abort(): void {
    if (this.fd >= 0) { try { closeSync(this.fd); } catch { /* already closed */ } }
    this.fd = -1;
    rmSync(this.temp, { force: true });
  }

  /** Any failure: the temporary file goes, and the message names the requested file. */
  private guard(step: () => void): void {
    try {
      step();
    } catch (e) {
      this.abort();
      if (e instanceof RangeError) throw new UserError(`${this.path}: ${e.message} (--res)`);
      throw fileWriteError(this.path, e);
    }
  }
}
