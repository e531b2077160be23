/**
 * The bytes of a tiled GeoTIFF (contract section 9): one band of Float32 in EPSG:4326, square
 * tiles of TILE_PX pixels (edge tiles padded with nodata, as TIFF 6.0 section 15 requires),
 * each tile deflated or stored. The writer streams: header, then tiles as they come, then the
 * directory (IFD) at the end, whose offset is patched into the header. Classic TIFF: the file
 * must stay under 4 GiB.
 */
import type { LonLatFrame } from './lonlat-raster.ts';

export const TIFF_TILE_PX = 256;
const SHORT = 3, LONG = 4, ASCII = 2, DOUBLE = 12;

export interface TiledTiffMeta extends LonLatFrame {
  nodata: number;
  /** 8 = deflate (zlib), 1 = none. */
  compression: 1 | 8;
}

export const tilesAcross = (m: LonLatFrame) => Math.ceil(m.width / TIFF_TILE_PX);
export const tilesDown = (m: LonLatFrame) => Math.ceil(m.height / TIFF_TILE_PX);

/** "II", 42, offset of the first IFD. */
export function tiffHeader(ifdOffset: number): Uint8Array {
  const b = new Uint8Array(8), v = new DataView(b.buffer);
  b[0] = 0x49; b[1] = 0x49;
  v.setUint16(2, 42, true);
  v.setUint32(4, ifdOffset, true);
  return b;
}

/** A tile's samples as little-endian bytes (TIFF byte order "II"). */
export function tileBytes(values: Float32Array): Uint8Array {
  const out = new Uint8Array(values.length * 4), v = new DataView(out.buffer);
  for (let i = 0; i < values.length; i++) v.setFloat32(4 * i, values[i], true);
  return out;
}

type Entry = [tag: number, type: number, values: number[] | string];

/** The image file directory for tiles already written at `offsets` with `byteCounts`; it will sit at `ifdOffset`. */
export function tiffDirectory(meta: TiledTiffMeta, offsets: number[], byteCounts: number[], ifdOffset: number): Uint8Array {
  const entries: Entry[] = [
    [256, LONG, [meta.width]], [257, LONG, [meta.height]], [258, SHORT, [32]], [259, SHORT, [meta.compression]],
    [262, SHORT, [1]], [277, SHORT, [1]], [284, SHORT, [1]], [322, SHORT, [TIFF_TILE_PX]], [323, SHORT, [TIFF_TILE_PX]],
    [324, LONG, offsets], [325, LONG, byteCounts], [339, SHORT, [3]],
    [33550, DOUBLE, [meta.dLon, meta.dLat, 0]], [33922, DOUBLE, [0, 0, 0, meta.west, meta.north, 0]],
    // GeoKeyDirectory: version 1.1.0, 3 keys: GTModelType geographic, RasterType PixelIsArea, GeographicType WGS 84.
    [34735, SHORT, [1, 1, 0, 3, 1024, 0, 1, 2, 1025, 0, 1, 1, 2048, 0, 1, 4326]],
    [42113, ASCII, `${meta.nodata}\0`],
  ];
  const size = (t: number) => (t === SHORT ? 2 : t === DOUBLE ? 8 : t === ASCII ? 1 : 4);
  const count = (e: Entry) => e[2].length;
  const dirBytes = 2 + 12 * entries.length + 4;
  const extraBytes = entries.reduce((n, e) => { const b = size(e[1]) * count(e); return n + (b > 4 ? b + (b % 2) : 0); }, 0);
  const out = new Uint8Array(dirBytes + extraBytes), v = new DataView(out.buffer);
  v.setUint16(0, entries.length, true);
  let extra = dirBytes;
  entries.forEach((e, k) => {
    const [tag, type, values] = e, at = 2 + 12 * k, bytes = size(type) * count(e);
    v.setUint16(at, tag, true); v.setUint16(at + 2, type, true); v.setUint32(at + 4, count(e), true);
    let p = bytes > 4 ? extra : at + 8;
    if (bytes > 4) { v.setUint32(at + 8, ifdOffset + extra, true); extra += bytes + (bytes % 2); }
    for (let i = 0; i < count(e); i++, p += size(type)) {
      if (typeof values === 'string') out[p] = values.charCodeAt(i);
      else if (type === SHORT) v.setUint16(p, values[i], true);
      else if (type === LONG) v.setUint32(p, values[i], true);
      else v.setFloat64(p, values[i], true);
    }
  });
  v.setUint32(dirBytes - 4, 0, true); // no next IFD
  return out;
}

/**
 * Where each part of a tiled GeoTIFF goes as it is written tile by tile (compressed tiles in
 * row-major order): tiles follow the 8-byte header, the directory goes last, and the header,
 * which points at the directory, is written last of all (at byte 0). `write` puts bytes at a
 * position: a file (the CLI) or a list of Blob parts whose first part is the header (the app).
 */
export class TiledTiffLayout {
  private offset = 8;
  private offsets: number[] = [];
  private byteCounts: number[] = [];

  constructor(private meta: TiledTiffMeta, private write: (bytes: Uint8Array, position: number) => void) {}

  /** The next tile, already compressed as meta.compression says. */
  writeTile(bytes: Uint8Array): void {
    this.put(bytes);
    this.offsets.push(this.offset - bytes.length);
    this.byteCounts.push(bytes.length);
  }

  /** Directory at the end (word-aligned), then the header. */
  finish(): void {
    if (this.offsets.length !== tilesAcross(this.meta) * tilesDown(this.meta)) throw new Error(`GeoTIFF: ${this.offsets.length} tiles written of ${tilesAcross(this.meta) * tilesDown(this.meta)}`);
    if (this.offset % 2) this.put(new Uint8Array(1));
    const ifdOffset = this.offset;
    this.put(tiffDirectory(this.meta, this.offsets, this.byteCounts, ifdOffset));
    this.write(tiffHeader(ifdOffset), 0);
  }

  private put(bytes: Uint8Array): void {
    // Classic TIFF addresses bytes with 32-bit offsets.
    if (this.offset + bytes.length > 2 ** 32 - 1) throw new RangeError('the GeoTIFF would pass 4 GiB; use coarser pixels or a smaller area');
    this.write(bytes, this.offset);
    this.offset += bytes.length;
  }
}
