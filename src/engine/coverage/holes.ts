/**
 * Coverage holes of one target area (contract section 3): a hole is a 4-connected set of
 * uncovered pixels inside the area. Components are found with an iterative union-find over the
 * area's own pixel list (no recursion, no full-grid scratch), sizes in km2 from the equal-area
 * grid, largest first. Outlines come from d3-contour (threshold 0.5 over a 0/1 window around the
 * hole) and go back to [lon, lat] through the grid's projection; marching squares cuts the
 * outline's corners by half a pixel, so the outline is a drawing, the areaKm2 is the pixel count.
 */
import type { MultiPolygon } from 'geojson';
import { pixelAreaKm2, type GridSpec } from '../geo/grid.ts';
import { maskToMultiPolygon } from '../geo/mask-polygons.ts';

export interface Hole {
  /** Pixel indices (row * width + col), ascending. */
  pixels: number[];
  areaKm2: number;
  /** Inclusive pixel bounds. */
  minCol: number;
  minRow: number;
  maxCol: number;
  maxRow: number;
}

export interface AreaCoverageSummary {
  pixels: number;
  coveredPixels: number;
  /** Covered pixels / area pixels; null for an area smaller than one pixel. */
  coveredShare: number | null;
  /** Largest first (ties: lowest first pixel index first, so the order is deterministic). */
  holes: Hole[];
}

function find(parent: Int32Array, i: number): number {
  let root = i;
  while (parent[root] !== root) root = parent[root];
  while (parent[i] !== root) {
    const next = parent[i];
    parent[i] = root;
    i = next;
  }
  return root;
}

/** The area's covered share and holes; `areaPixels` as rasterizeGeometry gives them. */
export function summarizeAreaCoverage(grid: GridSpec, covered: Uint8Array, areaPixels: ArrayLike<number>): AreaCoverageSummary {
  const uncovered: number[] = [];
  for (let i = 0; i < areaPixels.length; i++) if (!covered[areaPixels[i]]) uncovered.push(areaPixels[i]);
  uncovered.sort((a, b) => a - b);
  const position = new Map<number, number>();
  uncovered.forEach((p, i) => position.set(p, i));
  const parent = Int32Array.from(uncovered, (_, i) => i);
  const union = (a: number, b: number) => {
    const ra = find(parent, a), rb = find(parent, b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  uncovered.forEach((p, i) => {
    const left = p % grid.width > 0 ? position.get(p - 1) : undefined;
    const up = p >= grid.width ? position.get(p - grid.width) : undefined;
    if (left !== undefined) union(i, left);
    if (up !== undefined) union(i, up);
  });
  const byRoot = new Map<number, Hole>();
  const cellKm2 = pixelAreaKm2(grid);
  uncovered.forEach((p, i) => {
    const root = find(parent, i);
    const col = p % grid.width, row = Math.floor(p / grid.width);
    let hole = byRoot.get(root);
    if (!hole) {
      hole = { pixels: [], areaKm2: 0, minCol: col, minRow: row, maxCol: col, maxRow: row };
      byRoot.set(root, hole);
    }
    hole.pixels.push(p);
    hole.minCol = Math.min(hole.minCol, col);
    hole.maxCol = Math.max(hole.maxCol, col);
    // Pixels arrive in ascending index order, so rows never decrease.
    hole.maxRow = row;
  });
  const holes = [...byRoot.values()];
  for (const h of holes) h.areaKm2 = h.pixels.length * cellKm2;
  holes.sort((a, b) => b.pixels.length - a.pixels.length || a.pixels[0] - b.pixels[0]);
  const n = areaPixels.length;
  return { pixels: n, coveredPixels: n - uncovered.length, coveredShare: n ? (n - uncovered.length) / n : null, holes };
}

/** The hole's outline as a [lon, lat] MultiPolygon (rings closed, GeoJSON orientation not enforced). */
export function holeToMultiPolygon(grid: GridSpec, hole: Hole): MultiPolygon {
  // One empty pixel of margin so the contour closes around pixels on the window's edge.
  const col0 = hole.minCol - 1, row0 = hole.minRow - 1;
  const w = hole.maxCol - hole.minCol + 3, h = hole.maxRow - hole.minRow + 3;
  const values = new Uint8Array(w * h);
  for (const p of hole.pixels) values[(Math.floor(p / grid.width) - row0) * w + (p % grid.width) - col0] = 1;
  return maskToMultiPolygon(grid, values, col0, row0, w, h);
}
