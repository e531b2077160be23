// DEM loading (contract section 8): GeoTIFF in EPSG:4326 and UTM, SRTM .hgt, ESRI ASCII grid, mosaic, holes,
// and one clear message per kind of bad file. GeoTIFFs are written here with geotiff.js.
import { writeArrayBuffer } from 'geotiff';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { loadDem, parseDemFile } from '../../../src/engine/terrain/load-dem.ts';
import { terrainCoverage, terrainHeightM } from '../../../src/engine/terrain/dem-grid.ts';

const tiff = (values: unknown, meta: Record<string, unknown>) => new Uint8Array(writeArrayBuffer(values as Float32Array, meta as Parameters<typeof writeArrayBuffer>[1]));

describe('DEM files', () => {
  it('GeoTIFF in EPSG:4326: bilinear between pixel centres', async () => {
    // 3 x 2 pixels of 0.01 degree from (115.00 E, 35.80 N): centres at 115.005, 115.015, 115.025 / 35.795, 35.785.
    const bytes = tiff(new Float32Array([10, 20, 30, 40, 50, 60]), {
      width: 3, height: 2, ModelPixelScale: [0.01, 0.01, 0], ModelTiepoint: [0, 0, 0, 115.0, 35.8, 0], GeographicTypeGeoKey: 4326, GTModelTypeGeoKey: 2,
    });
    const t = await loadDem([{ name: 'a.tif', bytes }]);
    expect(t.source).toBe('dem: a.tif');
    expect(terrainHeightM(t, 115.005, 35.795)).toBeCloseTo(10, 9);
    // Halfway between the four top-left centres: (10 + 20 + 40 + 50) / 4 = 30.
    expect(terrainHeightM(t, 115.01, 35.79)).toBeCloseTo(30, 4);
    expect(Number.isNaN(terrainHeightM(t, 115.2, 35.79))).toBe(true);
  });

  it('GeoTIFF in UTM zone 50N (EPSG:32650) is resampled to lon/lat with proj4', async () => {
    const utm = proj4('+proj=utm +zone=50 +datum=WGS84 +units=m +no_defs');
    const [x0, y0] = utm.forward([115.0, 35.8]).map((v) => Math.round(v));
    const w = 60, h = 60, res = 30, values = new Float32Array(w * h);
    // Height rises 1 m per 30 m eastward: h = 100 + column.
    for (let r = 0; r < h; r++) for (let c = 0; c < w; c++) values[r * w + c] = 100 + c;
    const bytes = tiff(values, { width: w, height: h, ModelPixelScale: [res, res, 0], ModelTiepoint: [0, 0, 0, x0, y0, 0], ProjectedCSTypeGeoKey: 32650, GTModelTypeGeoKey: 1 });
    const t = await loadDem([{ name: 'utm.tif', bytes }]);
    const probe: [number, number] = [115.008, 35.795];
    const [px] = utm.forward(probe);
    const expected = 100 + (px - (x0 + res / 2)) / res;
    expect(terrainHeightM(t, probe[0], probe[1])).toBeCloseTo(expected, 0);
  });

  it('SRTM .hgt (3"): big-endian Int16, corner from the name, -32768 holes filled', async () => {
    const side = 1201, bytes = new Uint8Array(side * side * 2), view = new DataView(bytes.buffer);
    for (let i = 0; i < side * side; i++) view.setInt16(2 * i, 200, false);
    view.setInt16(2 * (600 * side + 600), -32768, false);
    const t = await loadDem([{ name: 'N35E114.hgt', bytes }]);
    expect(terrainHeightM(t, 114.5, 35.5)).toBe(200);
    expect(t.notes[0]).toMatch(/N35E114.hgt: 1 nodata sample/);
    await expect(parseDemFile({ name: 'tile.hgt', bytes })).rejects.toThrow(/must be named after its south-west corner/);
    await expect(parseDemFile({ name: 'N35E114.hgt', bytes: bytes.subarray(0, 1000) })).rejects.toThrow(/not an SRTM tile/);
  });

  it('ESRI ASCII grid, and a mosaic: the first file with a value answers', async () => {
    const asc = 'ncols 2\nnrows 2\nxllcorner 115.0\nyllcorner 35.7\ncellsize 0.1\nNODATA_value -9999\n10 20\n30 -9999\n';
    const grid = await parseDemFile({ name: 'a.asc', bytes: new TextEncoder().encode(asc) });
    expect(grid.lat0).toBeCloseTo(35.85, 9);
    const other = 'ncols 2\nnrows 2\nxllcorner 115.2\nyllcorner 35.7\ncellsize 0.1\n5 5\n5 5\n';
    const t = await loadDem([{ name: 'a.asc', bytes: new TextEncoder().encode(asc) }, { name: 'b.asc', bytes: new TextEncoder().encode(other) }]);
    expect(terrainHeightM(t, 115.05, 35.85)).toBe(10);
    expect(terrainHeightM(t, 115.25, 35.75)).toBe(5);
    expect(t.notes).toEqual(['a.asc: 1 nodata sample(s) (25.00%) filled from their neighbours']);
    const cov = terrainCoverage(t, [115.0, 35.7, 115.6, 35.9]);
    expect(cov.share).toBeGreaterThan(0.3);
    expect(cov.share).toBeLessThan(1);
    expect(cov.missing![2]).toBeCloseTo(115.6, 6);
  });

  it('refuses what is not a DEM, with the file name and the reason', async () => {
    const rgb = tiff([[[1, 2], [3, 4]], [[1, 2], [3, 4]], [[1, 2], [3, 4]]], { ModelPixelScale: [0.01, 0.01, 0], ModelTiepoint: [0, 0, 0, 115, 35.8, 0], GeographicTypeGeoKey: 4326 });
    await expect(parseDemFile({ name: 'photo.tif', bytes: rgb })).rejects.toThrow('photo.tif: 3 bands (an RGB or multi-band image), not a one-band elevation model');
    const noGeo = tiff(new Float32Array(4), { width: 2, height: 2, ProjectedCSTypeGeoKey: 32650 });
    await expect(parseDemFile({ name: 'plain.tif', bytes: noGeo })).rejects.toThrow('plain.tif: the GeoTIFF has no georeferencing');
    const mercator = tiff(new Float32Array(4), { width: 2, height: 2, ModelPixelScale: [30, 30, 0], ModelTiepoint: [0, 0, 0, 1.28e7, 4.2e6, 0], ProjectedCSTypeGeoKey: 3857 });
    await expect(parseDemFile({ name: 'merc.tif', bytes: mercator })).rejects.toThrow('merc.tif: unsupported CRS EPSG:3857');
    const projectedAsc = 'ncols 2\nnrows 2\nxllcorner 500000\nyllcorner 3960000\ncellsize 30\n1 2\n3 4\n';
    await expect(parseDemFile({ name: 'utm.asc', bytes: new TextEncoder().encode(projectedAsc) })).rejects.toThrow(/utm.asc: coordinates .* are not degrees/);
    await expect(parseDemFile({ name: 'x.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) })).rejects.toThrow('x.png: an image, not an elevation model');
  });
});
