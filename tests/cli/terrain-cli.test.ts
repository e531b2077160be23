/**
 * Terrain on the command line (contract section 8): `--dem`/`--terrain` on coverage and profile,
 * the "terrain" field of the JSON, --los-mode terrain, and one clear stderr line for bad DEMs.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './targets-cli-helper.ts';

const SITES = join(FIXTURES, 'coverage/sites-30.geojson');
const REGION = join(FIXTURES, 'coverage/region-rect.geojson');
const tmp = mkdtempSync(join(tmpdir(), 'g5plan-terrain-'));

/** An ESRI ASCII grid over the test rectangle (0.002 degree cells) with heights f(lon, lat). */
function ascDem(name: string, f: (lon: number, lat: number) => number, west = 114.95, south = 35.65): string {
  const n = 151, cell = 0.002, rows: string[] = [];
  for (let r = 0; r < n; r++) rows.push(Array.from({ length: n }, (_, c) => f(west + (c + 0.5) * cell, south + (n - r - 0.5) * cell).toFixed(1)).join(' '));
  const path = join(tmp, name);
  writeFileSync(path, `ncols ${n}\nnrows ${n}\nxllcorner ${west}\nyllcorner ${south}\ncellsize ${cell}\nNODATA_value -9999\n${rows.join('\n')}\n`);
  return path;
}

function json(cmd: string, args: string[]) {
  const r = runCli([cmd, ...args, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe('terrain on the command line', () => {
  const flatDem = ascDem('flat.asc', () => 120);
  const hillDem = ascDem('hills.asc', (lon, lat) => 60 + 250 * Math.exp(-(((lon - 115.06) / 0.01) ** 2 + ((lat - 35.73) / 0.01) ** 2)));

  it('coverage: flat by default (terrain null), a flat DEM gives the same numbers, hills cover less', () => {
    const base = ['--sites', SITES, '--regions', REGION, '--res', '100', '--workers', '1'];
    const flat = json('coverage', base);
    expect(flat.terrain).toBeNull();
    const onFlatDem = json('coverage', [...base, '--dem', flatDem]);
    expect(onFlatDem.terrain).toEqual({ source: 'dem: flat.asc', resM: 222.6 });
    expect(onFlatDem.coveredShare).toBe(flat.coveredShare);
    expect(onFlatDem.regions).toEqual(flat.regions);
    const hills = json('coverage', [...base, '--dem', hillDem, flatDem]);
    expect(hills.terrain.source).toBe('dem: hills.asc, flat.asc');
    expect(hills.coveredShare).toBeLessThan(flat.coveredShare);
    const terrainLos = json('coverage', [...base, '--dem', hillDem, '--los-mode', 'terrain']);
    expect(terrainLos.coveredShare).toBeGreaterThan(hills.coveredShare);
  });

  it('coverage --terrain coarse names the embedded model and its resolution', () => {
    const doc = json('coverage', ['--sites', SITES, '--regions', REGION, '--res', '200', '--workers', '1', '--terrain', 'coarse']);
    expect(doc.terrain).toEqual({ source: 'coarse: srtm30plus-china-0.02deg.tif', resM: 2226.4 });
  });

  it('plan and check name the terrain too', () => {
    const F = join(FIXTURES, 'planning');
    const doc = json('plan', ['--sites', join(F, 'sites-ring.geojson'), '--areas', join(F, 'areas.geojson'), '--candidates', join(F, 'candidates.geojson'),
      '--goal', 'max-coverage', '--max-sites', '2', '--out', join(tmp, 'chosen.geojson'), '--terrain', 'coarse']);
    expect(doc.terrain).toEqual({ source: 'coarse: srtm30plus-china-0.02deg.tif', resM: 2226.4 });
    expect(doc.chosen).toBe(2);
  });

  it('a DEM covering part of the study area says which part is flat; bad inputs are one stderr line', () => {
    const east = ascDem('east.asc', () => 100, 115.09, 35.65);
    const doc = json('coverage', ['--sites', SITES, '--regions', REGION, '--res', '200', '--workers', '1', '--dem', east]);
    expect(doc.warnings.join(' ')).toMatch(/terrain dem: east.asc covers \d+% of the study area; the rest \(lon 114\.\d+-115\.\d+, lat .*\) is treated as flat/);
    const far = ascDem('far.asc', () => 100, 100, 30);
    const cases: [string[], string][] = [
      [['--dem', far], 'does not cover the study area'],
      [['--dem', join(tmp, 'missing.tif')], 'missing.tif: cannot read (ENOENT)'],
      [['--terrain', 'dem'], '--terrain dem needs --dem FILE...'],
      [['--los-mode', 'terrain'], '--los-mode terrain needs terrain'],
      [['--terrain', 'hilly'], '--terrain must be flat, coarse or dem'],
    ];
    for (const [extra, fragment] of cases) {
      const r = runCli(['coverage', '--sites', SITES, '--regions', REGION, '--res', '200', '--workers', '1', ...extra]);
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(fragment);
    }
  });

  it('profile: samples, clearance, obstruction, diffraction, path loss and RSRP; flat and over a hill', () => {
    const sites = join(tmp, 'one.geojson');
    writeFileSync(sites, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [115.03, 35.73] }, properties: { id: 'A', model: '38901-rma', sectors: [{ azimuthDeg: 90 }] } }] }));
    const flat = json('profile', ['--sites', sites, '--site', 'A', '--to', '115.08,35.73']);
    expect(Object.keys(flat)).toEqual(['distanceKm', 'samples', 'clearanceM', 'obstructed', 'diffractionDb', 'pathLossDb', 'rsrpDbm', 'terrain', 'sector', 'model']);
    expect(flat.terrain).toBeNull();
    expect(flat.obstructed).toBe(false);
    expect(flat.diffractionDb).toBe(0);
    expect(Object.keys(flat.samples[0])).toEqual(['dKm', 'groundM', 'losM', 'fresnelM']);
    expect(flat.distanceKm).toBeCloseTo(4.51, 1);
    const hill = json('profile', ['--sites', sites, '--site', 'A', '--to', '115.08,35.73', '--dem', hillDem]);
    expect(hill.obstructed).toBe(true);
    expect(hill.clearanceM).toBeLessThan(0);
    expect(hill.diffractionDb).toBeGreaterThan(10);
    expect(hill.pathLossDb).toBeCloseTo(flat.pathLossDb + hill.diffractionDb, 6);
    expect(hill.rsrpDbm).toBeCloseTo(flat.rsrpDbm - hill.diffractionDb, 6);
    const pat = join(FIXTURES, 'patterns/test-65-6t.msi');
    const vendorSites = join(tmp, 'vendor.geojson');
    writeFileSync(vendorSites, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [115.03, 35.73] }, properties: { id: 'V', model: '38901-rma', sectors: [{ azimuthDeg: 90, pattern: 'TEST-65-6T' }] } }] }));
    const vendor = json('profile', ['--sites', vendorSites, '--site', 'V', '--to', '115.08,35.73', '--patterns', pat]);
    expect(vendor.pathLossDb).toBeCloseTo(flat.pathLossDb, 9);
    expect(vendor.rsrpDbm).not.toBeCloseTo(flat.rsrpDbm, 1);
    const missing = runCli(['profile', '--sites', vendorSites, '--site', 'V', '--to', '115.08,35.73']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('field "sectors[0].pattern": antenna pattern "TEST-65-6T" was not imported');
    const r = runCli(['profile', '--sites', sites, '--site', 'B', '--to', '115.08,35.73']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no site with id "B"');
  });
});
