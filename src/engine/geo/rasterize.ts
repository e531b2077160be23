/**
 * Polygon -> pixels by scanline with the even-odd rule (holes and multipolygons included):
 * a pixel belongs to a polygon when its centre lies inside. Works on projected rings so the
 * same polygon gives the same pixels in any tiling.
 */
import type { GridSpec } from './grid.ts';
import { gridProjection, projectRings, ringsBounds } from './projection.ts';
import type { AreaGeometry } from '../model/dataset.ts';

/**
 * Calls visit(row, colStart, colEndExclusive) for every run of pixel centres inside the rings, rows rowStart..rowEnd-1.
 * Each row looks only at the edges that may cross it (an edge table bucketed by row, a row of
 * slack either side), then applies the exact crossing test: the same runs as testing every edge
 * on every row, in time proportional to the edges plus the crossings.
 */
export function scanRings(
  grid: GridSpec, rings: Float64Array[], visit: (row: number, colStart: number, colEnd: number) => void,
  rowStart = 0, rowEnd = grid.height, colMin = 0, colMax = grid.width,
): void {
  // Only the rows the rings span: small settlement areas would otherwise scan the whole grid.
  const [, minY, , maxY] = ringsBounds(rings);
  rowStart = Math.max(rowStart, Math.floor((minY - grid.y0M) / grid.resM - 0.5));
  rowEnd = Math.min(rowEnd, Math.ceil((maxY - grid.y0M) / grid.resM + 0.5));
  if (rowEnd <= rowStart) return;
  const rowOf = (y: number) => (y - grid.y0M) / grid.resM - 0.5;
  // Edges (x_i, y_i, x_j, y_j) as the crossing test reads them, bucketed by their first candidate row.
  const edges: number[] = [], lastRow: number[] = [];
  const starts: number[][] = Array.from({ length: rowEnd - rowStart }, () => []);
  for (const r of rings) {
    const n = r.length / 2;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const yi = r[2 * i + 1], yj = r[2 * j + 1];
      if (yi === yj) continue; // never crosses a scanline
      const first = Math.max(rowStart, Math.floor(rowOf(Math.min(yi, yj))) - 1);
      const last = Math.min(rowEnd - 1, Math.ceil(rowOf(Math.max(yi, yj))) + 1);
      if (last < first) continue;
      const e = lastRow.length;
      edges.push(r[2 * i], yi, r[2 * j], yj);
      lastRow.push(last);
      starts[first - rowStart].push(e);
    }
  }
  const xs: number[] = [];
  const active: number[] = [];
  for (let row = rowStart; row < rowEnd; row++) {
    const y = grid.y0M + (row + 0.5) * grid.resM;
    for (const e of starts[row - rowStart]) active.push(e);
    xs.length = 0;
    let kept = 0;
    for (const e of active) {
      if (lastRow[e] < row) continue;
      active[kept++] = e;
      const xi = edges[4 * e], yi = edges[4 * e + 1], xj = edges[4 * e + 2], yj = edges[4 * e + 3];
      // Half-open rule: a vertex exactly on the scanline is counted once.
      if ((yi > y) !== (yj > y)) xs.push(xi + ((y - yi) / (yj - yi)) * (xj - xi));
    }
    active.length = kept;
    if (xs.length < 2) continue;
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      // Pixel centre x = x0 + (col + 0.5) res lies in [xs[k], xs[k+1]).
      const c0 = Math.max(colMin, Math.ceil((xs[k] - grid.x0M) / grid.resM - 0.5));
      const c1 = Math.min(colMax, Math.ceil((xs[k + 1] - grid.x0M) / grid.resM - 0.5));
      if (c1 > c0) visit(row, c0, c1);
    }
  }
}

// The last grid centre's projection: areas are rasterized one after another on one grid.
let lastCentre: [number, number] | null = null;
let lastProjection: ReturnType<typeof gridProjection> | null = null;

export function projectGeometryForGrid(grid: GridSpec, geometry: AreaGeometry): Float64Array[] {
  if (!lastProjection || lastCentre![0] !== grid.centerLonLat[0] || lastCentre![1] !== grid.centerLonLat[1]) {
    lastCentre = [grid.centerLonLat[0], grid.centerLonLat[1]];
    lastProjection = gridProjection(lastCentre);
  }
  const projection = lastProjection;
  return projectRings(geometry, (p) => projection(p) as [number, number] | null);
}

/**
 * The pixel window [col0, row0, width, height] of rasterizeGeometry's pixels (null for none),
 * from the scanline's runs alone: no pixel list is built.
 */
export function rasterBounds(grid: GridSpec, geometry: AreaGeometry): [number, number, number, number] | null {
  let r0 = Infinity, r1 = -1, c0 = Infinity, c1 = -1;
  scanRings(grid, projectGeometryForGrid(grid, geometry), (row, a, b) => {
    if (row < r0) r0 = row;
    if (row > r1) r1 = row;
    if (a < c0) c0 = a;
    if (b - 1 > c1) c1 = b - 1;
  });
  return r1 < 0 ? null : [c0, r0, c1 - c0 + 1, r1 - r0 + 1];
}

/** Indices (row * width + col) of the pixels whose centre lies inside the geometry, ascending. */
export function rasterizeGeometry(grid: GridSpec, geometry: AreaGeometry): Uint32Array {
  const out: number[] = [];
  scanRings(grid, projectGeometryForGrid(grid, geometry), (row, c0, c1) => {
    for (let c = c0; c < c1; c++) out.push(row * grid.width + c);
  });
  return Uint32Array.from(out);
}
