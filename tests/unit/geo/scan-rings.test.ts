/**
 * scanRings with its edge table gives exactly the runs of the plain scanline (every edge tested
 * on every row, the rule written out below): polygons with holes, horizontal edges and vertices
 * exactly on pixel-centre rows, clipped windows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GridSpec } from '../../../src/engine/geo/grid.ts';
import { scanRings } from '../../../src/engine/geo/rasterize.ts';

const GRID: GridSpec = { centerLonLat: [115, 35.7], resM: 10, x0M: -300, y0M: -200, width: 60, height: 40 };

function plainRuns(rings: Float64Array[], rowStart = 0, rowEnd = GRID.height, colMin = 0, colMax = GRID.width): number[] {
  const out: number[] = [];
  for (let row = rowStart; row < rowEnd; row++) {
    const y = GRID.y0M + (row + 0.5) * GRID.resM;
    const xs: number[] = [];
    for (const r of rings) {
      const n = r.length / 2;
      for (let i = 0, j = n - 1; i < n; j = i++) {
        const yi = r[2 * i + 1], yj = r[2 * j + 1];
        if ((yi > y) !== (yj > y)) xs.push(r[2 * i] + ((y - yi) / (yj - yi)) * (r[2 * j] - r[2 * i]));
      }
    }
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const c0 = Math.max(colMin, Math.ceil((xs[k] - GRID.x0M) / GRID.resM - 0.5));
      const c1 = Math.min(colMax, Math.ceil((xs[k + 1] - GRID.x0M) / GRID.resM - 0.5));
      if (c1 > c0) out.push(row, c0, c1);
    }
  }
  return out;
}

const runs = (rings: Float64Array[], ...window: number[]) => {
  const out: number[] = [];
  scanRings(GRID, rings, (row, c0, c1) => out.push(row, c0, c1), ...(window as [number?, number?, number?, number?]));
  return out;
};

// Vertices on a 5 m lattice: many fall exactly on pixel-centre rows (y = -195, -185, ...) or share a y (horizontal edges).
const vertex = fc.tuple(fc.integer({ min: -70, max: 70 }), fc.integer({ min: -50, max: 50 })).map(([x, y]) => [5 * x, 5 * y]);
const ring = fc.array(vertex, { minLength: 3, maxLength: 12 }).map((ps) => Float64Array.from(ps.flat()));

describe('scanRings', () => {
  it("gives the plain scanline's runs for any rings, whole grid or a window", () => {
    fc.assert(fc.property(fc.array(ring, { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 30 }), (rings, r0, c0) => {
      expect(runs(rings)).toEqual(plainRuns(rings));
      expect(runs(rings, r0, r0 + 15, c0, c0 + 25)).toEqual(plainRuns(rings, r0, r0 + 15, c0, c0 + 25));
    }), { seed: 15, numRuns: 400 });
  });
});
