/** Run-length masks hold exactly what painting the same shapes in order into a full raster gives. */
import { describe, expect, it } from 'vitest';
import type { GridSpec } from '../../../src/engine/geo/grid.ts';
import { scanRings } from '../../../src/engine/geo/rasterize.ts';
import { buildRunMask, decodeRunMask, decodeRunWindow } from '../../../src/engine/geo/run-mask.ts';

const GRID: GridSpec = { centerLonLat: [115, 35.7], resM: 10, x0M: -500, y0M: -400, width: 100, height: 80 };

/** A ring as projected [x, y, ...] metres: a regular n-gon. */
function polygon(cx: number, cy: number, radiusM: number, n: number, turn = 0): Float64Array {
  return Float64Array.from({ length: 2 * n }, (_, i) => {
    const a = turn + (2 * Math.PI * Math.floor(i / 2)) / n;
    return i % 2 === 0 ? cx + radiusM * Math.cos(a) : cy + radiusM * Math.sin(a);
  });
}

function painted(shapes: Float64Array[][], background: number, offset: number): Int32Array {
  const out = new Int32Array(GRID.width * GRID.height).fill(background);
  shapes.forEach((rings, k) => scanRings(GRID, rings, (row, c0, c1) => out.fill(k + offset, row * GRID.width + c0, row * GRID.width + c1)));
  return out;
}

describe('run masks', () => {
  // Overlapping shapes, one with a hole, one reaching past the grid's edge.
  const shapes = [
    [polygon(-100, -50, 300, 7)],
    [polygon(150, 100, 250, 5, 0.3), polygon(150, 100, 80, 6)],
    [polygon(0, 0, 120, 9, 0.1)],
    [polygon(480, 380, 200, 4)],
  ];

  it('equals painting the shapes in order (later shapes win), with or without overlaps', () => {
    for (const [set, background, offset] of [[shapes, 0, 1], [shapes, -1, 0], [[shapes[3], shapes[2]], -1, 0]] as const) {
      const mask = buildRunMask(GRID, set as Float64Array[][], background, offset);
      const full = new Int32Array(GRID.width * GRID.height);
      decodeRunMask(mask, full);
      expect(Array.from(full)).toEqual(Array.from(painted(set as Float64Array[][], background, offset)));
    }
  });

  it('decodes any window as the same pixels of the full raster', () => {
    const mask = buildRunMask(GRID, shapes, 0, 1);
    const full = painted(shapes, 0, 1);
    const win = new Uint16Array(23 * 17);
    for (const [c0, r0] of [[0, 0], [40, 30], [77, 63]]) {
      decodeRunWindow(mask, c0, r0, 23, 17, win);
      for (let r = 0; r < 17; r++) for (let c = 0; c < 23; c++) expect(win[r * 23 + c]).toBe(full[(r0 + r) * GRID.width + c0 + c]);
    }
  });

  it('stores runs, not pixels', () => {
    const mask = buildRunMask(GRID, shapes, 0, 1);
    expect(mask.value.length).toBeLessThan(4 * GRID.height);
  });
});
