// The lon/lat box of the regions shown: the map's frame, the region's pixel size, the relief's
// extent and the partial-DEM check all start from it.
import type { Region } from '../engine/model/dataset.ts';

/** [west, south, east, north] of the regions, grown by `marginDeg` on every side (Infinity-wide when none). */
export function regionsBox(regions: Region[], marginDeg = 0): [number, number, number, number] {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const r of regions) {
    const polys = r.geometry.type === 'Polygon' ? [r.geometry.coordinates] : r.geometry.coordinates;
    for (const ring of polys.flat()) for (const [lon, lat] of ring) { w = Math.min(w, lon); e = Math.max(e, lon); s = Math.min(s, lat); n = Math.max(n, lat); }
  }
  return [w - marginDeg, s - marginDeg, e + marginDeg, n + marginDeg];
}
