// src/ui/map/reproject.ts: the coverage raster (local Lambert azimuthal equal-area grid) resampled
// onto a WebMercator-aligned image. Hand-built grids with known pixel values.
import { geoAzimuthalEqualArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { GridSpec } from '../../../src/engine/geo/grid.ts';
import { RAMPS, UNCOVERED_RGBA, WEAK_COVERED_RGBA, buildMercatorIndex, colourise, pasteRect, tileImageRects, unionRect, valueColour } from '../../../src/engine/render/raster-image.ts';

// 20 x 10 pixels of 1 km centred on Puyang (115.03 E, 35.76 N): x from -10 km to +10 km, y from -5 km to +5 km.
const GRID: GridSpec = { centerLonLat: [115.03, 35.76], resM: 1000, x0M: -10_000, y0M: -5_000, width: 20, height: 10 };

describe('buildMercatorIndex', () => {
  const ix = buildMercatorIndex(GRID);

  it('spans the grid: about 20 km east-west and 10 km north-south around the centre', () => {
    const [[west, north], , [east, south]] = ix.coordinates;
    // 1 degree of longitude at 35.76 N is 111.32 km x cos(35.76) = 90.3 km; of latitude ~110.9 km.
    expect(east - west).toBeCloseTo(20 / 90.3, 3);
    expect(north - south).toBeCloseTo(10 / 110.9, 3);
    expect((east + west) / 2).toBeCloseTo(115.03, 4);
    expect((north + south) / 2).toBeCloseTo(35.76, 4);
    expect(ix.width).toBe(20);
  });

  it('maps each output pixel to the grid pixel under its centre', () => {
    const proj = geoAzimuthalEqualArea().rotate([-115.03, -35.76]).scale(6371008.8).translate([0, 0]);
    const [[west, north], , [east, south]] = ix.coordinates;
    const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
    for (const [c, r] of [[0, 0], [10, 5], [19, ix.height - 1], [7, 3]]) {
      const lon = west + ((c + 0.5) / ix.width) * (east - west);
      const y = mercY(north) - ((r + 0.5) / ix.height) * (mercY(north) - mercY(south));
      const lat = (360 / Math.PI) * Math.atan(Math.exp(y)) - 90;
      const [x, yy] = proj([lon, lat])!;
      const col = Math.floor((x + 10_000) / 1000), row = Math.floor((yy + 5_000) / 1000);
      const want = col >= 0 && col < 20 && row >= 0 && row < 10 ? row * 20 + col : -1;
      expect(ix.index[r * ix.width + c]).toBe(want);
    }
    // The centre of the image is the grid's centre: the pixel east-south of (0, 0), row 5 col 10.
    expect(ix.index[Math.floor(ix.height / 2) * ix.width + 10]).toBe(5 * 20 + 10);
  });
});

describe('colourise', () => {
  it('colours by the ramp, marks holes below the threshold and leaves outside pixels transparent', () => {
    const ix = buildMercatorIndex(GRID);
    const values = new Float32Array(200).fill(-80); // -80 dBm: the -85 stop
    values[5 * 20 + 10] = -110; // below -105: a hole
    const inside = new Uint8Array(200).fill(1);
    inside[0] = 0;
    const img = colourise(ix, { grid: GRID, values, metric: 'rsrp', inside, threshold: -105 });
    const at = (o: number) => [...img.rgba.subarray(o * 4, o * 4 + 4)];
    const centre = ix.index.indexOf(5 * 20 + 10);
    expect(at(centre)).toEqual(UNCOVERED_RGBA);
    const normal = ix.index.indexOf(3 * 20 + 3);
    expect(at(normal)).toEqual(RAMPS.rsrp[1].rgba);
    const outside = ix.index.indexOf(0);
    expect(outside).toBeGreaterThanOrEqual(0);
    expect(at(outside)).toEqual([0, 0, 0, 0]);
  });

  it('valueColour: -102 dBm is covered but weak at a -105 dBm threshold, -Infinity is a hole', () => {
    expect(valueColour(-102, -105, RAMPS.rsrp)).toEqual(WEAK_COVERED_RGBA);
    expect(valueColour(-Infinity, -105, RAMPS.rsrp)).toEqual(UNCOVERED_RGBA);
    expect(valueColour(-74, -105, RAMPS.rsrp)).toEqual(RAMPS.rsrp[0].rgba);
    expect(valueColour(12, -5, RAMPS.sinr)).toEqual(RAMPS.sinr[1].rgba);
  });
});

describe('an edit redraws only the rectangle of its tiles', () => {
  // 4 x 4 pixel tiles over the 20 x 10 grid: 5 x 3 tiles, numbered row by row as the engine does.
  const ix = buildMercatorIndex(GRID);
  const rects = tileImageRects(ix, GRID, 4);

  it('every output pixel lies in the rectangle of the tile it shows', () => {
    for (let o = 0; o < ix.index.length; o++) {
      const i = ix.index[o];
      if (i < 0) continue;
      const t = Math.floor(Math.floor(i / 20) / 4) * 5 + Math.floor((i % 20) / 4);
      const x = o % ix.width, y = Math.floor(o / ix.width);
      expect(x >= rects[4 * t] && x <= rects[4 * t + 2] && y >= rects[4 * t + 1] && y <= rects[4 * t + 3]).toBe(true);
    }
  });

  it('pasting it into the old image gives the new image exactly', () => {
    const inside = new Uint8Array(200).fill(1);
    const before = new Float32Array(200).map((_, i) => -70 - (i % 37));
    const after = before.slice();
    // Change pixels in tiles 6 (rows 4-7, cols 4-7) and 7 (rows 4-7, cols 8-11).
    for (const [r, c] of [[4, 4], [5, 6], [7, 9], [6, 11]]) after[r * 20 + c] = -120;
    const req = { grid: GRID, metric: 'rsrp' as const, inside, threshold: -105 };
    const old = colourise(ix, { ...req, values: before });
    const full = colourise(ix, { ...req, values: after });
    const rect = unionRect(rects, [6, 7])!;
    expect(rect[2] * rect[3]).toBeLessThan(ix.width * ix.height / 2);
    const part = colourise(ix, { ...req, values: after }, rect);
    expect(part.rgba.length).toBe(4 * rect[2] * rect[3]);
    const image = old.rgba.slice();
    pasteRect(image, ix.width, part);
    expect(image).toEqual(full.rgba);
    expect(image).not.toEqual(old.rgba);
  });

  it('tiles that show nowhere give no rectangle', () => {
    expect(unionRect(rects, [])).toBeNull();
  });
});
