// A small PMTiles v3 writer (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md):
// the 127-byte header, one root directory (no leaf directories, so archives up to a few thousand
// tiles), the metadata JSON, then the tiles in tile-id order. Used to make the test fixtures of
// the app's local .pmtiles basemap; tile ids come from the pmtiles library itself.
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

export type PmtilesTileType = 'mvt' | 'png';

export interface PmtilesInput {
  tileType: PmtilesTileType;
  /** Tile bytes as stored (MVT gzipped here, so tile compression is gzip; PNG as is). */
  tiles: { z: number; x: number; y: number; bytes: Uint8Array }[];
  metadata: Record<string, unknown>;
  /** lon/lat box [w, s, e, n]. */
  bounds: [number, number, number, number];
}

const HEADER_BYTES = 127;
const TILE_TYPE = { mvt: 1, png: 2 } as const;
const COMPRESSION = { none: 1, gzip: 2 } as const;

function varints(values: number[]): number[] {
  const out: number[] = [];
  for (let v of values) {
    while (v >= 0x80) { out.push((v % 0x80) | 0x80); v = Math.floor(v / 0x80); }
    out.push(v);
  }
  return out;
}

/** Directory entries: count, tile-id deltas, run lengths, lengths, offsets (0 = right after the previous). */
function directory(entries: { tileId: number; offset: number; length: number }[]): Uint8Array {
  const ids = entries.map((e, i) => e.tileId - (i ? entries[i - 1].tileId : 0));
  const offsets = entries.map((e, i) => (i && e.offset === entries[i - 1].offset + entries[i - 1].length ? 0 : e.offset + 1));
  return Uint8Array.from(varints([entries.length, ...ids, ...entries.map(() => 1), ...entries.map((e) => e.length), ...offsets]));
}

export function writePmtiles(input: PmtilesInput): Uint8Array {
  const tiles = input.tiles.map((t) => ({ ...t, tileId: zxyToTileId(t.z, t.x, t.y) })).sort((a, b) => a.tileId - b.tileId);
  let offset = 0;
  const entries = tiles.map((t) => { const e = { tileId: t.tileId, offset, length: t.bytes.length }; offset += t.bytes.length; return e; });
  const root = gzipSync(directory(entries));
  const meta = gzipSync(Buffer.from(JSON.stringify(input.metadata)));
  const rootOffset = HEADER_BYTES, metaOffset = rootOffset + root.length, dataOffset = metaOffset + meta.length;
  const out = new Uint8Array(dataOffset + offset);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode('PMTiles'), 0);
  out[7] = 3;
  const u64 = (at: number, v: number) => view.setBigUint64(at, BigInt(v), true);
  u64(8, rootOffset); u64(16, root.length);
  u64(24, metaOffset); u64(32, meta.length);
  u64(40, 0); u64(48, 0);
  u64(56, dataOffset); u64(64, offset);
  u64(72, tiles.length); u64(80, tiles.length); u64(88, tiles.length);
  out[96] = 1; // clustered: tiles in tile-id order
  out[97] = COMPRESSION.gzip;
  out[98] = input.tileType === 'mvt' ? COMPRESSION.gzip : COMPRESSION.none;
  out[99] = TILE_TYPE[input.tileType];
  const zooms = tiles.map((t) => t.z);
  out[100] = Math.min(...zooms); out[101] = Math.max(...zooms);
  const e7 = (at: number, deg: number) => view.setInt32(at, Math.round(deg * 1e7), true);
  const [w, s, e, n] = input.bounds;
  e7(102, w); e7(106, s); e7(110, e); e7(114, n);
  out[118] = out[100];
  e7(119, (w + e) / 2); e7(123, (s + n) / 2);
  out.set(root, rootOffset); out.set(meta, metaOffset);
  let at = dataOffset;
  for (const t of tiles) { out.set(t.bytes, at); at += t.bytes.length; }
  return out;
}
