/**
 * A labelled raster mask stored as runs per row (run-length encoding): which region, or which
 * settlement area, each pixel belongs to, in memory proportional to the boundaries' length
 * instead of the pixel count (a province at 25 m is 267 million pixels but a few hundred
 * thousand runs). Built from projected rings by the same scanline rule as rasterize.ts, later
 * shapes winning where shapes overlap, so it holds exactly what painting the shapes in order
 * into a full raster would.
 */
import type { GridSpec } from './grid.ts';
import { scanRings } from './rasterize.ts';

export interface RunMask {
  width: number;
  height: number;
  /** Value of pixels no run covers. */
  background: number;
  /** Runs of row r are rowStart[r] .. rowStart[r + 1] - 1, ascending and disjoint. */
  rowStart: Int32Array;
  colStart: Int32Array;
  colEnd: Int32Array;
  value: Int32Array;
}

/** Shapes in painting order (shape k gets value k + valueOffset), over `background`. */
export function buildRunMask(grid: GridSpec, shapes: Float64Array[][], background: number, valueOffset = 0): RunMask {
  // Runs as painted, bucketed by row: [colStart, colEnd, value] triples in painting order.
  const painted: number[][] = Array.from({ length: grid.height }, () => []);
  shapes.forEach((rings, k) => scanRings(grid, rings, (row, c0, c1) => painted[row].push(c0, c1, k + valueOffset)));
  const rowStart = new Int32Array(grid.height + 1);
  const cs: number[] = [], ce: number[] = [], vs: number[] = [];
  for (let row = 0; row < grid.height; row++) {
    rowStart[row] = cs.length;
    const runs = painted[row];
    if (runs.length) resolveRow(runs, background, cs, ce, vs);
    painted[row] = [];
  }
  rowStart[grid.height] = cs.length;
  return { width: grid.width, height: grid.height, background, rowStart, colStart: Int32Array.from(cs), colEnd: Int32Array.from(ce), value: Int32Array.from(vs) };
}

/**
 * Later runs overwrite earlier ones. Usually the row's runs do not overlap and are only sorted;
 * otherwise the row is cut at every run edge and each piece keeps its last painter.
 */
function resolveRow(runs: number[], background: number, cs: number[], ce: number[], vs: number[]): void {
  const first = cs.length;
  const push = (a: number, b: number, v: number) => {
    if (v === background || b <= a) return;
    const last = cs.length - 1;
    // Merge with the previous piece of this row when it continues it with the same value.
    if (last >= first && ce[last] === a && vs[last] === v) ce[last] = b;
    else { cs.push(a); ce.push(b); vs.push(v); }
  };
  const order = Array.from({ length: runs.length / 3 }, (_, i) => 3 * i).sort((i, j) => runs[i] - runs[j] || i - j);
  let disjoint = true;
  for (let k = 1; k < order.length; k++) if (runs[order[k]] < runs[order[k - 1] + 1]) { disjoint = false; break; }
  if (disjoint) {
    for (const i of order) push(runs[i], runs[i + 1], runs[i + 2]);
    return;
  }
  const cuts = [...new Set(runs.filter((_, i) => i % 3 !== 2))].sort((a, b) => a - b);
  for (let k = 0; k + 1 < cuts.length; k++) {
    const a = cuts[k], b = cuts[k + 1];
    let v = background;
    for (let i = 0; i < runs.length; i += 3) if (runs[i] <= a && runs[i + 1] >= b) v = runs[i + 2];
    push(a, b, v);
  }
}

/**
 * 1 where the mask's value is not 0 over the window [col0, col0 + w) x [row0, row0 + h), else 0,
 * into `out` (row-major, w wide), run by run; returns the smallest [rowLo, rowHi, colLo, colHi]
 * (window coordinates, inclusive) holding those pixels, or null. For a mask whose background is 0.
 */
export function decodeRunWindowNonZero(mask: RunMask, col0: number, row0: number, w: number, h: number, out: Uint8Array): [number, number, number, number] | null {
  if (mask.background !== 0) throw new RangeError('decodeRunWindowNonZero: the mask\'s background is not 0');
  out.fill(0, 0, w * h);
  let r0 = h, r1 = -1, c0 = w, c1 = -1;
  for (let r = 0; r < h; r++) {
    const row = row0 + r;
    for (let i = mask.rowStart[row]; i < mask.rowStart[row + 1]; i++) {
      const a = Math.max(col0, mask.colStart[i]), b = Math.min(col0 + w, mask.colEnd[i]);
      if (b <= a || mask.value[i] === 0) continue;
      out.fill(1, r * w + a - col0, r * w + b - col0);
      if (r < r0) r0 = r;
      r1 = r;
      if (a - col0 < c0) c0 = a - col0;
      if (b - 1 - col0 > c1) c1 = b - 1 - col0;
    }
  }
  return r1 < 0 ? null : [r0, r1, c0, c1];
}

/** Writes the mask's values over the window [col0, col0 + w) x [row0, row0 + h) into `out` (row-major, w wide). */
export function decodeRunWindow(mask: RunMask, col0: number, row0: number, w: number, h: number, out: Int32Array | Uint16Array): void {
  out.fill(mask.background, 0, w * h);
  for (let r = 0; r < h; r++) {
    const row = row0 + r;
    for (let i = mask.rowStart[row]; i < mask.rowStart[row + 1]; i++) {
      const a = Math.max(col0, mask.colStart[i]), b = Math.min(col0 + w, mask.colEnd[i]);
      if (b > a) out.fill(mask.value[i], r * w + a - col0, r * w + b - col0);
    }
  }
}

/** The whole mask as a full raster (for callers that need every pixel at once, e.g. planning). */
export function decodeRunMask(mask: RunMask, out: Int32Array | Uint16Array): void {
  decodeRunWindow(mask, 0, 0, mask.width, mask.height, out);
}
