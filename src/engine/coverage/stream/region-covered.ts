/**
 * The covered area of a streamed run, built per region (`coverage --out`): each region's
 * window of the covered mask, cut to the region's own pixels, traced into a MultiPolygon when
 * its last tile arrives. Their union is the covered area of the whole study area.
 */
import type { MultiPolygon } from 'geojson';
import type { GridSpec } from '../../geo/grid.ts';
import { maskToMultiPolygon } from '../../geo/mask-polygons.ts';
import { decodeRunWindow, type RunMask } from '../../geo/run-mask.ts';
import type { AreaWindow } from '../area-report.ts';

/** [col0, row0, width, height] of each region slot 1..slots (index slot - 1), null for a region without pixels. */
export function regionWindowBounds(regionRuns: RunMask, slots: number): ([number, number, number, number] | null)[] {
  const c0 = new Array(slots).fill(Infinity), c1 = new Array(slots).fill(-1), r0 = new Array(slots).fill(Infinity), r1 = new Array(slots).fill(-1);
  const widen = (k: number, a: number, b: number, row: number) => {
    c0[k] = Math.min(c0[k], a); c1[k] = Math.max(c1[k], b); r0[k] = Math.min(r0[k], row); r1[k] = Math.max(r1[k], row);
  };
  for (let row = 0; row < regionRuns.height; row++) {
    if (regionRuns.background > 0) widen(regionRuns.background - 1, 0, regionRuns.width, row);
    for (let i = regionRuns.rowStart[row]; i < regionRuns.rowStart[row + 1]; i++) widen(regionRuns.value[i] - 1, regionRuns.colStart[i], regionRuns.colEnd[i], row);
  }
  return c0.map((c, k) => (r1[k] < 0 ? null : [c, r0[k], c1[k] - c, r1[k] - r0[k] + 1]));
}

/** Covered pixels of region slot `slot` in its window, as [lon, lat] polygons. */
export function regionCoveredPolygon(grid: GridSpec, regionRuns: RunMask, slot: number, win: AreaWindow): MultiPolygon {
  const [c0, r0, w, h] = win.bounds;
  const region = new Int32Array(w * h);
  decodeRunWindow(regionRuns, c0, r0, w, h, region);
  // One empty pixel of margin so shapes on the window's edge close.
  const values = new Uint8Array((w + 2) * (h + 2));
  for (let r = 0; r < h; r++) for (let c = 0; c < w; c++) values[(r + 1) * (w + 2) + c + 1] = region[r * w + c] === slot ? win.covered[r * w + c] : 0;
  return maskToMultiPolygon(grid, values, c0 - 1, r0 - 1, w + 2, h + 2);
}
