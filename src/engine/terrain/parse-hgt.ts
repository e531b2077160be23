/**
 * SRTM .hgt tiles: big-endian Int16 samples, 1201 x 1201 (3 arc-seconds) or 3601 x 3601
 * (1 arc-second), covering one degree whose south-west corner the file name gives
 * (N34E113.hgt: 34-35 N, 113-114 E); -32768 is a hole.
 */
import type { DemGrid } from './dem-grid.ts';

const HGT_VOID = -32768;

export function parseHgt(bytes: Uint8Array, name: string): DemGrid {
  const m = /([NS])(\d{1,2})([EW])(\d{1,3})[^/\\]*\.hgt$/i.exec(name);
  if (!m) throw new RangeError(`${name}: an SRTM .hgt file must be named after its south-west corner, e.g. N34E113.hgt`);
  const side = Math.round(Math.sqrt(bytes.length / 2));
  if (side * side * 2 !== bytes.length || (side !== 1201 && side !== 3601)) {
    throw new RangeError(`${name}: ${bytes.length} bytes is not an SRTM tile (1201 x 1201 or 3601 x 3601 Int16 samples)`);
  }
  const lat = (m[1].toUpperCase() === 'N' ? 1 : -1) * Number(m[2]);
  const lon = (m[3].toUpperCase() === 'E' ? 1 : -1) * Number(m[4]);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const heightsM = new Float32Array(side * side);
  for (let i = 0; i < heightsM.length; i++) {
    const v = view.getInt16(2 * i, false);
    heightsM[i] = v === HGT_VOID ? NaN : v;
  }
  const step = 1 / (side - 1);
  return { name, lon0: lon, lat0: lat + 1, dLonDeg: step, dLatDeg: step, width: side, height: side, heightsM };
}
