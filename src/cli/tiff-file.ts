/**
 * Writes a tiled GeoTIFF tile by tile (engine/coverage/tiled-geotiff.ts lays out the bytes):
 * tiles are deflated and appended as they come, the directory goes last. Everything goes to a
 * temporary file beside the requested one, renamed only when complete, so a failure (a full
 * disk) leaves no partial file under the requested name.
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { TIFF_TILE_PX, tiffDirectory, tiffHeader, tileBytes, type TiledTiffMeta } from '../engine/coverage/tiled-geotiff.ts';
import type { LonLatFrame } from '../engine/coverage/lonlat-raster.ts';
import { fileWriteError } from './io.ts';
import { UserError } from './user-error.ts';

const MAX_CLASSIC_TIFF_BYTES = 2 ** 32 - 1;


export class TiledTiffFile {
  private fd: number;
  private readonly temp: string;
  private offset = 8;
  private offsets: number[] = [];
  private byteCounts: number[] = [];
  private readonly meta: TiledTiffMeta;

  constructor(private path: string, frame: LonLatFrame, nodata: number) {
    this.meta = { ...frame, nodata, compression: 8 };
    this.temp = `${path}.partial-${process.pid}`;
    try {
      this.fd = openSync(this.temp, 'w');
      writeSync(this.fd, tiffHeader(0), 0, 8, 0);
    } catch (e) {
      this.abort();
      throw fileWriteError(path, e);
    }
  }

  /** The next tile in row-major order: TIFF_TILE_PX x TIFF_TILE_PX samples. */
  writeTile(values: Float32Array): void {
    if (values.length !== TIFF_TILE_PX * TIFF_TILE_PX) throw new Error(`tile of ${values.length} samples`);
    const bytes = deflateSync(tileBytes(values));
    this.write(bytes);
    this.offsets.push(this.offset - bytes.length);
    this.byteCounts.push(bytes.length);
  }

  private write(bytes: Uint8Array): void {
    if (this.offset + bytes.length > MAX_CLASSIC_TIFF_BYTES) {
      this.abort();
      throw new UserError(`${this.path}: the GeoTIFF would pass 4 GiB; use coarser pixels (--res) or a smaller area`);
    }
    try {
      writeSync(this.fd, bytes, 0, bytes.length, this.offset);
    } catch (e) {
      this.abort();
      throw fileWriteError(this.path, e);
    }
    this.offset += bytes.length;
  }

  /** Directory at the end (word-aligned), header patched, file renamed into place. */
  finish(): void {
    if (this.offset % 2) this.write(new Uint8Array(1));
    const ifdOffset = this.offset;
    this.write(tiffDirectory(this.meta, this.offsets, this.byteCounts, ifdOffset));
    try {
      writeSync(this.fd, tiffHeader(ifdOffset), 0, 8, 0);
      closeSync(this.fd);
      this.fd = -1;
      renameSync(this.temp, this.path);
    } catch (e) {
      this.abort();
      throw fileWriteError(this.path, e);
    }
  }

  /** Closes and removes the temporary file (after any failure of the run). */
  abort(): void {
    if (this.fd >= 0) { try { closeSync(this.fd); } catch { /* already closed */ } }
    this.fd = -1;
    rmSync(this.temp, { force: true });
  }
}
