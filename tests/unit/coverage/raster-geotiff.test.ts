/**
 * The app's streamed GeoTIFF export (writeRasterGeoTiff, issue 15): made of parts, tile by tile,
 * it holds exactly the pixels of the in-memory resampling (resampleToLonLat) that the export
 * made as one array before, in a tiled, deflated GeoTIFF that geotiff.js reads.
 */
import { fromArrayBuffer } from 'geotiff';
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../src/engine/coverage/compute-coverage.ts';
import { resampleToLonLat } from '../../../src/engine/coverage/lonlat-raster.ts';
import { writeRasterGeoTiff } from '../../../src/engine/coverage/stream/raster-geotiff.ts';
import { firstDifference, randomSites, scenario } from '../../fixtures/coverage-scenario.ts';

describe('streamed GeoTIFF of an in-memory raster', () => {
  it('equals the in-memory resampling pixel for pixel, written as parts with the header last', async () => {
    // 25 m over the fixture's region: a frame of more than one 256-pixel TIFF tile each way.
    const { raster } = computeCoverage(scenario(randomSites(60, 15), { resM: 25 }));
    const parts: Uint8Array[] = [];
    const order: number[] = [];
    writeRasterGeoTiff(raster, -9999, (bytes, position) => {
      order.push(position);
      if (position === 0) parts.unshift(bytes); else parts.push(bytes);
    });
    expect(order.at(-1)).toBe(0); // the header, pointing at the directory, comes last
    expect(order.slice(0, -1).every((p, i, a) => i === 0 || p > a[i - 1])).toBe(true); // the rest in file order
    const file = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    parts.reduce((at, p) => (file.set(p, at), at + p.length), 0);

    const image = await (await fromArrayBuffer(file.buffer)).getImage();
    const expected = resampleToLonLat(raster.grid, raster.rsrpDbm, raster.inside, -9999);
    expect([image.getWidth(), image.getHeight()]).toEqual([expected.width, expected.height]);
    expect(image.getTileWidth()).toBe(256);
    expect(expected.width).toBeGreaterThan(256);
    expect(expected.height).toBeGreaterThan(256);
    const [values] = (await image.readRasters()) as unknown as Float32Array[];
    expect(firstDifference(values, expected.values)).toBe(-1);
    expect(expected.values.some((v) => v !== -9999)).toBe(true);
    expect(image.getGDALNoData()).toBe(-9999);
  });
});
