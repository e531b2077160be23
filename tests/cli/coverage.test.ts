/**
 * `g5plan coverage` end to end (contract section 5): the JSON document, the same numbers as the
 * engine called directly (the third route after the engine and the worker pool), the exports,
 * and one clear stderr line with exit 1 for each kind of bad input.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromArrayBuffer } from 'geotiff';
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../src/engine/coverage/compute-coverage.ts';
import { parseSitesGeoJson } from '../../src/engine/model/parse-sites.ts';
import { DEFAULT_RADIO } from '../../src/engine/model/defaults.ts';
import { RECT_REGION, URBAN_AREA } from '../fixtures/coverage-scenario.ts';
import { FIXTURES, runCli } from './targets-cli-helper.ts';

const SITES = join(FIXTURES, 'coverage/sites-30.geojson');
const REGION = join(FIXTURES, 'coverage/region-rect.geojson');
const AREA = join(FIXTURES, 'coverage/area-urban.geojson');
const tmp = mkdtempSync(join(tmpdir(), 'g5plan-coverage-'));

function json(args: string[]) {
  const r = runCli(['coverage', ...args, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

function fails(args: string[], ...fragments: string[]) {
  const r = runCli(['coverage', ...args]);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  for (const f of fragments) expect(r.stderr).toContain(f);
}

describe('g5plan coverage', () => {
  it('prints the contract JSON with the same figures as the engine', () => {
    const doc = json(['--sites', SITES, '--regions', REGION, '--areas', AREA, '--res', '100', '--workers', '2']);
    expect(Object.keys(doc).slice(0, 6)).toEqual(['pixels', 'resM', 'areaKm2', 'coveredKm2', 'coveredShare', 'regions']);
    expect(typeof doc.elapsedMs).toBe('number');
    const parsed = parseSitesGeoJson(readFileSync(SITES, 'utf8'), SITES);
    if (!parsed.ok) throw new Error('fixture');
    const engine = computeCoverage({ sites: parsed.value, regions: [RECT_REGION], areas: [URBAN_AREA], resM: 100, settings: DEFAULT_RADIO });
    expect(doc.pixels).toBe(engine.stats.pixels);
    expect(doc.coveredShare).toBe(engine.stats.coveredShare);
    expect(doc.regions).toEqual(engine.stats.regions);
    expect(doc.regions[0]).toMatchObject({ code: '999001', name: '测试区' });
    expect(doc.areas[0]).toMatchObject({ code: 'cs-test', tier: 'county-seat', modelled: true });
    expect(typeof doc.areas[0].holes).toBe('number');
    expect(typeof doc.areas[0].largestHoleKm2).toBe('number');
  });

  it('without --regions the area is the sites\' bounding box grown by 5 km', () => {
    const doc = json(['--sites', SITES, '--res', '200']);
    // The sites span ~0.13 x 0.08 degrees (~11.7 x 8.9 km); plus 5 km each side.
    expect(doc.areaKm2).toBeGreaterThan(20 * 17);
    expect(doc.areaKm2).toBeLessThan(23 * 20);
    expect(doc.regions).toEqual([]);
  });

  it('takes a negative threshold as "--threshold -90"; one omni free-space site covers the disc the link budget gives', () => {
    const file = join(tmp, 'omni.geojson');
    writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'o1', kind: 'micro', model: 'fspl' }, geometry: { type: 'Point', coordinates: [115.0, 35.7] } }] }));
    const spaced = json(['--sites', file, '--res', '10', '--threshold', '-90']);
    expect(json(['--sites', file, '--res', '10', '--threshold=-90'])).toMatchObject({ coveredKm2: spaced.coveredKm2, pixels: spaced.pixels });
    // Worked by hand (contract section 2): micro 40 dBm, 8 dBi, n41 100 MHz at 30 kHz = 273 PRB (TS 38.101-1
    // Table 5.3.2-1): RSRP = 40 - 10 log10(3276) + 8 - FSPL(d3D) >= -90 dBm while FSPL <= 102.85 dB,
    // FSPL = 20 log10(4 pi d3D 2.565e9 / c): d3D <= 1290.78 m, d2D = sqrt(d3D^2 - 8.5^2) = 1290.75 m.
    const maxPlDb = 40 - 10 * Math.log10(12 * 273) + 8 + 90;
    const d3dM = 10 ** (maxPlDb / 20) * 299_792_458 / (4 * Math.PI * 2.565e9);
    const discKm2 = Math.PI * (d3dM ** 2 - 8.5 ** 2) / 1e6;
    expect(discKm2).toBeCloseTo(5.234, 3);
    expect(Math.abs(spaced.coveredKm2 / discKm2 - 1)).toBeLessThan(1e-3); // 10 m pixels on a 1.29 km radius
    expect(spaced.areaKm2).toBeCloseTo(100, 6); // the site's point grown by 5 km each way
    expect(json(['--sites', file, '--res', '10', '--threshold', '-95']).coveredKm2).toBeGreaterThan(spaced.coveredKm2);
  });

  it('--out writes covered area and holes as GeoJSON, --raster an EPSG:4326 GeoTIFF of RSRP', async () => {
    const out = join(tmp, 'cov.geojson'), tif = join(tmp, 'rsrp.tif');
    json(['--sites', SITES, '--regions', REGION, '--areas', AREA, '--res', '100', '--out', out, '--raster', tif]);
    const fc = JSON.parse(readFileSync(out, 'utf8'));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features[0].properties.kind).toBe('covered');
    expect(fc.features[0].geometry.type).toBe('MultiPolygon');
    const buf = readFileSync(tif);
    const image = await (await fromArrayBuffer(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength))).getImage();
    const [west, south, east, north] = image.getBoundingBox();
    expect(west).toBeCloseTo(115.0, 2);
    expect(east).toBeCloseTo(115.13, 2);
    expect(south).toBeCloseTo(35.70, 2);
    expect(north).toBeCloseTo(35.78, 2);
    expect(image.getGeoKeys()?.GeographicTypeGeoKey).toBe(4326);
    const [band] = (await image.readRasters()) as unknown as Float32Array[];
    const valid = Array.from(band).filter((v) => v !== -9999);
    expect(Math.max(...valid)).toBeLessThan(0);
    expect(Math.max(...valid)).toBeGreaterThan(-80);
  });

  it('human output in Chinese and English', () => {
    const r = runCli(['coverage', '--sites', SITES, '--regions', REGION, '--res', '200']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/覆盖 coverage: \d+\.\d% of [\d.]+ km²/);
  });

  it('bad input: one line naming the file, feature and field; exit 1', () => {
    const broken = join(tmp, 'broken.geojson');
    writeFileSync(broken, '{"type":"FeatureCollection","features":[');
    fails(['--sites', broken], broken, 'not valid JSON');
    const dup = join(tmp, 'dup.geojson');
    writeFileSync(dup, JSON.stringify({ type: 'FeatureCollection', features: [0, 1].map(() => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [115, 35.7] }, properties: { id: 'x' } })) }));
    fails(['--sites', dup], dup, 'feature 1', 'field "id"', 'duplicate');
    const swapped = join(tmp, 'swapped.geojson');
    writeFileSync(swapped, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [35.7, 115] }, properties: { id: 'a' } }] }));
    fails(['--sites', swapped], 'feature 0', 'coordinates');
    const badHeight = join(tmp, 'height.csv');
    writeFileSync(badHeight, 'id,lon,lat,heightM\na,115.05,35.74,-3\n');
    fails(['--sites', badHeight], 'line 2', 'field "heightM"');
    fails(['--sites', join(tmp, 'missing.geojson')], 'missing.geojson', 'not found');
    fails([], '--sites');
    fails(['--sites', SITES, '--res', '5'], '--res');
    fails(['--sites', SITES, '--regions', REGION, '--dataset', 'puyang'], '--regions or --dataset');
    fails(['--sites', SITES, '--dataset', 'atlantis'], 'atlantis');
    fails(['--sites', SITES, '--los-mode', 'sometimes'], '--los-mode');
    fails(['--sites', SITES, '--frobnicate'], 'frobnicate');
  });
});
