/**
 * rasterBounds gives the window of rasterizeGeometry's pixels (areaWindowBounds of them) without
 * listing the pixels: random polygons with holes, multipolygons, shapes past the grid's edge and
 * shapes between pixel centres (no pixel: null).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Polygon, Position } from 'geojson';
import type { GridSpec } from '../../../src/engine/geo/grid.ts';
import { rasterBounds, rasterizeGeometry } from '../../../src/engine/geo/rasterize.ts';
import { areaWindowBounds } from '../../../src/engine/coverage/area-report.ts';

const GRID: GridSpec = { centerLonLat: [115, 35.7], resM: 50, x0M: -2000, y0M: -1500, width: 80, height: 60 };

/** A closed ring of n points around (lon, lat), radii in degrees. */
function ring(lon: number, lat: number, radii: number[]): Position[] {
  const pts = radii.map((r, i): Position => [lon + r * Math.cos((2 * Math.PI * i) / radii.length), lat + r * Math.sin((2 * Math.PI * i) / radii.length)]);
  return [...pts, pts[0]];
}

describe('rasterBounds', () => {
  it('is the window of rasterizeGeometry\'s pixels', () => {
    const polygon = fc.record({
      lon: fc.double({ min: 114.97, max: 115.03, noNaN: true }), lat: fc.double({ min: 35.68, max: 35.72, noNaN: true }),
      radii: fc.array(fc.double({ min: 0.0002, max: 0.03, noNaN: true }), { minLength: 3, maxLength: 12 }),
      hole: fc.boolean(),
    });
    fc.assert(fc.property(fc.array(polygon, { minLength: 1, maxLength: 3 }), (specs) => {
      const polygons = specs.map((p) => [ring(p.lon, p.lat, p.radii), ...(p.hole ? [ring(p.lon, p.lat, p.radii.map((r) => r / 3))] : [])]);
      const geometry = polygons.length === 1 ? ({ type: 'Polygon', coordinates: polygons[0] } as Polygon) : { type: 'MultiPolygon' as const, coordinates: polygons };
      expect(rasterBounds(GRID, geometry)).toEqual(areaWindowBounds(GRID, rasterizeGeometry(GRID, geometry)));
    }), { seed: 20261205, numRuns: 200 });
  });

  it('is null when no pixel centre lies inside', () => {
    const sliver: Polygon = { type: 'Polygon', coordinates: [ring(115.0001, 35.7001, [0.00001, 0.00001, 0.00001])] };
    expect(rasterizeGeometry(GRID, sliver).length).toBe(0);
    expect(rasterBounds(GRID, sliver)).toBeNull();
  });
});
