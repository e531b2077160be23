// Holes (contract section 3): 4-connected uncovered pixels inside an area, largest first, with
// sizes from the pixel count and outlines traced around the right pixels. Hand-made grids only.
import { describe, expect, it } from 'vitest';
import { holeToMultiPolygon, summarizeAreaCoverage } from '../../../src/engine/coverage/holes.ts';
import { gridProjection } from '../../../src/engine/geo/projection.ts';
import { block, makeGrid, makeRaster } from '../../fixtures/fake-raster.ts';

const grid = makeGrid(20, 20, 10); // 20 x 20 pixels of 10 m: 100 m2 = 1e-4 km2 each
const all = Array.from({ length: 400 }, (_, i) => i);

describe('summarizeAreaCoverage', () => {
  it('finds a 3x3 blob and two diagonal single pixels as three holes, largest first', () => {
    // (15,15) and (16,16) touch only at a corner: not 4-connected, so two holes.
    const r = makeRaster(grid, [...block(5, 5, 7, 7), [15, 15], [16, 16]]);
    const s = summarizeAreaCoverage(grid, r.covered, all);
    expect(s.pixels).toBe(400);
    expect(s.coveredPixels).toBe(389);
    expect(s.coveredShare).toBeCloseTo(389 / 400, 12);
    expect(s.holes.map((h) => h.pixels.length)).toEqual([9, 1, 1]);
    expect(s.holes[0].areaKm2).toBeCloseTo(9e-4, 12);
    expect(s.holes[0]).toMatchObject({ minCol: 5, maxCol: 7, minRow: 5, maxRow: 7 });
    expect(s.holes[1].pixels).toEqual([15 * 20 + 15]);
  });
  it('joins a U shape whose arms only meet at the bottom (union-find merges labels)', () => {
    const u: [number, number][] = [[2, 2], [2, 3], [2, 4], [4, 2], [4, 3], [4, 4], [3, 4]];
    const s = summarizeAreaCoverage(grid, makeRaster(grid, u).covered, all);
    expect(s.holes).toHaveLength(1);
    expect(s.holes[0].pixels.length).toBe(7);
  });
  it('does not join across the grid edge (col 19 of one row and col 0 of the next)', () => {
    const s = summarizeAreaCoverage(grid, makeRaster(grid, [[19, 3], [0, 4]]).covered, all);
    expect(s.holes).toHaveLength(2);
  });
  it('counts only the area\'s own pixels: a blob half outside the area is cut at its edge', () => {
    const area = block(0, 0, 5, 19).map(([c, r]) => r * 20 + c); // cols 0..5
    const s = summarizeAreaCoverage(grid, makeRaster(grid, block(4, 4, 8, 6)).covered, area);
    expect(s.pixels).toBe(120);
    expect(s.holes[0].pixels.length).toBe(6); // cols 4,5 x rows 4..6
  });
  it('an empty area has share null and no holes', () => {
    const s = summarizeAreaCoverage(grid, makeRaster(grid, []).covered, []);
    expect(s).toMatchObject({ pixels: 0, coveredShare: null, holes: [] });
  });
  it('handles a fully uncovered 200x200 area without recursion', () => {
    const big = makeGrid(200, 200, 10);
    const r = makeRaster(big, block(0, 0, 199, 199));
    const s = summarizeAreaCoverage(big, r.covered, Array.from({ length: 40000 }, (_, i) => i));
    expect(s.holes).toHaveLength(1);
    expect(s.holes[0].areaKm2).toBeCloseTo(4, 9);
  });
});

describe('holeToMultiPolygon', () => {
  it('outlines the 3x3 blob where it is: projected back, within its pixel edges, touching all four', () => {
    const r = makeRaster(grid, block(5, 5, 7, 7));
    const [hole] = summarizeAreaCoverage(grid, r.covered, all).holes;
    const geom = holeToMultiPolygon(grid, hole);
    expect(geom.type).toBe('MultiPolygon');
    const proj = gridProjection(grid.centerLonLat);
    const xy = geom.coordinates[0][0].map((p) => proj(p as [number, number])!);
    const xs = xy.map((p) => p[0]), ys = xy.map((p) => p[1]);
    // Pixel edges of cols/rows 5..7: x0 + 5*10 = -50 .. x0 + 8*10 = -20 (same for y, y grows south).
    expect(Math.min(...xs)).toBeCloseTo(-50, 1);
    expect(Math.max(...xs)).toBeCloseTo(-20, 1);
    expect(Math.min(...ys)).toBeCloseTo(-50, 1);
    expect(Math.max(...ys)).toBeCloseTo(-20, 1);
    const ring = geom.coordinates[0][0];
    expect(ring[0]).toEqual(ring[ring.length - 1]);
  });
});
